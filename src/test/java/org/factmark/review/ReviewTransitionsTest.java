package org.factmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.ClaimService;
import org.factmark.claim.Rating;
import org.factmark.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every status transition for every role: each row builds a fresh claim in the given status (alice's claim, with
 * bob as its reviewer: he approved the CHECKED one and disputed the DISPUTED one), lets the actor try the action
 * through the services, and expects either the new status or the refusal (403 forbidden, 409 conflict).
 * Actors: alice = the author (ANNOTATOR), dave = another ANNOTATOR-only user, carol = a REVIEWER with no part in
 * the claim, bob = the reviewer who reviewed/disputed it (ANNOTATOR+REVIEWER), admin = ADMIN only.
 * Second-opinion rows run on an article switched to blind review once the status is reached.
 */
@SpringBootTest
class ReviewTransitionsTest {
    static final List<String> ACTORS = List.of("alice", "dave", "carol", "bob", "admin");

    static final String[] TABLE = {
            // action       status     alice      dave  carol      bob        admin
            "approve        DRAFT      403        403   409        409        403",
            "approve        IN_REVIEW  403        403   CHECKED    CHECKED    403",
            "approve        CHECKED    403        403   409        409        403",
            "approve        DISPUTED   403        403   409        409        403",
            "dispute        DRAFT      403        403   409        409        403",
            "dispute        IN_REVIEW  403        403   DISPUTED   DISPUTED   403",
            "dispute        CHECKED    403        403   409        409        403",
            "dispute        DISPUTED   403        403   409        409        403",
            "revise         DRAFT      409        403   403        403        403",
            "revise         IN_REVIEW  409        403   403        403        403",
            "revise         CHECKED    409        403   403        403        403",
            "revise         DISPUTED   IN_REVIEW  403   403        403        403",
            "accept         DRAFT      409        403   403        403        403",
            "accept         IN_REVIEW  409        403   403        403        403",
            "accept         CHECKED    409        403   403        403        403",
            "accept         DISPUTED   CHECKED    403   403        403        403",
            "settle         DRAFT      403        403   409        409        409",
            "settle         IN_REVIEW  403        403   409        409        409",
            "settle         CHECKED    403        403   409        409        409",
            "settle         DISPUTED   403        403   CHECKED    403        CHECKED",
            "second-opinion DRAFT      403        403   409        409        403",
            "second-opinion IN_REVIEW  403        403   IN_REVIEW  IN_REVIEW  403",
            "second-opinion CHECKED    403        403   409        409        403",
            "second-opinion DISPUTED   403        403   409        409        403",
            "submit         DRAFT      IN_REVIEW  403   403        403        403",
            "submit         IN_REVIEW  IN_REVIEW  403   403        403        403",
            "submit         CHECKED    409        403   403        403        403",
            "submit         DISPUTED   IN_REVIEW  403   403        403        403",
    };

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE) {
            String[] f = line.trim().split("\\s+");
            for (int i = 0; i < ACTORS.size(); i++) rows.add(Arguments.of(f[0], f[1], ACTORS.get(i), f[2 + i]));
        }
        return rows.stream();
    }

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserService users;

    ReviewFixtures fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ReviewFixtures(articles, claims, reviews, users);
        fx.ensureUser("dave");
    }

    @ParameterizedTest(name = "{0} on {1} by {2} -> {3}")
    @MethodSource("table")
    void every_action_in_every_status_for_every_actor(String action, String status, String actor, String expected) throws Exception {
        long id = fx.inState(status);
        if (action.equals("second-opinion")) fx.setBlind(id, true);
        String outcome;
        try {
            ReviewFixtures.run(actor, () -> act(action, id));
            outcome = ReviewFixtures.as("admin", () -> claims.get(id).getStatus().name());
        } catch (ForbiddenException | AccessDeniedException e) {
            outcome = "403";
        } catch (ConflictException e) {
            outcome = "409";
        } catch (InvalidInputException e) {
            outcome = "400";
        }
        assertThat(outcome).as("%s on a %s claim by %s", action, status, actor).isEqualTo(expected);
        if (expected.matches("\\d+")) {
            assertThat(ReviewFixtures.as("admin", () -> claims.get(id).getStatus().name())).as("a refused action changes nothing")
                    .isEqualTo(status);
        }
    }

    private void act(String action, long id) {
        switch (action) {
            case "approve" -> reviews.approve(id, fx.verdict(id), "Looks right.");
            case "dispute" -> reviews.dispute(id, fx.verdict(id), Rating.FALSE, "The source says otherwise.");
            case "revise" -> reviews.reviseDisputed(id, Rating.HALF_TRUE, "Revised after the dispute.");
            case "accept" -> reviews.acceptDisputedRating(id, fx.verdict(id));
            case "settle" -> reviews.settle(id, fx.verdict(id), Rating.HALF_TRUE, "Final call.");
            case "second-opinion" -> reviews.secondOpinion(id, fx.verdict(id), Rating.FALSE, "My own reading.");
            case "submit" -> claims.submitVerdict(id, Rating.MOSTLY_TRUE, "Submitted again.");
            default -> throw new IllegalArgumentException(action);
        }
    }
}
