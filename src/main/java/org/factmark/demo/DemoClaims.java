package org.factmark.demo;

import java.util.List;
import java.util.Map;
import org.factmark.article.Article;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;
import org.factmark.review.ReviewService;
import org.factmark.security.AppUser;
import org.factmark.security.SystemAuthentication;
import org.factmark.security.UserService;
import org.springframework.stereotype.Component;

/**
 * The demo claims of seed-data/demo-claims.json, driven through the same services (and rules) as the UI: each
 * claim is marked by its author, gets its sources and verdict, and is reviewed by its reviewer.
 */
@Component
class DemoClaims {

    record DemoSource(String url, String title, String publisher, String excerpt, Stance stance) {
    }

    record DemoClaim(String article, String quote, String prefix, ClaimType type, String claimant, String restatement,
                     String author, ClaimStatus status, Rating rating, String rationale, List<DemoSource> sources,
                     String reviewer, Rating reviewRating, String reviewComment) {
    }

    private final ClaimService claims;
    private final ReviewService reviews;
    private final UserService users;

    DemoClaims(ClaimService claims, ReviewService reviews, UserService users) {
        this.claims = claims;
        this.reviews = reviews;
        this.users = users;
    }

    void load(List<DemoClaim> demo, Map<String, Article> articlesByFile) throws Exception {
        for (DemoClaim d : demo) {
            Article article = articlesByFile.get(d.article());
            if (article == null) continue;
            long id = as(d.author(), () -> {
                Claim c = claims.markQuote(article.getId(), d.quote(), d.prefix(), null, d.type(), d.claimant());
                claims.update(c.getId(), claims.get(c.getId()).getVersion(), d.type(), d.claimant(), d.restatement());
                for (DemoSource s : d.sources() == null ? List.<DemoSource>of() : d.sources()) {
                    claims.addSource(c.getId(), new SourceInput(s.url(), s.title(), s.publisher(), s.excerpt(),
                            article.getPublishedAt(), s.stance()));
                }
                if (d.status() != ClaimStatus.DRAFT) claims.submitVerdict(c.getId(), d.rating(), d.rationale());
                return c.getId();
            });
            Long verdictId = d.status() == ClaimStatus.DRAFT ? null : as(d.author(), () -> claims.get(id).getVerdict().getId());
            switch (d.status()) {
                case CHECKED -> as(d.reviewer(), () -> reviews.approve(id, verdictId, d.reviewComment()));
                case DISPUTED -> as(d.reviewer(), () -> reviews.dispute(id, verdictId, d.reviewRating(), d.reviewComment()));
                default -> {
                }
            }
        }
    }

    private <T> T as(String username, java.util.concurrent.Callable<T> work) throws Exception {
        AppUser u = users.require(username);
        return SystemAuthentication.callAs(username, u.getRoles(), work);
    }
}
