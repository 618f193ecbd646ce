package org.factmark.claim;

import java.time.Instant;

/** One line of a claim's history, from the audit data: when, who, and what changed, in words. */
public record HistoryEntry(Instant at, String who, String what) {
}
