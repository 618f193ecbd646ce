package org.factmark.claim;

/** The desk's rating scale, stored by name. Export label mappings live in export.RatingMappings. */
public enum Rating {
    TRUE("True"),
    MOSTLY_TRUE("Mostly true"),
    HALF_TRUE("Half true"),
    MISLEADING("Misleading"),
    MOSTLY_FALSE("Mostly false"),
    FALSE("False"),
    UNVERIFIABLE("Unverifiable");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
