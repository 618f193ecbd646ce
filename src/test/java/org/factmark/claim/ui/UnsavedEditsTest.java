package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireReject;
import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.factmark.claim.ui.AnnotatorTestSupport.cp;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.article.ui.ArticlesView;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Text typed in the claim panel is never lost without a word: switching claims or leaving asks first. */
class UnsavedEditsTest extends KaribuTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    long articleId;
    Claim first;
    Claim second;

    @BeforeEach
    void twoClaimsOfAliceInAFreshArticle() {
        loginAs("alice");
        String body = "Relations between Moscow and Beijing have deepened.\n\nTrade reached $245 billion in 2024.";
        articleId = as("alice", () -> articles.create(new ArticleDraft("Unsaved edits " + System.nanoTime(), null, null,
                null, "en", body))).getId();
        int s = cp(body, "Relations between Moscow", 0);
        int t = cp(body, "Trade reached", 0);
        first = as("alice", () -> claims.mark(articleId, s, s + 9, false, ClaimType.OTHER, null));
        second = as("alice", () -> claims.mark(articleId, t, t + 13, false, ClaimType.OTHER, null));
    }

    ArticleView openFirst() {
        UI.getCurrent().navigate("articles/" + articleId + "/claims/" + first.getId());
        return _get(ArticleView.class);
    }

    static TextField claimant() {
        return _get(TextField.class, x -> x.withId("claimant"));
    }

    static ConfirmDialog question() {
        return _get(ConfirmDialog.class, x -> x.withId("unsaved-confirm"));
    }

    static boolean asked() {
        return _find(ConfirmDialog.class, x -> x.withId("unsaved-confirm")).stream().anyMatch(ConfirmDialog::isOpened);
    }

    int row(ArticleView view, long claimId) {
        var rows = GridKt._fetch(view.list, 0, 10_000);
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).id() == claimId) return i;
        throw new AssertionError("no row for claim " + claimId);
    }

    @Test
    void clicking_another_claim_with_a_typed_claimant_asks_and_keep_editing_keeps_the_text_and_the_claim() {
        ArticleView view = openFirst();
        claimant().setValue("Typed, not saved");

        GridKt._clickItem(view.list, row(view, second.getId()));

        assertThat(asked()).as("a question instead of a silent switch").isTrue();
        assertThat(view.selected()).isEqualTo(first.getId());
        _fireConfirm(question()); // Keep editing
        assertThat(view.selected()).isEqualTo(first.getId());
        assertThat(claimant().getValue()).isEqualTo("Typed, not saved");
        assertThat(view.list.asSingleSelect().getValue().id()).as("the list row stays on the open claim").isEqualTo(first.getId());
        assertThat(view.panel.hasUnsavedEdits()).isTrue();
    }

    @Test
    void discard_switches_to_the_other_claim_and_drops_the_typed_text() {
        ArticleView view = openFirst();
        claimant().setValue("Typed, not saved");

        callFromClient(view.body, "highlightClicked", String.valueOf(second.getId()));
        _fireReject(question()); // Discard changes

        assertThat(view.selected()).isEqualTo(second.getId());
        assertThat(claimant().getValue()).isEmpty();
        assertThat(claims.get(first.getId()).getClaimant()).isNull();
    }

    @Test
    void the_keyboard_step_asks_too_when_the_restatement_or_the_verdict_form_was_edited() {
        ArticleView view = openFirst();
        _get(TextArea.class, x -> x.withId("restatement")).setValue("Moscow and Beijing are close.");
        callFromClient(view.body, "step", 1);
        assertThat(asked()).isTrue();
        _fireConfirm(question());
        assertThat(view.selected()).isEqualTo(first.getId());

        openFirst(); // the same claim's link again, or its row clicked again: nothing is asked, the edits stay
        GridKt._clickItem(view.list, row(view, first.getId()));
        assertThat(asked()).isFalse();
        assertThat(_get(TextArea.class, x -> x.withId("restatement")).getValue()).isEqualTo("Moscow and Beijing are close.");
        view.panel.show(first.getId()); // reload, discarding the restatement
        _get(TextArea.class, x -> x.withId("verdict-rationale")).setValue("Because the sources say so.");
        callFromClient(view.body, "step", 1);
        assertThat(asked()).isTrue();
    }

    @Test
    void switching_without_edits_asks_nothing() {
        ArticleView view = openFirst();
        claimant().setValue("Saved first");
        _click(_get(Button.class, x -> x.withId("save-claim")));

        callFromClient(view.body, "step", 1);

        assertThat(asked()).isFalse();
        assertThat(view.selected()).as("the next claim opened at once").isEqualTo(second.getId());
        assertThat(claims.get(first.getId()).getClaimant()).isEqualTo("Saved first");
    }

    @Test
    void leaving_the_view_through_the_menu_asks_and_stays_on_keep_editing() {
        ArticleView view = openFirst();
        claimant().setValue("Typed, not saved");

        UI.getCurrent().navigate(""); // the menu's Articles link

        assertThat(asked()).isTrue();
        _fireConfirm(question());
        assertThat(_find(ArticleView.class)).containsExactly(view);
        assertThat(claimant().getValue()).isEqualTo("Typed, not saved");

        UI.getCurrent().navigate("");
        _fireReject(question());
        assertThat(_find(ArticleView.class)).isEmpty();
        assertThat(_find(ArticlesView.class)).hasSize(1);
    }

    @Test
    void a_link_to_another_claim_of_the_same_article_asks_before_it_drops_the_edits() {
        ArticleView view = openFirst();
        claimant().setValue("Typed, not saved");

        UI.getCurrent().navigate("articles/" + articleId + "/claims/" + second.getId());

        assertThat(asked()).isTrue();
        assertThat(view.selected()).isEqualTo(first.getId());
        _fireReject(question());
        assertThat(view.selected()).isEqualTo(second.getId());
    }

    @Test
    void submitting_the_verdict_saves_what_was_typed_in_the_claim_fields_instead_of_dropping_it() {
        openFirst();
        claimant().setValue("Ushakov");
        @SuppressWarnings("unchecked")
        var rating = (com.vaadin.flow.component.select.Select<Rating>) _get(com.vaadin.flow.component.select.Select.class,
                x -> x.withId("verdict-rating"));
        rating.setValue(Rating.UNVERIFIABLE);
        _get(TextArea.class, x -> x.withId("verdict-rationale")).setValue("No source can confirm it.");

        _click(_get(Button.class, x -> x.withId("submit-verdict")));

        assertThat(claims.get(first.getId()).getClaimant()).isEqualTo("Ushakov");
        assertThat(claimant().getValue()).isEqualTo("Ushakov");
        assertThat(_get(ArticleView.class).panel.hasUnsavedEdits()).isFalse();
    }
}
