package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class SubmittingVerdictsTest {
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimRepository repository;
    @Autowired
    ClaimWorkflow workflow;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;

    Claim aliceClaim() {
        Article a = As.article(articles, "Unemployment fell to 3.9% in April, the lowest since 2001.");
        return As.user("alice", () -> claims.mark(a.getId(), 0, 36, false, ClaimType.STATISTIC, null));
    }

    void addSource(Claim c) {
        As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("https://stats.example.org/april", "Labour survey",
                null, null, null, Stance.SUPPORTS)));
    }

    @Test
    void the_author_submits_a_verdict_and_the_claim_goes_to_review() {
        Claim c = aliceClaim();
        addSource(c);
        Verdict v = As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.MOSTLY_TRUE, "Survey says 3.9%."));
        assertThat(v.getKind()).isEqualTo(VerdictKind.AUTHOR);
        Claim stored = As.user("alice", () -> claims.get(c.getId()));
        assertThat(stored.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(stored.getVerdict().getRating()).isEqualTo(Rating.MOSTLY_TRUE);
        assertThat(stored.getSubmittedAt()).isNotNull();
        assertThat(As.user("alice", () -> claims.verdicts(c.getId()))).singleElement()
                .satisfies(x -> assertThat(x.getRationale()).isEqualTo("Survey says 3.9%."));
    }

    @Test
    void nobody_but_the_author_submits_the_verdict() {
        Claim c = aliceClaim();
        addSource(c);
        for (String other : new String[]{"bob", "carol", "admin"}) {
            assertThatThrownBy(() -> As.user(other, () -> claims.submitVerdict(c.getId(), Rating.TRUE, "mine")))
                    .as(other).isInstanceOf(ForbiddenException.class);
        }
        assertThat(As.user("alice", () -> claims.get(c.getId())).getStatus()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void a_verdict_needs_a_rating_and_a_rationale() {
        Claim c = aliceClaim();
        addSource(c);
        assertThatThrownBy(() -> As.user("alice", () -> claims.submitVerdict(c.getId(), null, "why")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("rating"));
        assertThatThrownBy(() -> As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.TRUE, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("rationale"));
        assertThat(As.user("alice", () -> claims.get(c.getId())).getStatus()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void a_verdict_needs_a_source_unless_it_is_unverifiable() {
        Claim c = aliceClaim();
        assertThatThrownBy(() -> As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.FALSE, "No.")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("sources"));
        As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.UNVERIFIABLE, "No data published yet."));
        assertThat(As.user("alice", () -> claims.get(c.getId())).getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void a_checked_claim_takes_no_new_verdict() {
        Claim c = aliceClaim();
        addSource(c);
        As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.TRUE, "Matches the survey."));
        tx.executeWithoutResult(t -> {
            Claim loaded = repository.findById(c.getId()).orElseThrow();
            workflow.checked(loaded, loaded.getVerdict(), users.require("bob"));
        });
        assertThatThrownBy(() -> As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.FALSE, "Changed my mind.")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> As.user("alice", () -> claims.update(c.getId(), claims.get(c.getId()).getVersion(), ClaimType.OTHER, "x", null)))
                .isInstanceOf(ConflictException.class);
        Claim stored = As.user("alice", () -> claims.get(c.getId()));
        assertThat(stored.getStatus()).isEqualTo(ClaimStatus.CHECKED);
        assertThat(stored.getVerdict().getRating()).isEqualTo(Rating.TRUE);
    }

    @Test
    void the_last_source_of_a_submitted_verdict_cannot_be_removed() {
        Claim c = aliceClaim();
        addSource(c);
        As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.TRUE, "Matches the survey."));
        Source only = As.user("alice", () -> claims.sources(c.getId())).get(0);
        assertThatThrownBy(() -> As.user("alice", () -> claims.removeSource(only.getId()))).isInstanceOf(ConflictException.class);
    }
}
