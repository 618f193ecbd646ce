package org.factmark.base.live;

/**
 * A claim changed (marked, edited, deleted, reviewed, commented, a source or verdict added). Carries ids and who,
 * never content: receivers read the claim again through the services, as their own user. {@code claimId} 0 with
 * {@link #everything()} means "anything may have changed" (sent after a lost connection to the database).
 */
public record ClaimChange(long claimId, long articleId, String actor) {
    public static ClaimChange everything() {
        return new ClaimChange(0, 0, null);
    }

    public boolean isEverything() {
        return claimId == 0;
    }
}
