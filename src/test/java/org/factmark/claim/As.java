package org.factmark.claim;

import java.util.function.Supplier;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.testsupport.TestUsers;

/** Runs code as one of the demo users (their demo roles), restoring whoever was logged in before. */
final class As {
    private As() {
    }

    static <T> T user(String username, Supplier<T> work) {
        return TestUsers.as(username, work::get);
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
