package org.factmark.claim;

import java.util.List;

/** A claim with what the claim panel shows: its sources, every verdict on it, and its history. */
public record ClaimDetails(Claim claim, List<Source> sources, List<Verdict> verdicts, List<HistoryEntry> history) {
}
