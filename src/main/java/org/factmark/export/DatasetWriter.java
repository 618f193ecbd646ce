package org.factmark.export;

import java.io.IOException;

/**
 * Writes one export format. The service calls {@link #begin}, then {@link #claim} once per claim in id order,
 * then {@link #end}; a writer keeps no more than the current claim (and per-article bookkeeping) in memory.
 */
public interface DatasetWriter {

    /** Whether rows must carry every verdict, review and comment (the lossless format), not only the verdict in force. */
    default boolean needsHistory() {
        return false;
    }

    /** Whether {@link ClaimRow.Article#body()} must be filled (only the first time each article appears). */
    default boolean needsArticleBody() {
        return false;
    }

    /** Whether {@link ClaimRow#sentence()} must be filled for claims without a restatement (see {@link ClaimRow#claimText()}). */
    default boolean needsSentence() {
        return false;
    }

    /**
     * Whether this claim belongs in the format at all (e.g. a labelled dataset leaves out claims without a verdict).
     * Claims left out are not written and not counted.
     */
    default boolean accepts(ClaimRow row) {
        return true;
    }

    void begin() throws IOException;

    void claim(ClaimRow row) throws IOException;

    /** Articles without any exported claim, only offered to lossless writers for an unrestricted export. */
    default void claimlessArticle(ClaimRow.Article article) throws IOException {
    }

    /** Finishes the document and flushes (never closes) the output stream. */
    void end() throws IOException;

    /** Releases what the writer holds outside the heap (temporary files); called after {@link #end} and on failure. */
    default void discard() throws IOException {
    }
}
