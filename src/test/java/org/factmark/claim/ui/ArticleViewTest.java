package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.factmark.claim.ui.AnnotatorTestSupport.asRun;
import static org.factmark.claim.ui.AnnotatorTestSupport.cp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.factmark.article.ArticleService;
import org.factmark.base.CodePoints;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annotator view, browserless: marking, drawing, overlaps, the claim panel's rules, conflicts, escaping. */
class ArticleViewTest extends KaribuTest {
    static final String XSS = "<img src=x onerror=alert(1)>";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    long articleId;
    String body;

    @BeforeEach
    void openSeedArticle() {
        loginAs("alice");
        articleId = AnnotatorTestSupport.articleId(articles, "Victory Day");
        body = articles.get(articleId).getBody();
    }

    ArticleView open() {
        UI.getCurrent().navigate("articles/" + articleId);
        return _get(ArticleView.class);
    }

    ArticleView open(long claimId) {
        UI.getCurrent().navigate("articles/" + articleId + "/claims/" + claimId);
        return _get(ArticleView.class);
    }

    ArticleBody articleBody() {
        return _get(ArticleBody.class);
    }

    /** Marks [start, end) the way the browser does: through Flow's RPC handler into the @ClientCallable. */
    Claim markFromBrowser(int start, int end) {
        ArticleView view = _get(ArticleView.class);
        Long before = view.selected();
        callFromClient(articleBody(), "markSelection", start, end);
        assertNotNull(view.selected(), "the new claim is selected");
        assertFalse(view.selected().equals(before));
        return claims.get(view.selected());
    }

    /** The highlight spans covering the claim, in document order. */
    List<Element> highlightsOf(long claimId) {
        return articleBody().highlightElements().stream()
                .filter(s -> Arrays.asList(s.getAttribute("data-claim-ids").split(" ")).contains(String.valueOf(claimId)))
                .toList();
    }

    static String ids(Element s) {
        return s.getAttribute("data-claim-ids");
    }

    @Test
    void marking_a_selection_saves_its_exact_quote_and_shows_the_highlight_and_list_row_at_once() {
        ArticleView view = open();
        int rows = _size(view.list);
        int start = cp(body, "Chinese President Xi Jinping has invited", 0);
        int end = start + CodePoints.length("Chinese President Xi Jinping has invited");

        Claim c = markFromBrowser(start, end);

        assertEquals(CodePoints.slice(body, start, end), c.getQuote());
        assertEquals(start, c.getStart());
        assertEquals(end, c.getEnd());
        assertEquals("alice", c.getAuthor().getUsername());
        assertEquals(CodePoints.before(body, start, 32), c.getPrefix());
        List<Element> hl = highlightsOf(c.getId());
        assertEquals(1, hl.size());
        assertEquals(c.getQuote(), hl.get(0).getText());
        assertTrue(hl.get(0).getClassList().contains("hl-draft"));
        assertEquals(rows + 1, _size(view.list));
        assertEquals(c.getQuote(), _get(Span.class, s -> s.withId("claim-quote")).getText());
    }

