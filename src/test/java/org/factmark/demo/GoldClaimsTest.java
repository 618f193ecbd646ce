package org.factmark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.base.CodePoints;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gold lists of seed-data/gold/: every check-worthy span of every seed article anchors through the same
 * quote lookup the REST API uses, exactly once, and its offsets give back the quote in code points.
 */
@SpringBootTest
@WithMockUser(username = "alice", roles = "ANNOTATOR")
class GoldClaimsTest {
    record Gold(String quote, ClaimType type, String prefix) {
    }

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    JsonMapper json;

    @Test
    void every_gold_span_of_every_seed_article_anchors_exactly() throws Exception {
        List<DemoData.SeedArticle> seed = json.readValue(DemoData.read("seed-data/articles.json"),
                json.getTypeFactory().constructCollectionType(List.class, DemoData.SeedArticle.class));
        int anchored = 0;
        for (DemoData.SeedArticle s : seed) {
            // the seed article is the oldest with its title (other tests in the shared database may add more)
            long articleId = articles.list(s.title(), PageRequest.of(0, 50)).stream()
                    .filter(a -> a.title().equals(s.title())).mapToLong(ArticleSummary::id).min().orElseThrow();
            String body = articles.get(articleId).getBody();
            String stem = s.file().replaceFirst("\\.txt$", "");
            List<Gold> gold = json.readValue(DemoData.read("seed-data/gold/" + stem + ".json"),
                    json.getTypeFactory().constructCollectionType(List.class, Gold.class));
            assertThat(gold).as(stem).isNotEmpty();
            for (Gold g : gold) {
                Claim c = claims.markQuote(articleId, g.quote(), g.prefix(), null, g.type(), null);
                assertThat(c.getQuote()).isEqualTo(g.quote());
                assertThat(CodePoints.slice(body, c.getStart(), c.getEnd())).isEqualTo(g.quote());
                assertThat(c.getType()).isEqualTo(g.type());
                anchored++;
            }
        }
        assertThat(anchored).isGreaterThanOrEqualTo(7 * 6);
    }
}
