package org.factmark.export;

import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.Stance;

/**
 * The one place where the desk's rating scale maps to the labels of other datasets and vocabularies.
 * Tested as a table (RatingMappingsTest); docs/export.md shows the same table.
 */
public final class RatingMappings {
    private RatingMappings() {
    }

    public static final String FEVER_SUPPORTS = "SUPPORTS";
    public static final String FEVER_REFUTES = "REFUTES";
    public static final String FEVER_NEI = "NOT ENOUGH INFO";

    public static final String AVERITEC_SUPPORTED = "Supported";
    public static final String AVERITEC_REFUTED = "Refuted";
    public static final String AVERITEC_NEE = "Not Enough Evidence";
    public static final String AVERITEC_CONFLICTING = "Conflicting Evidence/Cherrypicking";

    public static final int CLAIMREVIEW_BEST = 5;
    public static final int CLAIMREVIEW_WORST = 1;

    /** FEVER label. Half-true and misleading claims are neither supported nor refuted as a whole: NOT ENOUGH INFO. */
    public static String fever(Rating r) {
        return switch (r) {
            case TRUE, MOSTLY_TRUE -> FEVER_SUPPORTS;
            case FALSE, MOSTLY_FALSE -> FEVER_REFUTES;
            case HALF_TRUE, MISLEADING, UNVERIFIABLE -> FEVER_NEI;
        };
    }

    /** AVeriTeC label: half-true and misleading claims are its "Conflicting Evidence/Cherrypicking" class. */
    public static String averitec(Rating r) {
        return switch (r) {
            case TRUE, MOSTLY_TRUE -> AVERITEC_SUPPORTED;
            case FALSE, MOSTLY_FALSE -> AVERITEC_REFUTED;
            case HALF_TRUE, MISLEADING -> AVERITEC_CONFLICTING;
            case UNVERIFIABLE -> AVERITEC_NEE;
        };
    }

    /** ClaimReview ratingValue on 1 (worst) .. 5 (best); null for UNVERIFIABLE, which has no place on the scale. */
    public static Integer claimReviewValue(Rating r) {
        return switch (r) {
            case TRUE -> 5;
            case MOSTLY_TRUE -> 4;
            case HALF_TRUE -> 3;
            case MISLEADING, MOSTLY_FALSE -> 2;
            case FALSE -> 1;
            case UNVERIFIABLE -> null;
        };
    }

    /** ClaimReview alternateName: the desk's own label ("Mostly false"). */
    public static String claimReviewLabel(Rating r) {
        return r.label();
    }

    /** ClaimReview Rating name: the same human-readable label as alternateName. */
    public static String claimReviewName(Rating r) {
        return r.label();
    }

    /**
     * The source stance that counts as FEVER evidence for a label: SUPPORTS for SUPPORTS, REFUTES for REFUTES; null
     * for NOT ENOUGH INFO (FEVER gives NEI claims no evidence sentences).
     */
    public static Stance feverEvidenceStance(String feverLabel) {
        return switch (feverLabel) {
            case FEVER_SUPPORTS -> Stance.SUPPORTS;
            case FEVER_REFUTES -> Stance.REFUTES;
            default -> null;
        };
    }

    /** AVeriTeC claim type (the dataset's own vocabulary, as its annotation tool lists them). */
    public static String averitecClaimType(ClaimType t) {
        return switch (t) {
            case STATISTIC -> "Numerical Claim";
            case DATE_EVENT, OTHER -> "Event/Property Claim";
            case QUOTATION -> "Quote Verification";
            case CAUSAL -> "Causal Claim";
            case PREDICTION -> "Speculative Claim";
        };
    }
}
