package org.factmark.claim;

import java.time.Instant;

/** One line of a claim's history, from the audit data: when, who, and what changed, in words. */
public record HistoryEntry(Instant at, String who, String what, boolean verdict) {

    /** An edit, a source change, a status change (not a rating). */
    public HistoryEntry(Instant at, String who, String what) {
        this(at, who, what, false);
    }
}
