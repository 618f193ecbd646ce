package org.factmark.review.ui;

import org.factmark.base.ui.MenuCounts;
import org.factmark.review.MyWorkService;
import org.factmark.review.ReviewService;
import org.springframework.stereotype.Component;

/** The review feature's menu counts: My claims (disputes and new comments) and the review queue (items I may review). */
@Component
class ReviewMenuCounts implements MenuCounts {
    private final MyWorkService work;
    private final ReviewService reviews;

    ReviewMenuCounts(MyWorkService work, ReviewService reviews) {
        this.work = work;
        this.reviews = reviews;
    }

    @Override
    public int count(String route) {
        return switch (route) {
            case "my-claims" -> work.myClaimsCount();
            case "review" -> reviews.reviewableCount();
            default -> 0;
        };
    }
}
