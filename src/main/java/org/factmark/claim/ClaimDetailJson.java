package org.factmark.claim;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * {@code GET /api/claims/{id}}: the claim's fields (flat, as in {@link ClaimJson}) plus who checked it, its sources,
 * every verdict on it and its history. The review feature serves it at {@code GET /api/claims/{id}} with the
 * claim's reviews and comments added (claim must not depend on review).
 */
public record ClaimDetailJson(@JsonUnwrapped ClaimJson claim, String checkedBy, List<SourceJson> sources,
                              List<VerdictJson> verdicts, List<HistoryEntry> history) {

    /** The details as ClaimService gave them to the current user (already redacted under blind review). */
    public static ClaimDetailJson of(ClaimDetails d) {
        Claim c = d.claim();
        return new ClaimDetailJson(ClaimJson.of(c, d.verdictHidden()), c.getCheckedBy() == null ? null : c.getCheckedBy().getUsername(),
                d.sources().stream().map(SourceJson::of).toList(), d.verdicts().stream().map(VerdictJson::of).toList(),
                d.history());
    }
}
