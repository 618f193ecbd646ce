package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DeletingClaimsTest {
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;

    Claim aliceClaim() {
        Article a = As.article(articles, "The port handled 41 ships a day in May.");
        return As.user("alice", () -> claims.mark(a.getId(), 0, 38, false, ClaimType.STATISTIC, null));
    }

    @Test
    void the_author_deletes_a_draft_claim_with_its_sources() {
        Claim c = aliceClaim();
        As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("https://example.org/port", "Port data", null, null, null, Stance.SUPPORTS)));
        As.user("alice", () -> claims.delete(c.getId()));
        assertThatThrownBy(() -> As.user("alice", () -> claims.get(c.getId()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobody_else_deletes_the_authors_claim() {
        Claim c = aliceClaim();
        for (String other : new String[]{"bob", "carol", "admin"}) {
            assertThatThrownBy(() -> As.user(other, () -> claims.delete(c.getId()))).as(other).isInstanceOf(ForbiddenException.class);
        }
        assertThat(As.user("alice", () -> claims.get(c.getId()))).isNotNull();
    }

    @Test
    void a_submitted_claim_cannot_be_deleted() {
        Claim c = aliceClaim();
        As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.UNVERIFIABLE, "No public data."));
        assertThatThrownBy(() -> As.user("alice", () -> claims.delete(c.getId()))).isInstanceOf(ConflictException.class);
        assertThat(As.user("alice", () -> claims.get(c.getId())).getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }
}
