package org.factmark.claim;

import java.time.Instant;
import org.factmark.security.AppUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status changes of a claim made by the review feature. It only records; the rules (who may, from which status)
 * are checked by the caller (review.ReviewService) before it calls in, inside the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ClaimWorkflow {
    private final VerdictRepository verdicts;

    ClaimWorkflow(VerdictRepository verdicts) {
        this.verdicts = verdicts;
    }

    /** Stores a rating by {@code by} without changing the claim's status. */
    public Verdict recordRating(Claim claim, AppUser by, VerdictKind kind, Rating rating, String rationale) {
        return verdicts.save(new Verdict(claim, by, kind, rating, rationale));
    }

    /** The author's verdict is now the one under review (a revision after a dispute, or taking the reviewer's rating). */
    public void resubmitted(Claim claim, Verdict authorVerdict) {
        claim.submitted(authorVerdict);
    }

    public void checked(Claim claim, Verdict inForce, AppUser by) {
        claim.checked(inForce, by, Instant.now());
    }

    public void disputed(Claim claim) {
        claim.disputed();
    }
}
