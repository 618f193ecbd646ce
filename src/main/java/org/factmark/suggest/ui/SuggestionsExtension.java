package org.factmark.suggest.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.factmark.base.ui.AnnotatorExtension;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;
import org.factmark.suggest.CheckedElsewhereService;
import org.factmark.suggest.SuggestionService;

/**
 * Adds to the annotator: the suggestions panel (annotators and admins) and, in the claim panel, the earlier
 * verdicts on the same figure or event ("already checked elsewhere").
 */
@org.springframework.stereotype.Component
class SuggestionsExtension implements AnnotatorExtension {
    private final SuggestionService suggestions;
    private final CheckedElsewhereService elsewhere;
    private final ClaimService claims;

    SuggestionsExtension(SuggestionService suggestions, CheckedElsewhereService elsewhere, ClaimService claims) {
        this.suggestions = suggestions;
        this.elsewhere = elsewhere;
        this.claims = claims;
    }

    @Override
    public Component create(Context context) {
        if (!CurrentUser.hasRole(Role.ANNOTATOR) && !CurrentUser.hasRole(Role.ADMIN)) return null;
        return new SuggestionsPanel(suggestions, context);
    }

    @Override
    public Component claimSection(long claimId, Runnable reload) {
        List<CheckedElsewhereService.EarlierCheck> earlier = elsewhere.earlier(claimId);
        if (earlier.isEmpty()) return null;
        var claim = claims.get(claimId);
        boolean draft = claim.getStatus() == ClaimStatus.DRAFT && claims.canEdit(claim)
                && (CurrentUser.hasRole(Role.ANNOTATOR) || CurrentUser.hasRole(Role.ADMIN));
        return new CheckedElsewhereSection(elsewhere, claimId, earlier, draft, reload);
    }
}
