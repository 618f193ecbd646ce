package org.factmark.review.ui;

/**
 * Where a claim is shown in its article (the annotator view, built in claim.ui, which this package must not
 * import). The one place that knows the route pattern: "articles/:articleId/:claimId?".
 */
public final class ClaimLinks {
    private ClaimLinks() {
    }

    /** A relative URL (resolved against the app's base href) to the claim in its article. */
    public static String claim(long articleId, long claimId) {
        return "articles/" + articleId + "/claims/" + claimId;
    }
}
