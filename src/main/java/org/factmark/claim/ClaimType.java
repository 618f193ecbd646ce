package org.factmark.claim;

/** What kind of statement a claim is. Names are stored; never rename one. */
public enum ClaimType {
    STATISTIC("Statistic / figure"),
    DATE_EVENT("Date / event"),
    QUOTATION("Quotation"),
    CAUSAL("Causal"),
    PREDICTION("Prediction"),
    OTHER("Other");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
