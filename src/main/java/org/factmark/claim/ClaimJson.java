package org.factmark.claim;

import java.time.Instant;

/**
 * A claim as the REST API shows it. Offsets are Unicode code points, end exclusive; {@code quote} is exactly the
 * article body between them; {@code prefix}/{@code suffix} are up to 32 code points of context. {@code rating} is
 * the rating of the verdict in force (null before a verdict). {@code version} goes back with every edit.
 */
public record ClaimJson(long id, long articleId, int start, int end, String quote, String prefix, String suffix,
                        ClaimType type, ClaimStatus status, String claimant, String restatement, String author,
                        Rating rating, long version, Instant createdAt, Instant updatedAt, Instant submittedAt,
                        Instant checkedAt) {

    /** The same claim without its rating (for a blind reviewer who has not rated yet). */
    public ClaimJson withoutRating() {
        return new ClaimJson(id, articleId, start, end, quote, prefix, suffix, type, status, claimant, restatement,
                author, null, version, createdAt, updatedAt, submittedAt, checkedAt);
    }

    /** The claim must come from a ClaimService method that loads its author and verdict (all of them do). */
    public static ClaimJson of(Claim c) {
        return new ClaimJson(c.getId(), c.getArticle().getId(), c.getStart(), c.getEnd(), c.getQuote(), c.getPrefix(),
                c.getSuffix(), c.getType(), c.getStatus(), c.getClaimant(), c.getRestatement(),
                c.getAuthor().getUsername(), c.getVerdict() == null ? null : c.getVerdict().getRating(), c.getVersion(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getSubmittedAt(), c.getCheckedAt());
    }
}
