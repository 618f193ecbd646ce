package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.factmark.claim.ui.AnnotatorTestSupport.cp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The annotator's keys on the server side: ? help, digit keys for the type, the default type, and who sees what. */
class AnnotatorKeysTest extends KaribuTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    long articleId;
    String body;

    @BeforeEach
    void seedArticle() {
        loginAs("alice");
        articleId = AnnotatorTestSupport.articleId(articles, "Japan and Poland sign semiconductor pact");
        body = articles.get(articleId).getBody();
    }

    ArticleView open(String user) {
        loginAs(user);
        UI.getCurrent().navigate("articles/" + articleId);
        return _get(ArticleView.class);
    }

    /** All text the view shows (component texts and element texts, help dialog excluded unless open). */
    static String allText(Component root) {
        StringBuilder b = new StringBuilder();
        collect(root.getElement(), b);
        return b.toString();
    }

    static void collect(Element e, StringBuilder b) {
        if (e.isTextNode()) b.append(e.getText()).append('\n');
        for (String a : List.of("aria-label", "title")) if (e.hasAttribute(a)) b.append(e.getAttribute(a)).append('\n');
        e.getChildren().forEach(c -> collect(c, b));
    }

    static String helpText() {
        Dialog d = _get(Dialog.class, s -> s.withId("keyboard-help"));
        StringBuilder b = new StringBuilder();
        collect(d.getElement(), b);
        return b.toString();
    }

    @Test
    void a_reviewer_without_the_annotator_role_sees_no_marking_hint_button_or_key() {
        ArticleView view = open("carol");
        String shown = allText(view);
        assertFalse(shown.contains("then M"), shown);
        assertFalse(shown.contains("press M"), shown);
        assertFalse(shown.contains("M marks"), shown);
        assertTrue(_find(Button.class, s -> s.withId("mark-claim")).stream().noneMatch(Component::isVisible));
        assertEquals("false", view.body.getElement().getAttribute("data-can-mark"));

        callFromClient(view.body, "showHelp");
        String help = helpText();
        assertTrue(help.contains("next / previous claim"), help);
        assertFalse(help.contains("mark the selection"), help);
        assertFalse(help.contains("set its type"), help);
    }

    @Test
    void an_annotator_sees_how_to_mark_and_the_help_lists_every_key() {
        ArticleView view = open("alice");
        assertTrue(allText(view).contains("then M"));
        assertEquals("true", view.body.getElement().getAttribute("data-can-mark"));
        callFromClient(view.body, "showHelp");
        String help = helpText();
        for (KeyboardHelp.Key k : KeyboardHelp.ALL) assertTrue(help.contains(k.where()), k.where());
        assertTrue(help.contains("mark the selection as a claim"));
        // the help button opens the same dialog
        _get(Dialog.class, s -> s.withId("keyboard-help")).close();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(Button.class, s -> s.withId("keyboard-help-button")));
        assertTrue(_get(Dialog.class, s -> s.withId("keyboard-help")).isOpened());
    }

    @Test
    void a_new_claim_starts_with_the_type_its_text_suggests_and_digit_keys_change_it() {
        ArticleView view = open("alice");
        String quote = "rose 12.4% to ¥9.8 trillion";
        int start = cp(body, quote, 0);
        callFromClient(view.body, "markSelection", start, start + quote.codePointCount(0, quote.length()));
        long id = view.selected();
        assertEquals(ClaimType.STATISTIC, claims.get(id).getType());

        callFromClient(view.body, "chooseType", 2);
        assertEquals(ClaimType.DATE_EVENT, claims.get(id).getType());
        assertEquals(ClaimType.DATE_EVENT, view.panel.type.getValue());
        callFromClient(view.body, "chooseType", 9); // no ninth type: nothing happens
        assertEquals(ClaimType.DATE_EVENT, claims.get(id).getType());
    }

    @Test
    void digit_keys_do_not_change_a_colleagues_claim() {
        int start = cp(body, "Tokyo and Warsaw", 0);
        Claim bobs = as("bob", () -> claims.mark(articleId, start, start + 5, false, ClaimType.OTHER, null));
        ArticleView view = open("alice");
        UI.getCurrent().navigate("articles/" + articleId + "/claims/" + bobs.getId());
        callFromClient(view.body, "chooseType", 3);
        assertEquals(ClaimType.OTHER, as("bob", () -> claims.get(bobs.getId()).getType()));
    }

}
