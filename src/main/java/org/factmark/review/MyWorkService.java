package org.factmark.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.VerdictVisibility;
import org.factmark.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is new for the current user on their own claims: the menu's My claims count and the "since your last
 * visit" list. The last visit is when they last opened My claims ({@link MyClaimsVisit}). Reads follow the same
 * blind rules as the timeline ({@link VerdictVisibility}): nothing on a claim whose ratings are hidden from them.
 */
@Service
public class MyWorkService {
    /** At most this many entries in "since your last visit". */
    public static final int SINCE_LIMIT = 20;
    private static final int SCAN_LIMIT = 200;

    /** Something another user did on one of my claims. */
    public record Activity(long claimId, long articleId, String articleTitle, String quote, String who, String what,
                           Instant at) {
    }

    private final ReviewRepository reviews;
    private final CommentRepository comments;
    private final MyClaimsVisitRepository visits;
    private final VerdictVisibility visibility;

    MyWorkService(ReviewRepository reviews, CommentRepository comments, MyClaimsVisitRepository visits,
                  VerdictVisibility visibility) {
        this.reviews = reviews;
        this.comments = comments;
        this.visits = visits;
        this.visibility = visibility;
    }

    /** My claims' count: my disputed claims (work to do) plus comments by others on my claims since my last visit. */
    @Transactional(readOnly = true)
    public int myClaimsCount() {
        String me = CurrentUser.require();
        long disputed = reviews.countByAuthorAndStatus(me, ClaimStatus.DISPUTED);
        long unread = comments.findOnClaimsOf(me, lastVisit(me), Pageable.ofSize(SCAN_LIMIT)).stream()
                .filter(c -> !visibility.hidden(c.getClaim())).count();
        return (int) (disputed + unread);
    }

    /** Reviews and comments by others on my claims since my last visit to My claims, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> sinceLastVisit() {
        String me = CurrentUser.require();
        Instant since = lastVisit(me);
        List<Activity> out = new ArrayList<>();
        for (Review r : reviews.findOnClaimsOf(me, since, Pageable.ofSize(SINCE_LIMIT))) {
            if (visibility.hidden(r.getClaim())) continue;
            String what = r.getDecision() == ReviewDecision.APPROVE ? "approved"
                    : "disputed (rates it " + r.getRating().label() + ")";
            out.add(activity(r.getClaim(), r.getReviewer().getUsername(), what, r.getCreatedAt()));
        }
        for (Comment c : comments.findOnClaimsOf(me, since, Pageable.ofSize(SINCE_LIMIT))) {
            if (visibility.hidden(c.getClaim())) continue;
            out.add(activity(c.getClaim(), c.getAuthor().getUsername(), "commented", c.getCreatedAt()));
        }
        out.sort(Comparator.comparing(Activity::at).reversed());
        return out.size() > SINCE_LIMIT ? out.subList(0, SINCE_LIMIT) : out;
    }

    /** Records that the current user opened My claims now: later counts and lists start from here. */
    @Transactional
    public void visitedMyClaims() {
        String me = CurrentUser.require();
        Instant now = Instant.now();
        visits.findByUsername(me).ifPresentOrElse(v -> v.visitedAt(now), () -> visits.save(new MyClaimsVisit(me, now)));
    }

    private Instant lastVisit(String me) {
        return visits.findByUsername(me).map(MyClaimsVisit::getVisitedAt).orElse(Instant.EPOCH);
    }

    private static Activity activity(org.factmark.claim.Claim c, String who, String what, Instant at) {
        return new Activity(c.getId(), c.getArticle().getId(), c.getArticle().getTitle(), c.getQuote(), who, what, at);
    }
}
