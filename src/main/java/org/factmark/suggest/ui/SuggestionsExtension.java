package org.factmark.suggest.ui;

import org.factmark.base.ui.AnnotatorExtension;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;
import org.factmark.suggest.SuggestionService;

/** Adds the suggestions panel to the annotator of annotators and admins. */
@org.springframework.stereotype.Component
class SuggestionsExtension implements AnnotatorExtension {
    private final SuggestionService suggestions;

    SuggestionsExtension(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public com.vaadin.flow.component.Component create(Context context) {
        if (!CurrentUser.hasRole(Role.ANNOTATOR) && !CurrentUser.hasRole(Role.ADMIN)) return null;
        return new SuggestionsPanel(suggestions, context);
    }
}
