package org.factmark.claim;

import java.time.Instant;

/**
 * A claim as the REST API shows it. Offsets are Unicode code points, end exclusive; {@code quote} is exactly the
 * article body between them; {@code prefix}/{@code suffix} are up to 32 code points of context. {@code verdictId}
 * and {@code rating} are the id and rating of the verdict in force (null before a verdict); every review action
 * names that {@code verdictId}. {@code verdictHidden}: the rating is withheld from this caller (blind second
 * opinion not given yet; {@link VerdictVisibility}). {@code version} goes back with every edit.
 */
public record ClaimJson(long id, long articleId, int start, int end, String quote, String prefix, String suffix,
                        ClaimType type, ClaimStatus status, String claimant, String restatement, String author,
                        Long verdictId, Rating rating, boolean verdictHidden, long version, Instant createdAt,
                        Instant updatedAt, Instant submittedAt, Instant checkedAt) {

    /** The same claim without its rating (for a blind reviewer who has not rated yet); the verdict's id stays. */
    public ClaimJson withoutRating() {
        return new ClaimJson(id, articleId, start, end, quote, prefix, suffix, type, status, claimant, restatement,
                author, verdictId, null, true, version, createdAt, updatedAt, submittedAt, checkedAt);
    }

    /**
     * The claim as the caller may see it. The claim must come from a ClaimService method that loads its author and
     * verdict (all of them do); {@code verdictHidden} comes from {@link VerdictVisibility}.
     */
    static ClaimJson of(Claim c, boolean verdictHidden) {
        ClaimJson j = of(c);
        return verdictHidden ? j.withoutRating() : j;
    }

    /** The claim as its author (or an admin) sees it. */
    public static ClaimJson of(Claim c) {
        return new ClaimJson(c.getId(), c.getArticle().getId(), c.getStart(), c.getEnd(), c.getQuote(), c.getPrefix(),
                c.getSuffix(), c.getType(), c.getStatus(), c.getClaimant(), c.getRestatement(),
                c.getAuthor().getUsername(), c.getVerdict() == null ? null : c.getVerdict().getId(),
                c.getVerdict() == null ? null : c.getVerdict().getRating(), false, c.getVersion(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getSubmittedAt(), c.getCheckedAt());
    }
}
