package org.factmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "alice", roles = "ANNOTATOR")
class ApplicationStartsTest {
    @Autowired
    ArticleService articles;

    @Test
    void demo_mode_loads_the_seed_articles() {
        assertThat(articles.count("")).isGreaterThanOrEqualTo(1);
        assertThat(articles.count("Victory Day")).isEqualTo(1);
    }
}
