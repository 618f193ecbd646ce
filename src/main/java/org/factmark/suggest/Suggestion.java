package org.factmark.suggest;

import org.factmark.base.TextSpan;
import org.factmark.claim.ClaimType;

/** A proposed claim span [start, end) in code points, with the proposed type, its strongest cue and a score in (0, 1). */
public record Suggestion(int start, int end, String quote, ClaimType type, Cue cue, double score) {
    public TextSpan span() {
        return new TextSpan(start, end);
    }
}
