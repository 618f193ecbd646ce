package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class EditingClaimsTest {
    static final String XSS = "<img src=x onerror=alert(1)>";

    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimRepository repository;
    @Autowired
    PlatformTransactionManager txManager;

    Claim aliceClaim() {
        Article a = As.article(articles, "The council said the bridge will open in 2027, two years late.");
        return As.user("alice", () -> claims.mark(a.getId(), 0, 45, false, ClaimType.PREDICTION, null));
    }

    @Test
    void the_author_updates_type_claimant_and_restatement() {
        Claim c = aliceClaim();
        Claim saved = As.user("alice", () -> claims.update(c.getId(), c.getVersion(), ClaimType.DATE_EVENT, " City council ",
                "The bridge opens in 2027."));
        assertThat(saved.getVersion()).isGreaterThan(c.getVersion());
        Claim stored = As.user("alice", () -> claims.get(c.getId()));
        assertThat(stored.getType()).isEqualTo(ClaimType.DATE_EVENT);
        assertThat(stored.getClaimant()).isEqualTo("City council");
        assertThat(stored.getRestatement()).isEqualTo("The bridge opens in 2027.");
    }

    @Test
    void a_second_edit_based_on_the_same_version_is_refused_and_the_first_edit_stays() {
        Claim c = aliceClaim();
        // two people (the author and an admin) open the claim at the same version
        long seenByAlice = As.user("alice", () -> claims.get(c.getId())).getVersion();
        long seenByAdmin = As.user("admin", () -> claims.get(c.getId())).getVersion();
        As.user("alice", () -> claims.update(c.getId(), seenByAlice, ClaimType.DATE_EVENT, "Alice's claimant", null));
        assertThatThrownBy(() -> As.user("admin", () -> claims.update(c.getId(), seenByAdmin, ClaimType.CAUSAL, "Admin's claimant", "x")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Claim stored = As.user("alice", () -> claims.get(c.getId()));
        assertThat(stored.getClaimant()).isEqualTo("Alice's claimant");
        assertThat(stored.getType()).isEqualTo(ClaimType.DATE_EVENT);
        assertThat(stored.getRestatement()).isNull();
    }

    @Test
    void two_edits_racing_past_the_version_check_still_cannot_both_commit() {
        Claim c = aliceClaim();
        TransactionTemplate outer = new TransactionTemplate(txManager);
        TransactionTemplate inner = new TransactionTemplate(txManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> outer.executeWithoutResult(tx -> {
            Claim loaded = repository.findById(c.getId()).orElseThrow();   // first editor has loaded version v
            loaded.setClaimant("slow editor");
            // meanwhile a second editor saves and commits
            inner.executeWithoutResult(t2 -> As.user("alice", () -> claims.update(c.getId(), c.getVersion(), ClaimType.OTHER, "fast editor", null)));
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(As.user("alice", () -> claims.get(c.getId())).getClaimant()).isEqualTo("fast editor");
    }

    @Test
    void only_the_author_or_an_admin_edits_a_claim() {
        Claim c = aliceClaim();
        assertThatThrownBy(() -> As.user("bob", () -> claims.update(c.getId(), c.getVersion(), ClaimType.OTHER, "bob", null)))
                .isInstanceOf(ForbiddenException.class);
        As.user("admin", () -> claims.update(c.getId(), c.getVersion(), ClaimType.OTHER, "admin fixed it", null));
        assertThat(As.user("alice", () -> claims.get(c.getId())).getClaimant()).isEqualTo("admin fixed it");
    }

    @Test
    void markup_in_user_text_is_stored_verbatim() {
        Claim c = aliceClaim();
        As.user("alice", () -> claims.update(c.getId(), c.getVersion(), ClaimType.OTHER, XSS, XSS));
        Source s = As.user("alice", () -> claims.addSource(c.getId(),
                new SourceInput("https://example.org/a", XSS, XSS, XSS, null, Stance.CONTEXT)));
        Claim stored = As.user("alice", () -> claims.get(c.getId()));
        assertThat(stored.getClaimant()).isEqualTo(XSS);
        assertThat(stored.getRestatement()).isEqualTo(XSS);
        Source storedSource = As.user("alice", () -> claims.sources(c.getId())).get(0);
        assertThat(storedSource.getId()).isEqualTo(s.getId());
        assertThat(storedSource.getTitle()).isEqualTo(XSS);
        assertThat(storedSource.getExcerpt()).isEqualTo(XSS);
    }

    @Test
    void a_source_needs_an_http_or_https_url_a_title_and_a_stance() {
        Claim c = aliceClaim();
        for (String bad : new String[]{"javascript:alert(1)", "ftp://example.org/x", "example.org/no-scheme", "http://", "https://exa mple.org", "", "data:text/html,hi"}) {
            assertThatThrownBy(() -> As.user("alice", () -> claims.addSource(c.getId(), new SourceInput(bad, "T", null, null, null, Stance.SUPPORTS))))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"));
        }
        assertThatThrownBy(() -> As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("https://example.org", " ", null, null, null, Stance.SUPPORTS))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("title"));
        assertThatThrownBy(() -> As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("https://example.org", "T", null, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("stance"));
        assertThat(As.user("alice", () -> claims.sources(c.getId()))).isEmpty();

        Source ok = As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("HTTPS://Example.org/report?id=1",
                "Annual report", "Council", "page 4", LocalDate.of(2025, 6, 1), Stance.REFUTES)));
        assertThat(ok.getUrl()).isEqualTo("HTTPS://Example.org/report?id=1");
        assertThat(ok.getAccessedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void a_source_edit_with_a_stale_version_is_refused() {
        Claim c = aliceClaim();
        Source s = As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("https://example.org/a", "A", null, null, null, Stance.SUPPORTS)));
        As.user("alice", () -> claims.updateSource(s.getId(), s.getVersion(), new SourceInput("https://example.org/b", "B", null, null, null, Stance.REFUTES)));
        assertThatThrownBy(() -> As.user("alice", () -> claims.updateSource(s.getId(), s.getVersion(),
                new SourceInput("https://example.org/c", "C", null, null, null, Stance.CONTEXT))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(As.user("alice", () -> claims.sources(c.getId()))).singleElement()
                .satisfies(x -> assertThat(x.getTitle()).isEqualTo("B"));
        As.user("alice", () -> claims.removeSource(s.getId()));
        assertThat(As.user("alice", () -> claims.sources(c.getId()))).isEmpty();
    }
}
