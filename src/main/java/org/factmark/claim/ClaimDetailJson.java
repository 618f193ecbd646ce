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

    public static ClaimDetailJson of(ClaimDetails d) {
        Claim c = d.claim();
        return new ClaimDetailJson(ClaimJson.of(c), c.getCheckedBy() == null ? null : c.getCheckedBy().getUsername(),
                d.sources().stream().map(SourceJson::of).toList(), d.verdicts().stream().map(VerdictJson::of).toList(),
                d.history());
    }

    /** What a blind reviewer may see before rating: no rating, only their own verdicts, no verdict lines in the history. */
    public ClaimDetailJson blindFor(String username) {
        return new ClaimDetailJson(claim.withoutRating(), checkedBy, sources,
                verdicts.stream().filter(v -> v.author().equals(username)).toList(),
                history.stream().filter(h -> !h.verdict()).toList());
    }
}
