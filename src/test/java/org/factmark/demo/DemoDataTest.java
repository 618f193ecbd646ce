package org.factmark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.factmark.article.ArticleService;
import org.factmark.base.CodePoints;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(properties = "factmark.demo.claims=true")
@WithMockUser(username = "admin", roles = "ADMIN")
class DemoDataTest {
    @Autowired
    DemoData demoData;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    org.factmark.security.UserService users;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    private Map<ClaimStatus, Long> claimsByStatus() {
        return claims.find(null, null, Pageable.ofSize(200)).stream()
                .collect(Collectors.groupingBy(Claim::getStatus, Collectors.counting()));
    }

    @Test
    void demo_mode_loads_seed_articles_and_claims_in_every_workflow_state() {
        assertThat(articles.count("")).isEqualTo(7);
        assertThat(claimsByStatus()).containsEntry(ClaimStatus.DRAFT, 3L).containsEntry(ClaimStatus.IN_REVIEW, 4L)
                .containsEntry(ClaimStatus.CHECKED, 5L).containsEntry(ClaimStatus.DISPUTED, 2L);
        Claim checked = claims.find(ClaimStatus.CHECKED, null, Pageable.ofSize(1)).getContent().get(0);
        Claim withDetails = claims.get(checked.getId());
        assertThat(withDetails.getCheckedBy()).isNotNull();
        assertThat(withDetails.getCheckedBy()).isNotEqualTo(withDetails.getAuthor());
    }

    @Test
    void seed_articles_do_not_repeat_their_title_as_first_paragraph_and_every_demo_quote_is_the_text_at_its_offsets() {
        for (var summary : articles.list("", Pageable.ofSize(50))) {
            String body = articles.get(summary.id()).getBody();
            assertThat(body.split("\n\n", 2)[0]).as(summary.title()).isNotEqualToIgnoringCase(summary.title());
        }
        assertThat(articles.get(articles.list("Victory Day", Pageable.ofSize(1)).get(0).id()).getBody())
                .startsWith("The Russian president has reciprocated the move");
        for (Claim c : claims.find(null, null, Pageable.ofSize(200))) {
            String body = articles.get(c.getArticle().getId()).getBody();
            assertThat(CodePoints.slice(body, c.getStart(), c.getEnd())).as("claim %d", c.getId()).isEqualTo(c.getQuote());
        }
    }

    @Test
    void starting_again_duplicates_and_overwrites_nothing() throws Exception {
        Map<ClaimStatus, Long> before = claimsByStatus();
        demoData.run();
        assertThat(articles.count("")).isEqualTo(7);
        assertThat(claimsByStatus()).isEqualTo(before);
    }

    @Test
    void demo_data_is_loaded_in_a_lifecycle_phase_before_the_web_server_starts_accepting() {
        assertThat(demoData.isRunning()).isTrue();
        assertThat(demoData.getPhase()).isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }

    @Test
    void every_demo_account_logs_in_with_the_password_demo_and_no_other() {
        // the four accounts share one hash of "demo" (hashed once per start, decision 083)
        for (String name : new String[] {"alice", "bob", "carol", "admin"}) {
            String hash = users.loadUserByUsername(name).getPassword();
            assertThat(passwords.matches("demo", hash)).as(name).isTrue();
            assertThat(passwords.matches("demo2", hash)).as(name).isFalse();
        }
    }
}
