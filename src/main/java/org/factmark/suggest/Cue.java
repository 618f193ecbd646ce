package org.factmark.suggest;

import org.factmark.claim.ClaimType;

/**
 * What made the engine propose a span. Names are stored with decisions and claim origins: never rename one.
 * The weight is the cue's contribution to a suggestion's score; the type is the claim type it proposes when it is
 * the strongest cue of the span (prediction and causal markers override it, see {@link SuggestionEngine}).
 */
public enum Cue {
    MONEY(0.90, ClaimType.STATISTIC),
    PERCENT(0.88, ClaimType.STATISTIC),
    QUANTITY(0.85, ClaimType.STATISTIC),
    QUOTATION(0.80, ClaimType.QUOTATION),
    MEETING(0.78, ClaimType.DATE_EVENT),
    COUNT(0.65, ClaimType.STATISTIC),
    DATE(0.60, ClaimType.DATE_EVENT),
    PERIOD(0.40, ClaimType.DATE_EVENT),
    COMPARISON(0.50, ClaimType.STATISTIC),
    CAUSAL(0.50, ClaimType.CAUSAL),
    PREDICTION(0.35, ClaimType.PREDICTION);

    private final double weight;
    private final ClaimType type;

    Cue(double weight, ClaimType type) {
        this.weight = weight;
        this.type = type;
    }

    public double weight() {
        return weight;
    }

    public ClaimType type() {
        return type;
    }

    /** The lower-case name used in the REST API and the quality report. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
