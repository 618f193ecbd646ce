package org.factmark.claim;

import org.factmark.security.CurrentUser;
import org.factmark.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule of blind second opinion: who may see a claim's ratings. Every read path asks here — claim REST
 * (listings, detail), the claim panel, the review queue and timeline, comments, and the dataset exports (which
 * apply {@link #hidden(Viewer, boolean, ClaimStatus, String, String, boolean)} per streamed row).
 *
 * <p>A claim's ratings are <b>hidden</b> from a viewer while all of these hold: its article is in blind review; the
 * claim is DRAFT or IN_REVIEW (not yet judged: once DISPUTED or CHECKED every rating is out in the open); the
 * viewer is not an ADMIN, not the claim's author and not the author of the verdict in force; and the viewer has not
 * given their own blind rating (a SECOND_OPINION verdict) on the claim. Hidden means: no rating or rationale of
 * anyone else (verdict in force, other verdicts, review ratings and comments), no verdict lines in the history,
 * and no comment by anyone else (a comment may name the rating; see docs/decisions/051).
 */
@Component
public class VerdictVisibility {
    private final VerdictRepository verdicts;

    VerdictVisibility(VerdictRepository verdicts) {
        this.verdicts = verdicts;
    }

    /** Who is looking: their username (null: nobody logged in, who sees nothing hidden) and whether they are an admin. */
    public record Viewer(String username, boolean admin) {
        public static Viewer current() {
            return new Viewer(CurrentUser.username().orElse(null), CurrentUser.hasRole(Role.ADMIN));
        }
    }

    /** The rule, from plain facts (the export reads them per row with SQL). */
    public static boolean hidden(Viewer viewer, boolean blindArticle, ClaimStatus status, String claimAuthor,
                                 String verdictAuthor, boolean viewerGaveBlindRating) {
        if (!blindArticle || (status != ClaimStatus.IN_REVIEW && status != ClaimStatus.DRAFT)) return false;
        if (viewer.admin()) return false;
        if (viewer.username() != null
                && (viewer.username().equals(claimAuthor) || viewer.username().equals(verdictAuthor))) return false;
        return !viewerGaveBlindRating;
    }

    /** Whether the current user may not see this claim's ratings (the claim's author and verdict are loaded). */
    @Transactional(readOnly = true)
    public boolean hidden(Claim c) {
        return hidden(Viewer.current(), c);
    }

    @Transactional(readOnly = true)
    public boolean hidden(Viewer viewer, Claim c) {
        // cheap checks first; the look-up of the viewer's blind rating only for blind claims someone else wrote
        if (!hidden(viewer, c.getArticle().isBlindReview(), c.getStatus(), c.getAuthor().getUsername(),
                c.getVerdict() == null ? null : c.getVerdict().getAuthor().getUsername(), false)) {
            return false;
        }
        return viewer.username() == null || !verdicts.existsBlindRating(c.getId(), viewer.username());
    }
}
