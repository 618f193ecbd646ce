package org.factmark.claim;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as one of the demo users (their demo roles), restoring whoever was logged in before. */
final class As {
    private static final Map<String, String[]> ROLES = Map.of(
            "alice", new String[]{"ANNOTATOR"},
            "bob", new String[]{"ANNOTATOR", "REVIEWER"},
            "carol", new String[]{"REVIEWER"},
            "admin", new String[]{"ADMIN"});

    private As() {
    }

    static <T> T user(String username, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                Arrays.stream(ROLES.get(username)).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }

    /** A fresh article with the given body, imported by alice. */
    static Article article(ArticleService articles, String body) {
        return user("alice", () -> articles.create(new ArticleDraft("Test article " + System.nanoTime(),
                "https://example.org/test", "Test", null, "en", body)));
    }
}
