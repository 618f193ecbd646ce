package org.factmark.claim.ui;

import java.util.List;
import java.util.function.Supplier;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.testsupport.TestUsers;
import org.springframework.data.domain.PageRequest;

/** Helpers for the annotator tests: seed articles by title, and acting as another user for a moment. */
final class AnnotatorTestSupport {
    private AnnotatorTestSupport() {
    }

    /** Id of the seed article whose title contains {@code part} (runs as the given demo user's context). */
    static long articleId(ArticleService articles, String part) {
        List<ArticleSummary> found = as("alice", () -> articles.list(part, PageRequest.of(0, 5)));
        if (found.isEmpty()) throw new IllegalStateException("no seed article with title containing " + part);
        return found.get(0).id();
    }

    static String[] roles(String user) {
        return TestUsers.roles(user);
    }

    /** Runs {@code work} with Spring's SecurityContext switched to {@code user} (services read it), then restores. */
    static <T> T as(String user, Supplier<T> work) {
        return TestUsers.as(user, work::get);
    }

    static void asRun(String user, Runnable work) {
        TestUsers.run(user, work);
    }

    /** Code-point offset of the first occurrence of {@code needle} in {@code body} (plus {@code delta} code points). */
    static int cp(String body, String needle, int delta) {
        int at = body.indexOf(needle);
        if (at < 0) throw new IllegalArgumentException("not in body: " + needle);
        return body.codePointCount(0, at) + delta;
    }
}
