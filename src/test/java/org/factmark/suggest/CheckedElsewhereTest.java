package org.factmark.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;
import org.factmark.review.ReviewService;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Earlier CHECKED verdicts on the same figure with overlapping key terms, from a Lucene index kept current. */
@SpringBootTest
class CheckedElsewhereTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    CheckedElsewhereService elsewhere;

    Article article(String body) {
        return TestUsers.as("alice", () -> articles.create(new ArticleDraft("Elsewhere " + System.nanoTime(),
                "https://example.org/e", "Test", null, "en", body)));
    }

    Claim mark(Article a, String quote) {
        return TestUsers.as("alice", () -> claims.markQuote(a.getId(), quote, null, null, ClaimType.STATISTIC, null));
    }

    @Test
    void a_claim_on_the_same_figure_finds_the_earlier_checked_verdict_and_starts_from_it() {
        Article first = article("Headline\n\nBilateral trade between Russia and Kazakhstan reached $31.4 billion in 2024, officials said.");
        Claim checked = mark(first, "Bilateral trade between Russia and Kazakhstan reached $31.4 billion in 2024");
        TestUsers.run("alice", () -> {
            claims.addSource(checked.getId(), new SourceInput("https://example.org/customs", "Customs data", "Customs",
                    null, null, Stance.SUPPORTS));
            claims.submitVerdict(checked.getId(), Rating.MOSTLY_TRUE, "Customs data.");
        });
        // nothing is found before the verdict is approved: only CHECKED claims count
        Article second = article("Headline\n\nRussia–Kazakhstan trade hit US$31.4bn in 2024, a customs official said.");
        Claim fresh = mark(second, "Russia–Kazakhstan trade hit US$31.4bn in 2024");
        assertThat(TestUsers.as("alice", () -> elsewhere.earlier(fresh.getId()))).isEmpty();

        TestUsers.run("bob", () -> reviews.approve(checked.getId(), claims.get(checked.getId()).getVerdict().getId(), "Matches the source."));
        List<CheckedElsewhereService.EarlierCheck> found = TestUsers.as("alice", () -> elsewhere.earlier(fresh.getId()));
        assertThat(found).extracting(CheckedElsewhereService.EarlierCheck::claimId).containsExactly(checked.getId());
        assertThat(found.get(0).rating()).isEqualTo("MOSTLY_TRUE");
        assertThat(found.get(0).sources()).isEqualTo(1);
        assertThat(found.get(0).articleId()).isEqualTo(first.getId());

        Claim started = TestUsers.as("alice", () -> elsewhere.startFrom(fresh.getId(), checked.getId()));
        assertThat(started.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(TestUsers.as("alice", () -> claims.sources(fresh.getId()))).extracting(s -> s.getUrl())
                .containsExactly("https://example.org/customs");
        assertThat(TestUsers.as("alice", () -> elsewhere.startedFrom(fresh.getId()))).containsExactly(checked.getId());
    }

    @Test
    void another_figure_or_the_same_figure_about_something_else_finds_nothing() {
        Article first = article("Headline\n\nWheat exports from Ukraine reached $12.7 billion in 2023, traders said.");
        Claim checked = mark(first, "Wheat exports from Ukraine reached $12.7 billion in 2023");
        TestUsers.run("alice", () -> {
            claims.addSource(checked.getId(), new SourceInput("https://example.org/wheat", "Trade data", null, null, null,
                    Stance.SUPPORTS));
            claims.submitVerdict(checked.getId(), Rating.TRUE, "Trade data.");
        });
        TestUsers.run("bob", () -> reviews.approve(checked.getId(), claims.get(checked.getId()).getVerdict().getId(), "Fine."));

        Article second = article("Headline\n\nWheat exports from Ukraine reached $9.1 billion in 2023.\n\n"
                + "The museum's renovation cost $12.7 billion in 2023 dollars.");
        Claim otherFigure = mark(second, "Wheat exports from Ukraine reached $9.1 billion in 2023");
        Claim otherTopic = mark(second, "The museum's renovation cost $12.7 billion");
        assertThat(TestUsers.as("alice", () -> elsewhere.earlier(otherFigure.getId())))
                .extracting(CheckedElsewhereService.EarlierCheck::claimId).doesNotContain(checked.getId());
        assertThat(TestUsers.as("alice", () -> elsewhere.earlier(otherTopic.getId())))
                .extracting(CheckedElsewhereService.EarlierCheck::claimId).doesNotContain(checked.getId());
    }

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Test
    void over_rest_the_earlier_verdict_is_listed_and_a_claim_starts_from_it() throws Exception {
        Article first = article("Headline\n\nNickel exports from Indonesia reached $33.8 billion in 2024, the ministry said.");
        Claim checked = mark(first, "Nickel exports from Indonesia reached $33.8 billion in 2024");
        TestUsers.run("alice", () -> {
            claims.addSource(checked.getId(), new SourceInput("https://example.org/nickel", "Ministry", null, null, null,
                    Stance.SUPPORTS));
            claims.submitVerdict(checked.getId(), Rating.HALF_TRUE, "Ministry data, but estimates differ.");
        });
        TestUsers.run("bob", () -> reviews.approve(checked.getId(), claims.get(checked.getId()).getVerdict().getId(), "Fine."));
        Claim fresh = mark(article("Headline\n\nIndonesia's nickel exports hit $33.8bn in 2024."),
                "Indonesia's nickel exports hit $33.8bn in 2024");
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("alice", "demo");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/claims/" + fresh.getId() + "/checked-elsewhere").with(basic))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].claimId").value(checked.getId()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].rating").value("HALF_TRUE"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/claims/" + fresh.getId() + "/checked-elsewhere").with(basic)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/claims/" + fresh.getId() + "/checked-elsewhere").with(basic)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"earlierClaimId\":" + checked.getId() + "}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("IN_REVIEW"));
    }

    @Test
    void starting_from_a_claim_that_is_not_checked_is_a_conflict() {
        Article first = article("Headline\n\nThe port handled 4.2 million containers in 2024.");
        Claim draft = mark(first, "The port handled 4.2 million containers in 2024");
        Article second = article("Headline\n\nThe port handled 4.2 million containers in 2024, a record.");
        Claim fresh = mark(second, "The port handled 4.2 million containers in 2024");
        assertThatThrownBy(() -> TestUsers.run("alice", () -> elsewhere.startFrom(fresh.getId(), draft.getId())))
                .isInstanceOf(ConflictException.class);
    }
}
