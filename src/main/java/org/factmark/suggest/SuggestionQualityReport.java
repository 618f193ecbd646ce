package org.factmark.suggest;

import java.util.List;

/** Decisions so far: overall, per cue and per engine version, with the share accepted. */
public record SuggestionQualityReport(Row overall, List<Row> perCue, List<Row> perEngineVersion) {
    public record Row(String key, long accepted, long rejected) {
        public long decisions() {
            return accepted + rejected;
        }

        /** Accepted / decisions, or 0 with no decisions. */
        public double acceptanceRate() {
            return decisions() == 0 ? 0 : Math.round(1000.0 * accepted / decisions()) / 1000.0;
        }
    }
}
