package org.factmark.claim;

import java.util.List;

/**
 * A claim with what the claim panel shows: its sources, every verdict on it the current user may see, and its
 * history. With {@code verdictHidden} (blind second opinion, {@link VerdictVisibility}) the verdicts are only the
 * user's own and the history has no verdict lines; the claim entity itself is not redacted, so readers show its
 * verdict in force only from {@link #verdicts()}.
 */
public record ClaimDetails(Claim claim, List<Source> sources, List<Verdict> verdicts, List<HistoryEntry> history,
                           boolean verdictHidden) {
}
