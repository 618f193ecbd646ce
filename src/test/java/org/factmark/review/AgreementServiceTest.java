package org.factmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.factmark.review.ReviewFixtures.as;
import static org.factmark.review.ReviewFixtures.run;

import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.Rating;
import org.factmark.review.AgreementService.AgreementReport;
import org.factmark.review.AgreementService.PairAgreement;
import org.factmark.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Agreement from the database: each user's earliest rating of a claim is their judgement. */
@SpringBootTest
class AgreementServiceTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    AgreementService agreement;
    @Autowired
    UserService users;

    @Test
    void a_pair_of_raters_gets_percent_agreement_and_kappa_from_their_common_claims() throws Exception {
        ReviewFixtures fx = new ReviewFixtures(articles, claims, reviews, users);
        fx.ensureUser("xena");
        fx.ensureUser("yuri");
        // xena: T T T F F; yuri approves 1, 2, 4 and disputes 3 (F) and 5 (T): p_o = 3/5, p_e = .6*.6 + .4*.4 = .52
        Rating[] xena = {Rating.TRUE, Rating.TRUE, Rating.TRUE, Rating.FALSE, Rating.FALSE};
        Rating[] yuri = {null, null, Rating.FALSE, null, Rating.TRUE};
        for (int i = 0; i < 5; i++) {
            long id = fx.submitted("xena", xena[i], false);
            Rating r = yuri[i];
            if (r == null) run("yuri", () -> reviews.approve(id, fx.verdict(id), null));
            else run("yuri", () -> reviews.dispute(id, fx.verdict(id), r, "I rate it differently."));
            if (i == 4) {
                // xena accepts yuri's rating later: her judgement stays her first rating
                run("xena", () -> reviews.acceptDisputedRating(id, fx.verdict(id)));
            }
        }
        AgreementReport report = as("carol", () -> agreement.compute(5));
        PairAgreement pair = report.pairs().stream().filter(p -> p.a().equals("xena") && p.b().equals("yuri"))
                .findFirst().orElseThrow();
        assertThat(pair.n()).isEqualTo(5);
        assertThat(pair.percentAgreement()).isCloseTo(0.6, within(1e-9));
        assertThat(pair.kappa()).isCloseTo((0.6 - 0.52) / 0.48, within(1e-9));
        assertThat(report.alpha()).isNotNull();
        assertThat(report.claims()).isGreaterThanOrEqualTo(5);
        assertThat(as("carol", () -> agreement.compute(6)).pairs()).noneMatch(p -> p.a().equals("xena") && p.b().equals("yuri"));
        int t = report.confusion().labels().indexOf("TRUE");
        int f = report.confusion().labels().indexOf("FALSE");
        assertThat(report.confusion().matrix()[t][f]).isGreaterThanOrEqualTo(1);
    }
}
