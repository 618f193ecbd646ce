package org.factmark.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One exported claim as the writers see it: the claim, its article's metadata, the verdict in force, the
 * annotator and reviewer usernames, its sources, and (for the lossless JSON Lines format only) every verdict,
 * review and comment. Offsets are code points into the article body, end exclusive. Fields only the lossless
 * format uses (submitted_at, the article's created_at) are null for the other writers; {@code sentence} (the
 * sentence holding the quote) is null unless the writer asks for it ({@link DatasetWriter#needsSentence()}).
 */
public record ClaimRow(long id, Article article, int start, int end, String quote, String prefix, String suffix,
                       String claimType, String claimant, String restatement, String status, String annotator,
                       Long verdictId, String rating, String rationale, String verdictAuthor,
                       Instant createdAt, Instant updatedAt, Instant submittedAt, Instant checkedAt, String reviewer,
                       List<SourceRow> sources, List<VerdictRow> verdicts, List<ReviewRow> reviews,
                       List<CommentRow> comments, String sentence) {

    /**
     * The claim as a dataset user reads it (ClaimReview claimReviewed, FEVER and AVeriTeC claim): the restatement
     * when there is one, else the sentence of the article that holds the quote, else the quote itself. The quote and
     * its offsets keep their own fields. {@code sentence} is only filled for writers that ask for it.
     */
    public String claimText() {
        if (restatement != null && !restatement.isBlank()) return restatement;
        if (sentence != null && !sentence.isBlank()) return sentence;
        return quote;
    }

    /** This claim's address from a template with {@code {articleId}} and {@code {id}} (factmark.export.claim-url). */
    public String url(String template) {
        return template.replace("{articleId}", Long.toString(article.id())).replace("{id}", Long.toString(id));
    }

    /** Article metadata; {@code body} is only loaded for writers that ask for it, else null. */
    public record Article(long id, String title, String url, String publisher, LocalDate publishedAt, String language,
                          String body, String bodySha256, boolean blindReview, Instant createdAt, String createdBy) {
    }

    public record SourceRow(long id, String url, String title, String publisher, String excerpt, LocalDate accessedOn,
                            String stance, String createdBy, Instant createdAt) {
    }

    public record VerdictRow(long id, String author, String kind, String rating, String rationale, Instant createdAt) {
    }

    public record ReviewRow(long id, long verdictId, String reviewer, String decision, String rating, String comment,
                            Instant createdAt) {
    }

    public record CommentRow(long id, String author, String body, Instant createdAt) {
    }
}
