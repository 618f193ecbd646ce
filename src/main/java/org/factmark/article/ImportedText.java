package org.factmark.article;

/**
 * What an uploaded file yields: the plain text (already reduced from Markdown or HTML, not yet normalised:
 * {@link ArticleService#create} does that once) and a title suggestion, or null when the file offers none.
 */
public record ImportedText(String suggestedTitle, String body) {
}
