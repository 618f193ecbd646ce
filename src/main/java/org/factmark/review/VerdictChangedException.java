package org.factmark.review;

import org.factmark.base.ConflictException;

/**
 * A review action named a verdict that is no longer the one in force: the author resubmitted or withdrew it after the
 * reviewer loaded the claim (REST: 409 with field {@code verdictId}). Nothing was changed; the caller reloads the
 * claim, looks at the verdict now in force ({@link #currentVerdictId}, null when there is none) and decides again.
 */
public class VerdictChangedException extends ConflictException {
    private final Long currentVerdictId;

    public VerdictChangedException(long claimId, Long seenVerdictId, Long currentVerdictId) {
        super("verdictId", "The verdict of claim " + claimId + " changed after you loaded it (you saw verdict "
                + seenVerdictId + ", " + (currentVerdictId == null ? "there is no verdict in force now"
                : "now verdict " + currentVerdictId + " is in force") + "). Nothing was changed: reload the claim and judge again.");
        this.currentVerdictId = currentVerdictId;
    }

    public Long getCurrentVerdictId() {
        return currentVerdictId;
    }
}
