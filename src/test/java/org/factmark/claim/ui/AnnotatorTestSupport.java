package org.factmark.claim.ui;

import java.util.List;
import java.util.function.Supplier;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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
        return switch (user) {
            case "alice" -> new String[] {"ANNOTATOR"};
            case "bob" -> new String[] {"ANNOTATOR", "REVIEWER"};
            case "carol" -> new String[] {"REVIEWER"};
            case "admin" -> new String[] {"ADMIN"};
            default -> throw new IllegalArgumentException(user);
        };
    }

    /** Runs {@code work} with only Spring's SecurityContext switched to {@code user} (services read it), then restores. */
    static <T> T as(String user, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                java.util.Arrays.stream(roles(user)).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    static void asRun(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** Code-point offset of the first occurrence of {@code needle} in {@code body} (plus {@code delta} code points). */
    static int cp(String body, String needle, int delta) {
        int at = body.indexOf(needle);
        if (at < 0) throw new IllegalArgumentException("not in body: " + needle);
        return body.codePointCount(0, at) + delta;
    }
}
