package org.factmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factmark.review.ReviewFixtures.as;
import static org.factmark.review.ReviewFixtures.run;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.ClaimDetails;
import org.factmark.claim.ClaimService;
import org.factmark.claim.Rating;
import org.factmark.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Four eyes, bound to the verdict seen: every review action names the verdict it judges, and whatever the author
 * did after the reviewer loaded the claim (resubmit, withdraw, revise), the action either judges exactly that
 * verdict or is refused with 409 and changes nothing. Proved over every review action x every author change,
 * through the services and through REST. No row may end CHECKED with a rating the approver did not see.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewBoundToVerdictTest {
    @Autowired
    MockMvc mvc;
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
    void setUp() {
        fx = new ReviewFixtures(articles, claims, reviews, users);
    }

    /** What the claim looks like, as an admin sees it: the fingerprint of "nothing changed". */
    record State(String status, Long verdictId, Rating rating, int verdicts, int reviews) {
    }

    State state(long id) {
        return as("admin", () -> {
            ClaimDetails d = claims.details(id);
            var v = d.claim().getVerdict();
            return new State(d.claim().getStatus().name(), v == null ? null : v.getId(), v == null ? null : v.getRating(),
                    d.verdicts().size(), reviews.reviews(id).size());
        });
    }

    @ParameterizedTest(name = "{0} after the author {1} ({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            approve        | changed nothing           | service | CHECKED
            approve        | resubmitted               | service | 409
            approve        | withdrew                  | service | 409
            approve        | withdrew and resubmitted  | service | 409
            dispute        | changed nothing           | service | DISPUTED
            dispute        | resubmitted               | service | 409
            dispute        | withdrew                  | service | 409
            dispute        | withdrew and resubmitted  | service | 409
            second-opinion | changed nothing           | service | IN_REVIEW
            second-opinion | resubmitted               | service | 409
            second-opinion | withdrew                  | service | 409
            second-opinion | withdrew and resubmitted  | service | 409
            settle         | changed nothing           | service | CHECKED
            settle         | revised                   | service | 409
            settle         | revised and was disputed  | service | 409
            settle         | resubmitted               | service | 409
            accept         | changed nothing           | service | CHECKED
            accept         | revised                   | service | 409
            accept         | revised and was disputed  | service | 409
            approve        | changed nothing           | rest    | CHECKED
            approve        | resubmitted               | rest    | 409
            approve        | withdrew                  | rest    | 409
            approve        | withdrew and resubmitted  | rest    | 409
            dispute        | changed nothing           | rest    | DISPUTED
            dispute        | resubmitted               | rest    | 409
            dispute        | withdrew                  | rest    | 409
            dispute        | withdrew and resubmitted  | rest    | 409
            second-opinion | changed nothing           | rest    | IN_REVIEW
            second-opinion | resubmitted               | rest    | 409
            second-opinion | withdrew                  | rest    | 409
            second-opinion | withdrew and resubmitted  | rest    | 409
            settle         | changed nothing           | rest    | CHECKED
            settle         | revised                   | rest    | 409
            settle         | revised and was disputed  | rest    | 409
            settle         | resubmitted               | rest    | 409
            accept         | changed nothing           | rest    | CHECKED
            accept         | revised                   | rest    | 409
            accept         | revised and was disputed  | rest    | 409
            """)
    void a_review_judges_the_verdict_it_names_or_changes_nothing(String action, String change, String via, String expected)
            throws Exception {
        boolean afterDispute = action.equals("settle") || action.equals("accept");
        long id = afterDispute ? fx.disputed() : fx.submitted("alice", Rating.UNVERIFIABLE, false);
        if (action.equals("second-opinion")) fx.setBlind(id, true);
        // the actor loads the claim: this is the verdict they see and judge
        Long seen = fx.verdict(id);
        Rating seenRating = state(id).rating();
        authorChanges(id, change, via.equals("rest"));
        State before = state(id);

        String actor = switch (action) {
            case "accept" -> "alice";
            case "settle" -> "carol";
            default -> "carol";
        };
        String outcome = via.equals("rest") ? viaRest(actor, action, id, seen) : viaService(actor, action, id, seen);

        assertThat(outcome).as("%s after the author %s", action, change).isEqualTo(expected);
        State after = state(id);
        if (outcome.equals("409")) {
            assertThat(after).as("a refused review changes nothing").isEqualTo(before);
        } else {
            assertThat(after.status()).isEqualTo(expected);
        }
        if (after.status().equals("CHECKED") && action.equals("approve")) {
            assertThat(after.rating()).as("the approver saw this rating").isEqualTo(seenRating);
            assertThat(as("admin", () -> reviews.reviews(id).getLast().verdictId())).as("the review names it").isEqualTo(seen);
        }
    }

    private void authorChanges(long id, String change, boolean rest) throws Exception {
        switch (change) {
            case "changed nothing" -> {
            }
            case "resubmitted" -> resubmit(id, rest);
            case "withdrew" -> withdraw(id, rest);
            case "withdrew and resubmitted" -> {
                withdraw(id, rest);
                resubmit(id, rest);
            }
            case "revised" -> revise(id, rest);
            case "revised and was disputed" -> {
                revise(id, rest);
                Long v = fx.verdict(id);
                run("bob", () -> reviews.dispute(id, v, Rating.MOSTLY_FALSE, "Still not right."));
            }
            default -> throw new IllegalArgumentException(change);
        }
    }

    private void resubmit(long id, boolean rest) throws Exception {
        if (rest) {
            mvc.perform(put("/api/claims/" + id + "/verdict").with(httpBasic("alice", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":\"FALSE\",\"rationale\":\"On second thought.\"}"))
                    .andExpect(status().isOk());
        } else {
            run("alice", () -> claims.submitVerdict(id, Rating.FALSE, "On second thought."));
        }
    }

    private void withdraw(long id, boolean rest) throws Exception {
        if (rest) {
            mvc.perform(post("/api/claims/" + id + "/withdraw").with(httpBasic("alice", "demo"))
                    .contentType(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        } else {
            run("alice", () -> claims.withdraw(id));
        }
    }

    private void revise(long id, boolean rest) throws Exception {
        if (rest) {
            mvc.perform(post("/api/claims/" + id + "/revision").with(httpBasic("alice", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":\"FALSE\",\"rationale\":\"Revised.\"}"))
                    .andExpect(status().isCreated());
        } else {
            run("alice", () -> reviews.reviseDisputed(id, Rating.FALSE, "Revised."));
        }
    }

    private String viaService(String actor, String action, long id, Long seen) {
        try {
            run(actor, () -> {
                switch (action) {
                    case "approve" -> reviews.approve(id, seen, null);
                    case "dispute" -> reviews.dispute(id, seen, Rating.FALSE, "The source says otherwise.");
                    case "second-opinion" -> reviews.secondOpinion(id, seen, Rating.FALSE, "My own reading.");
                    case "settle" -> reviews.settle(id, seen, Rating.HALF_TRUE, "Final call.");
                    case "accept" -> reviews.acceptDisputedRating(id, seen);
                    default -> throw new IllegalArgumentException(action);
                }
            });
        } catch (ConflictException e) {
            return "409";
        } catch (ForbiddenException e) {
            return "403";
        } catch (InvalidInputException e) {
            return "400";
        }
        return state(id).status();
    }

    private String viaRest(String actor, String action, long id, Long seen) throws Exception {
        String path = switch (action) {
            case "approve", "dispute" -> "reviews";
            case "second-opinion" -> "second-opinion";
            case "settle" -> "adjudication";
            case "accept" -> "accept-dispute";
            default -> throw new IllegalArgumentException(action);
        };
        String body = switch (action) {
            case "approve" -> "{\"verdictId\":" + seen + ",\"decision\":\"APPROVE\"}";
            case "dispute" -> "{\"verdictId\":" + seen + ",\"decision\":\"DISPUTE\",\"rating\":\"FALSE\",\"comment\":\"No.\"}";
            case "second-opinion" -> "{\"verdictId\":" + seen + ",\"rating\":\"FALSE\"}";
            case "settle" -> "{\"verdictId\":" + seen + ",\"rating\":\"HALF_TRUE\",\"rationale\":\"Final call.\"}";
            default -> "{\"verdictId\":" + seen + "}";
        };
        MvcResult r = mvc.perform(post("/api/claims/" + id + "/" + path).with(httpBasic(actor, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        int code = r.getResponse().getStatus();
        if (code == 201) return state(id).status();
        return String.valueOf(code);
    }

    // ---- the contract of verdictId -------------------------------------------------------------------------

    @Test
    void bob_cannot_approve_a_verdict_alice_changed_after_he_loaded_it() throws Exception {
        long id = fx.submitted("alice", Rating.UNVERIFIABLE, false);
        // bob's page: GET /api/claims/{id} serves the verdict in force with its id
        MvcResult loaded = mvc.perform(get("/api/claims/" + id).with(httpBasic("bob", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rating").value("UNVERIFIABLE"))
                .andExpect(jsonPath("$.verdictId").isNumber()).andReturn();
        long seen = Long.parseLong(loaded.getResponse().getContentAsString().replaceAll(".*\"verdictId\":(\\d+).*", "$1"));
        assertThat(seen).isEqualTo(fx.verdict(id));
        // alice resubmits FALSE
        mvc.perform(put("/api/claims/" + id + "/verdict").with(httpBasic("alice", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":\"FALSE\",\"rationale\":\"It is false.\"}"))
                .andExpect(status().isOk());
        // bob clicks Approve on his unchanged page
        mvc.perform(post("/api/claims/" + id + "/reviews").with(httpBasic("bob", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdictId\":" + seen + ",\"decision\":\"APPROVE\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("verdictId"));
        State s = state(id);
        assertThat(s.status()).isEqualTo("IN_REVIEW");
        assertThat(s.rating()).isEqualTo(Rating.FALSE);
        assertThat(s.reviews()).isZero();
    }

    @Test
    void every_review_action_without_verdict_id_is_400_naming_verdict_id() throws Exception {
        long inReview = fx.inReview(true);
        long disputed = fx.disputed();
        for (String[] call : List.of(
                new String[] {"carol", "/api/claims/" + inReview + "/second-opinion", "{\"rating\":\"FALSE\"}"},
                new String[] {"carol", "/api/claims/" + fx.inReview(false) + "/reviews", "{\"decision\":\"APPROVE\"}"},
                new String[] {"carol", "/api/claims/" + disputed + "/adjudication", "{\"rating\":\"TRUE\",\"rationale\":\"x\"}"},
                new String[] {"alice", "/api/claims/" + disputed + "/accept-dispute", "{}"})) {
            mvc.perform(post(call[1]).with(httpBasic(call[0], "demo")).contentType(MediaType.APPLICATION_JSON).content(call[2]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("verdictId"));
        }
        assertThat(state(disputed).status()).isEqualTo("DISPUTED");
        assertThat(state(inReview).verdicts()).isEqualTo(1);
    }

    @Test
    void only_the_author_withdraws_and_only_from_review() throws Exception {
        long id = fx.inReview(false);
        mvc.perform(post("/api/claims/" + id + "/withdraw").with(httpBasic("bob", "demo")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/claims/" + id + "/withdraw").with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/claims/" + id + "/withdraw").with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict());
        long checked = fx.checked();
        mvc.perform(post("/api/claims/" + checked + "/withdraw").with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict());
    }

    @Test
    void racing_an_approval_against_a_resubmission_never_checks_a_rating_the_approver_did_not_see() throws Exception {
        for (int round = 0; round < 6; round++) {
            long id = fx.submitted("alice", Rating.UNVERIFIABLE, false);
            Long seen = fx.verdict(id);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var approve = pool.submit(() -> {
                    start.await();
                    return viaService("bob", "approve", id, seen);
                });
                var resubmit = pool.submit(() -> {
                    start.await();
                    try {
                        run("alice", () -> claims.submitVerdict(id, Rating.FALSE, "On second thought."));
                        return "resubmitted";
                    } catch (RuntimeException e) {
                        return e.getClass().getSimpleName();
                    }
                });
                start.countDown();
                String approved;
                try {
                    approved = approve.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    approved = e.getCause().getClass().getSimpleName(); // the loser of the race: optimistic lock, 409
                }
                resubmit.get();
                State s = state(id);
                if (s.status().equals("CHECKED")) {
                    assertThat(s.rating()).as("round %d: CHECKED only with the rating bob saw", round).isEqualTo(Rating.UNVERIFIABLE);
                    assertThat(s.verdictId()).isEqualTo(seen);
                } else {
                    assertThat(s.status()).isEqualTo("IN_REVIEW");
                    assertThat(approved).as("round %d: bob's approval did not happen", round).isNotEqualTo("CHECKED");
                    assertThat(s.reviews()).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
