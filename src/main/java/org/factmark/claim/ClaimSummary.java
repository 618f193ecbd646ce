package org.factmark.claim;

import org.factmark.base.CodePoints;

/**
 * What the annotator keeps of a claim while an article is open: its span, status and type, and a one-line preview
 * of its quote (at most {@value #PREVIEW} code points). Much smaller than a {@link Claim} entity, so an article
 * with hundreds of claims stays light per session; live updates can send it to an open view
 * ({@code ArticleView.claimChanged}).
 */
public record ClaimSummary(long id, int start, int end, ClaimStatus status, ClaimType type, String preview) {
    public static final int PREVIEW = 90;

    public static ClaimSummary of(Claim c) {
        return new ClaimSummary(c.getId(), c.getStart(), c.getEnd(), c.getStatus(), c.getType(), preview(c.getQuote()));
    }

    static String preview(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ");
        return CodePoints.length(oneLine) <= PREVIEW ? oneLine : CodePoints.slice(oneLine, 0, PREVIEW - 1) + "…";
    }
}
