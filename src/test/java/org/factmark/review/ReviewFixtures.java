package org.factmark.review;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;
import org.factmark.security.Role;
import org.factmark.security.SystemAuthentication;
import org.factmark.security.UserService;
import org.factmark.testsupport.TestUsers;
import org.springframework.security.core.context.SecurityContext;

/**
 * Builds claims in a given review state through the real services, acting as the demo users (alice ANNOTATOR, bob
 * ANNOTATOR+REVIEWER, carol REVIEWER, admin ADMIN) and dave (ANNOTATOR only, created on first use).
 */
public final class ReviewFixtures {
    static final String BODY = "The port reopened in March. The harbour handled 4.2 million containers in 2024, a record. "
            + "Officials expect more next year.\nA second paragraph follows.";
    public static final String QUOTE = "4.2 million containers";
    private static final AtomicInteger counter = new AtomicInteger();

    private final ArticleService articles;
    private final ClaimService claims;
    private final ReviewService reviews;
    private final UserService users;

    public ReviewFixtures(ArticleService articles, ClaimService claims, ReviewService reviews, UserService users) {
        this.articles = articles;
        this.claims = claims;
        this.reviews = reviews;
        this.users = users;
    }

    public static String[] rolesOf(String user) {
        return TestUsers.roles(user);
    }

    /** Runs {@code work} with {@code user} (and their demo roles) in Spring's SecurityContext. */
    public static <T> T as(String user, Callable<T> work) {
        return TestUsers.as(user, work);
    }

    public static void run(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** Creates (once) a user with the roles {@link #rolesOf} gives them. */
    public void ensureUser(String name) throws Exception {
        SystemAuthentication.run(() -> {
            if (users.find(name).isEmpty()) {
                EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                for (String r : rolesOf(name)) roles.add(Role.valueOf(r));
                users.createDemoAccount(name, "demo", name, roles);
            }
        });
    }

    public Article article(boolean blind) throws Exception {
        return SystemAuthentication.call(() -> {
            Article a = articles.create(new ArticleDraft("Review fixture " + counter.incrementAndGet(),
                    "https://news.example.org/port", "Example News", null, "en", BODY));
            if (blind) a = articles.setBlindReview(a.getId(), true);
            return a;
        });
    }

    /** alice marks the quote in a fresh article (blind review as given) and adds a source: a DRAFT. */
    public long draft(boolean blind) throws Exception {
        return draftBy("alice", blind);
    }

    public long draftBy(String author, boolean blind) throws Exception {
        long articleId = article(blind).getId();
        return as(author, () -> {
            Claim c = claims.markQuote(articleId, QUOTE, null, null, ClaimType.STATISTIC, "Port authority");
            claims.addSource(c.getId(), new SourceInput("https://stats.example.org/port-2024", "Port statistics 2024",
                    "Example Stats", "4.2 million TEU", null, Stance.SUPPORTS));
            return c.getId();
        });
    }

    /** alice's claim with her verdict TRUE submitted: IN_REVIEW. */
    public long inReview(boolean blind) throws Exception {
        return submitted("alice", Rating.TRUE, blind);
    }

    public long submitted(String author, Rating rating, boolean blind) throws Exception {
        long id = draftBy(author, blind);
        run(author, () -> claims.submitVerdict(id, rating, "The port statistics confirm it."));
        return id;
    }

    /** The id of the claim's verdict in force (null before a verdict), as GET /api/claims/{id} serves it. */
    public Long verdict(long claimId) {
        try {
            return SystemAuthentication.call(() -> {
                var v = claims.get(claimId).getVerdict();
                return v == null ? null : v.getId();
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void setBlind(long claimId, boolean blind) throws Exception {
        SystemAuthentication.run(() -> articles.setBlindReview(claims.get(claimId).getArticle().getId(), blind));
    }

    /** IN_REVIEW, approved by bob: CHECKED. */
    public long checked() throws Exception {
        long id = inReview(false);
        run("bob", () -> reviews.approve(id, verdict(id), "Matches the source."));
        return id;
    }

    /** IN_REVIEW, disputed by bob with MOSTLY_TRUE: DISPUTED. */
    public long disputed() throws Exception {
        long id = inReview(false);
        run("bob", () -> reviews.dispute(id, verdict(id), Rating.MOSTLY_TRUE, "The figure is rounded up."));
        return id;
    }

    public long inState(String state) throws Exception {
        return switch (state) {
            case "DRAFT" -> draft(false);
            case "IN_REVIEW" -> inReview(false);
            case "CHECKED" -> checked();
            case "DISPUTED" -> disputed();
            default -> throw new IllegalArgumentException(state);
        };
    }
}