    @Test
    void marking_sends_only_the_new_claims_data_and_leaves_every_paragraph_as_it_was() {
        open();
        ArticleBody b = articleBody();
        List<Element> paragraphs = b.getElement().getChildren().toList();
        List<Object> nodesBefore = paragraphs.stream().map(p -> (Object) p.getChild(0).getNode()).toList();
        int target = cp(body, "Relations between Moscow and Beijing", 0);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        // the server side of markSelection (an RPC round trip through Karibu would flush the invocations)
        ArticleView view = _get(ArticleView.class);
        assertTrue(view.markClaim(target, target + CodePoints.length("Relations between Moscow and Beijing")));
        Claim c = claims.get(view.selected());

        assertEquals(nodesBefore, b.getElement().getChildren().map(p -> (Object) p.getChild(0).getNode()).toList(),
                "no paragraph is rebuilt on the server");
        for (Element p : paragraphs) assertEquals(1, p.getChildCount(), "a paragraph is one text node, no spans or listeners");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse(); // Element.executeJs waits for it
        List<String> sent = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("FactmarkAnnotator.put"))
                .flatMap(i -> i.getInvocation().getParameters().stream().filter(String.class::isInstance).map(String.class::cast))
                .toList();
        assertEquals(List.of(c.getId() + "," + c.getStart() + "," + c.getEnd() + ",draft"), sent,
                "one claim's data goes to the browser");
    }

    @Test
    void overlapping_and_nested_claims_are_all_drawn_with_their_depth() {
        open();
        String sentence = "During a video call on Tuesday, the two leaders reaffirmed their nations’ strategic partnership";
        int s = cp(body, sentence, 0), e = s + CodePoints.length(sentence);
        Claim outer = markFromBrowser(s, e);
        Claim nested = markFromBrowser(s + 9, s + 19);                // "video call"
        Claim overlapping = markFromBrowser(e - 11, e + 12);          // "partnership, addressing"

        assertEquals("video call", nested.getQuote());
        List<Element> nestedSegs = highlightsOf(nested.getId());
        assertEquals(1, nestedSegs.size());
        assertTrue(ids(nestedSegs.get(0)).contains(String.valueOf(outer.getId())), "the nested segment also belongs to the outer claim");
        assertEquals("2", nestedSegs.get(0).getAttribute("data-depth"));
        assertEquals("video call", nestedSegs.get(0).getText());

        List<Element> overlapSegs = highlightsOf(overlapping.getId());
        String both = overlapSegs.stream().filter(x -> ids(x).contains(String.valueOf(outer.getId())))
                .map(Element::getText).findFirst().orElseThrow();
        assertEquals("partnership", both);
        assertEquals(overlapping.getQuote(), String.join("", overlapSegs.stream().map(Element::getText).toList()));
        assertEquals(outer.getQuote(), String.join("", highlightsOf(outer.getId()).stream().map(Element::getText).toList()));
        // the paragraph still reads exactly as the article
        Element p = articleBody().getElement().getChildren().filter(x -> x.getTextRecursively().contains(sentence))
                .findFirst().orElseThrow();
        int o = Integer.parseInt(p.getAttribute("data-o"));
        assertEquals(CodePoints.slice(body, o, o + Integer.parseInt(p.getAttribute("data-len"))), p.getTextRecursively());
    }

    @Test
    void clicking_where_claims_overlap_lets_the_user_pick_either_claim() {
        open();
        int s = cp(body, "the defeat of Japan in World War II", 0);
        Claim a = markFromBrowser(s, s + CodePoints.length("the defeat of Japan in World War II"));
        Claim b = markFromBrowser(s + CodePoints.length("the defeat of "), s + CodePoints.length("the defeat of Japan"));

        callFromClient(articleBody(), "highlightClicked", a.getId() + " " + b.getId());

        _get(Button.class, x -> x.withId("choose-claim-" + a.getId()));
        _click(_get(Button.class, x -> x.withId("choose-claim-" + b.getId())));
        assertEquals(b.getId(), _get(ArticleView.class).selected());
        assertEquals("Japan", _get(Span.class, x -> x.withId("claim-quote")).getText());

        callFromClient(articleBody(), "highlightClicked", String.valueOf(a.getId()));
        assertEquals(a.getId(), _get(ArticleView.class).selected(), "a single claim opens directly");
    }

    @Test
    void a_shared_claim_link_opens_that_claim() {
        int s = cp(body, "Ushakov added that Moscow", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 7, false, ClaimType.QUOTATION, "Ushakov"));
        ArticleView view = open(c.getId());
        assertEquals(c.getId(), view.selected());
        assertEquals("Ushakov", _get(TextField.class, x -> x.withId("claimant")).getValue());
        assertEquals(ClaimType.QUOTATION, view.panel.type.getValue());
    }

    @Test
    void keyboard_next_and_previous_walk_the_claims_in_reading_order() {
        int s = cp(body, "Relations between Moscow", 0);
        Claim first = as("alice", () -> claims.mark(articleId, s, s + 9, false, ClaimType.OTHER, null));
        Claim second = as("alice", () -> claims.mark(articleId, s + 18, s + 24, false, ClaimType.OTHER, null));
        ArticleView view = open(first.getId());
        List<Long> order = claims.listForArticle(articleId).stream().map(Claim::getId).toList();
        int i = order.indexOf(first.getId());
        callFromClient(articleBody(), "step", 1);
        assertEquals(order.get(i + 1), view.selected());
        assertEquals(second.getId(), view.selected());
        callFromClient(articleBody(), "step", -1);
        assertEquals(first.getId(), view.selected());
    }

    @Test
    void the_list_filters_by_status_and_type() {
        int s = cp(body, "Read more", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 9, false, ClaimType.PREDICTION, null));
        ArticleView view = open();
        int all = _size(view.list);
        view.typeFilter.setValue(ClaimType.PREDICTION);
        int predictions = _size(view.list);
        assertTrue(predictions >= 1 && predictions <= all);
        for (int r = 0; r < predictions; r++) assertEquals(ClaimType.PREDICTION, com.github.mvysny.kaributesting.v10.GridKt._get(view.list, r).type());
        view.statusFilter.setValue(ClaimStatus.CHECKED);
        assertEquals(0, com.github.mvysny.kaributesting.v10.GridKt._fetch(view.list, 0, 1000).stream()
                .filter(x -> x.id() == c.getId()).count());
    }

    @Test
    void a_save_after_someone_else_changed_the_claim_is_refused_with_a_reload_offer() {
        int s = cp(body, "Beijing have deepened considerably", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 7, false, ClaimType.OTHER, null));
        open(c.getId());
        _get(TextField.class, x -> x.withId("claimant")).setValue("Alice's claimant");

        // meanwhile an admin edits the same claim
        asRun("admin", () -> claims.update(c.getId(), c.getVersion(), ClaimType.CAUSAL, "Admin's claimant", "restated by admin"));

        _click(_get(Button.class, x -> x.withId("save-claim")));

        assertEquals("Someone else changed this claim after you opened it. Your change was not saved.",
                _get(Span.class, x -> x.withId("stale-edit-message")).getText());
        Claim now = claims.get(c.getId());
        assertEquals("Admin's claimant", now.getClaimant());
        assertEquals(ClaimType.CAUSAL, now.getType());

        _click(_get(Button.class, x -> x.withId("stale-edit-reload")));
        assertEquals("Admin's claimant", _get(TextField.class, x -> x.withId("claimant")).getValue());
        assertEquals("restated by admin", _get(TextArea.class, x -> x.withId("restatement")).getValue());
        // after the reload the user's save goes through
        _get(TextField.class, x -> x.withId("claimant")).setValue("Alice again");
        _click(_get(Button.class, x -> x.withId("save-claim")));
        assertEquals("Alice again", claims.get(c.getId()).getClaimant());
    }

    @Test
    void own_saves_in_a_row_do_not_conflict_with_each_other_or_with_adding_sources() {
        int s = cp(body, "strategic partnership", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 9, false, ClaimType.OTHER, null));
        open(c.getId());
        _get(TextField.class, x -> x.withId("claimant")).setValue("first");
        _click(_get(Button.class, x -> x.withId("save-claim")));
        addSource("https://example.org/a", "A source", Stance.CONTEXT);
        _get(TextField.class, x -> x.withId("claimant")).setValue("second");
        _click(_get(Button.class, x -> x.withId("save-claim")));
        assertEquals("second", claims.get(c.getId()).getClaimant());
        assertTrue(_find(Span.class, x -> x.withId("stale-edit-message")).isEmpty());
    }

    void addSource(String url, String title, Stance stance) {
        _click(_get(Button.class, x -> x.withId("add-source")));
        _get(TextField.class, x -> x.withId("source-url")).setValue(url);
        _get(TextField.class, x -> x.withId("source-title")).setValue(title);
        @SuppressWarnings("unchecked")
        Select<Stance> st = _get(Select.class, x -> x.withId("source-stance"));
        st.setValue(stance);
        _click(_get(Button.class, x -> x.withId("save-source")));
    }

    @Test
    void a_source_needs_an_http_address() {
        int s = cp(body, "military parade", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 15, false, ClaimType.OTHER, null));
        open(c.getId());
        addSource("javascript:alert(1)", "Bad", Stance.SUPPORTS);
        TextField url = _get(TextField.class, x -> x.withId("source-url"));
        assertTrue(url.isInvalid());
        assertEquals(0, claims.sources(c.getId()).size());
        url.setValue("https://example.org/ok");
        _click(_get(Button.class, x -> x.withId("save-source")));
        assertEquals(1, claims.sources(c.getId()).size());
        assertEquals("https://example.org/ok", claims.sources(c.getId()).get(0).getUrl());
    }

    @Test
    void what_users_typed_is_shown_as_literal_text_never_as_markup() {
        int s = cp(body, "Red Square", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 10, false, ClaimType.OTHER, XSS));
        asRun("alice", () -> {
            claims.addSource(c.getId(), new SourceInput("https://example.org/x", XSS, XSS, XSS, LocalDate.now(), Stance.REFUTES));
            claims.submitVerdict(c.getId(), Rating.FALSE, XSS);
        });
        open(c.getId());

        assertEquals(XSS, _get(Span.class, x -> x.withClasses("source-title-text")).getText());
        assertEquals(XSS, _get(Div.class, x -> x.withClasses("excerpt")).getText());
        assertEquals(XSS, _get(Div.class, x -> x.withId("verdict-rationale-text")).getText());
        assertEquals(XSS, _get(TextField.class, x -> x.withId("claimant")).getValue());
        assertTrue(_find(Html.class).isEmpty(), "no Html component anywhere in the annotator");
        _get(Div.class, x -> x.withId("claim-history"));
    }

    @Test
    void only_the_author_sees_delete_and_edit_controls_of_a_draft() {
        int s = cp(body, "New Year video call", 0);
        Claim bobs = as("bob", () -> claims.mark(articleId, s, s + 8, false, ClaimType.OTHER, null));
        open(bobs.getId());
        assertTrue(_find(Button.class, x -> x.withId("delete-claim")).isEmpty());
        assertTrue(_find(Button.class, x -> x.withId("save-claim")).isEmpty());
        assertTrue(_find(Button.class, x -> x.withId("add-source")).isEmpty());
        assertTrue(_find(Button.class, x -> x.withId("submit-verdict")).isEmpty());
        assertTrue(_get(TextField.class, x -> x.withId("claimant")).isReadOnly());

        loginAs("bob");
        open(bobs.getId());
        _click(_get(Button.class, x -> x.withId("delete-claim")));
        _click(_get(Button.class, x -> x.withId("confirm-delete")));
        assertTrue(claims.listForArticle(articleId).stream().noneMatch(x -> x.getId().equals(bobs.getId())));
        assertTrue(highlightsOf(bobs.getId()).isEmpty());
        assertEquals(null, _get(ArticleView.class).selected());
    }

    @Test
    void a_verdict_needs_a_source_unless_unverifiable_and_submitting_moves_the_claim_to_review() {
        int s = cp(body, "September 3 in Beijing", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 11, false, ClaimType.DATE_EVENT, null));
        ArticleView view = open(c.getId());
        ClaimPanel panel = view.panel;

        panel.rating.setValue(Rating.FALSE);
        panel.rationale.setValue("");
        _click(_get(Button.class, x -> x.withId("submit-verdict")));
        assertEquals("Choose a rating and write a rationale.", _get(Span.class, x -> x.withId("verdict-error")).getText());

        panel.rationale.setValue("The date is wrong.");
        _click(_get(Button.class, x -> x.withId("submit-verdict")));
        assertTrue(_get(Span.class, x -> x.withId("verdict-error")).getText().contains("source"));
        assertEquals(ClaimStatus.DRAFT, claims.get(c.getId()).getStatus());

        panel.rating.setValue(Rating.UNVERIFIABLE);
        _click(_get(Button.class, x -> x.withId("submit-verdict")));
        assertEquals(ClaimStatus.IN_REVIEW, claims.get(c.getId()).getStatus());
        assertEquals("In review", _get(Span.class, x -> x.withId("claim-status")).getText());
        assertTrue(highlightsOf(c.getId()).get(0).getClassList().contains("hl-in_review"), "the highlight takes the new status");
        assertTrue(_find(Button.class, x -> x.withId("delete-claim")).isEmpty(), "no delete once submitted");
        assertTrue(_get(Div.class, x -> x.withId("claim-history")).getElement().getTextRecursively().contains("submitted the verdict Unverifiable"));
    }

    @Test
    void a_selection_ending_inside_a_flag_saves_the_whole_flag() {
        long chips = AnnotatorTestSupport.articleId(articles, "Japan and Poland");
        String text = articles.get(chips).getBody();
        UI.getCurrent().navigate("articles/" + chips);
        int flag = cp(text, "🇵🇱 Poland wants", 0);
        callFromClient(articleBody(), "markSelection", flag - 1, flag + 1); // “ and the first regional indicator
        Claim c = claims.get(_get(ArticleView.class).selected());
        assertEquals("“🇵🇱", c.getQuote());
        assertEquals(flag + 2, c.getEnd());
    }

    @Test
    void sources_can_be_edited_and_removed_in_the_panel() {
        int s = cp(body, "trade value hits record high", 0);
        Claim c = as("alice", () -> claims.mark(articleId, s, s + 11, false, ClaimType.STATISTIC, null));
        open(c.getId());
        addSource("https://example.org/first", "First title", Stance.SUPPORTS);
        long sourceId = claims.sources(c.getId()).get(0).getId();

        _click(_get(Button.class, x -> x.withId("edit-source-" + sourceId)));
        _get(TextField.class, x -> x.withId("source-title")).setValue("Corrected title");
        _click(_get(Button.class, x -> x.withId("save-source")));
        assertEquals("Corrected title", claims.sources(c.getId()).get(0).getTitle());
        assertEquals("Corrected title", _get(Span.class, x -> x.withClasses("source-title-text")).getText());

        _click(_get(Button.class, x -> x.withId("remove-source-" + sourceId)));
        assertTrue(claims.sources(c.getId()).isEmpty());
        assertTrue(_find(Span.class, x -> x.withClasses("source-title-text")).isEmpty());
        assertTrue(_get(Div.class, x -> x.withId("claim-history")).getElement().getTextRecursively().contains("removed source"));
    }

    @Test
    void a_link_to_a_claim_that_is_not_in_the_article_opens_the_article_without_a_claim() {
        ArticleView view = open(Long.MAX_VALUE);
        assertEquals(null, view.selected());
        _get(Paragraph.class, x -> x.withId("claim-panel-empty"));
    }

    @Test
    void a_reviewer_without_annotator_role_reads_but_cannot_mark() {
        loginAs("carol");
        open();
        assertTrue(_find(Button.class, x -> x.withId("mark-claim")).isEmpty());
        _get(ArticleBody.class);
    }
}
