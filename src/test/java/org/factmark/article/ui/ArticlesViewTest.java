package org.factmark.article.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.security.SystemAuthentication;
import org.factmark.security.ui.LoginView;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ArticlesViewTest extends KaribuTest {
    static final String SEED_TITLE = "China invites Putin to WWII \u2018Victory Day\u2019 celebrations \u2013 Kremlin";

    @Autowired
    ArticleService articles;

    @SuppressWarnings("unchecked")
    private static Grid<ArticleSummary> grid() {
        return _get(Grid.class, s -> s.withId("articles-grid"));
    }

    private static List<String> titles(Grid<ArticleSummary> grid) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) titles.add(_get(grid, i).title());
        return titles;
    }

    private long count() throws Exception {
        return SystemAuthentication.call(() -> articles.count(""));
    }

    private void openImport() {
        loginAs("alice");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("import-button")));
        _get(ImportDialog.class, s -> s.withId("import-dialog"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @Test
    void the_grid_lists_the_seed_articles_with_claim_columns() throws Exception {
        loginAs("alice");
        UI.getCurrent().navigate("");
        Grid<ArticleSummary> grid = grid();
        assertThat(_size(grid)).isEqualTo((int) count());
        assertThat(titles(grid)).contains(SEED_TITLE);
        int row = titles(grid).indexOf(SEED_TITLE);
        assertThat(_getFormatted(grid, row, "publisher")).isEqualTo("RT");
        assertThat(_getFormatted(grid, row, "publishedAt")).isEqualTo("2025-01-21");
        assertThat(_getFormatted(grid, row, "DRAFT")).matches("\\d+");
        assertThat(_getFormatted(grid, row, "total")).matches("\\d+");
        assertThat(grid.getColumns().stream().map(c -> c.getHeaderText()).toList())
                .contains("Draft", "In review", "Checked", "Disputed", "Claims");
    }

    @Test
    void search_filters_the_grid_by_title() {
        loginAs("carol");
        UI.getCurrent().navigate("");
        TextField search = field("article-search");
        search.setValue("victory day");
        assertThat(titles(grid())).containsExactly(SEED_TITLE);
        search.setValue("no title has these words " + UUID.randomUUID());
        assertThat(_size(grid())).isZero();
        search.clear();
        assertThat(_size(grid())).isGreaterThanOrEqualTo(7);
    }

    @Test
    void search_ignores_case_and_accents() throws Exception {
        String title = "Wizyta w Łodzi i Poznaniu " + UUID.randomUUID();
        SystemAuthentication.run(() -> articles.create(new org.factmark.article.ArticleDraft(title, null, "Desk", null,
                "pl", "Tekst o Łodzi " + UUID.randomUUID())));
        loginAs("carol");
        UI.getCurrent().navigate("");
        field("article-search").setValue("LODZI");
        assertThat(titles(grid())).containsExactly(title);
        field("article-search").setValue("w łodzi i poznaniu");
        assertThat(titles(grid())).containsExactly(title);
        assertThat(SystemAuthentication.call(() -> articles.count("lodzi i POZNANIU"))).isEqualTo(1);
    }

    @Test
    void an_empty_search_result_says_so_instead_of_showing_a_blank_grid() {
        loginAs("carol");
        UI.getCurrent().navigate("");
        String words = "no title has these words " + UUID.randomUUID();
        field("article-search").setValue(words);
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).contains("No article title matches").contains(words);
    }

    @Test
    void reviewer_without_annotator_role_sees_no_import_button() {
        loginAs("carol");
        UI.getCurrent().navigate("");
        _assertNone(Button.class, s -> s.withId("import-button"));
    }

    @Test
    void import_dialog_refuses_an_empty_body_shows_the_error_and_stores_nothing() throws Exception {
        long before = count();
        openImport();
        field("import-title").setValue("Empty one");
        _click(_get(Button.class, s -> s.withId("import-save")));
        TextArea body = _get(TextArea.class, s -> s.withId("import-body"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("empty");
        assertThat(count()).isEqualTo(before);
        _get(ImportDialog.class); // still open
    }

    @Test
    void import_dialog_shows_a_bad_url_next_to_the_url_field_and_stores_nothing() throws Exception {
        long before = count();
        openImport();
        field("import-title").setValue("Bad URL");
        field("import-url").setValue("ftp://example.org/x");
        _get(TextArea.class, s -> s.withId("import-body")).setValue("Some text " + UUID.randomUUID());
        _click(_get(Button.class, s -> s.withId("import-save")));
        assertThat(field("import-url").isInvalid()).isTrue();
        assertThat(field("import-url").getErrorMessage()).contains("http");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_pasted_article_is_stored_normalised_and_appears_in_the_grid() throws Exception {
        long before = count();
        openImport();
        String title = "Pasted " + UUID.randomUUID();
        field("import-title").setValue(title);
        field("import-publisher").setValue("Desk");
        _get(TextArea.class, s -> s.withId("import-body")).setValue("Caf\u0065\u0301 opens.\r\n\r\n\r\nSecond paragraph.");
        _click(_get(Button.class, s -> s.withId("import-save")));
        _assertNone(ImportDialog.class);
        assertThat(count()).isEqualTo(before + 1);
        Article stored = SystemAuthentication.call(() ->
                articles.get(articles.list(title, PageRequest.of(0, 1)).getFirst().id()));
        // the new article opens at once, ready for marking
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("articles/" + stored.getId());
        assertThat(stored.getBody()).isEqualTo("Caf\u00e9 opens.\n\nSecond paragraph.");
        assertThat(stored.getLanguage()).isEqualTo("en");
    }

    @Test
    void pasting_a_body_that_is_already_stored_asks_before_importing_a_copy() throws Exception {
        String body = "Duplicate body " + UUID.randomUUID();
        openImport();
        field("import-title").setValue("First");
        _get(TextArea.class, s -> s.withId("import-body")).setValue(body);
        _click(_get(Button.class, s -> s.withId("import-save")));
        long afterFirst = count();

        UI.getCurrent().navigate(""); // the first import opened its article; back to the list
        _click(_get(Button.class, s -> s.withId("import-button")));
        field("import-title").setValue("Second");
        _get(TextArea.class, s -> s.withId("import-body")).setValue(body + "\r\n");
        _click(_get(Button.class, s -> s.withId("import-save")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("duplicate-confirm"));
        assertThat(confirm.isOpened()).isTrue();
        assertThat(count()).isEqualTo(afterFirst);
    }

    @SuppressWarnings("unchecked")
    private static void chooseUpload() {
        _get(RadioButtonGroup.class, s -> s.withId("import-source")).setValue(ImportDialog.UPLOAD);
    }

    @Test
    void an_uploaded_non_utf8_txt_gets_a_clear_message_and_nothing_is_stored() throws Exception {
        long before = count();
        openImport();
        chooseUpload();
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), "latin1.txt", "text/plain",
                "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".getBytes(StandardCharsets.ISO_8859_1));
        MockVaadin.clientRoundtrip(false);
        Span error = _get(Span.class, s -> s.withId("import-file-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("not UTF-8");
        field("import-title").setValue("Latin-1");
        _click(_get(Button.class, s -> s.withId("import-save")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_uploaded_html_file_prefills_the_title_and_is_stored_as_text() throws Exception {
        long before = count();
        openImport();
        chooseUpload();
        String unique = UUID.randomUUID().toString();
        String html = "<html><head><title>Ignored</title></head><body><nav>Menu</nav><h1>Upload " + unique
                + "</h1><p>First para.</p><p>Second para.</p><script>x()</script></body></html>";
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), "story.html", "text/html",
                html.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(field("import-title").getValue()).isEqualTo("Upload " + unique);
        _click(_get(Button.class, s -> s.withId("import-save")));
        assertThat(count()).isEqualTo(before + 1);
        Article stored = SystemAuthentication.call(() ->
                articles.get(articles.list(unique, PageRequest.of(0, 1)).getFirst().id()));
        // the <h1> became the title, so it is not repeated as the first paragraph (decisions/119)
        assertThat(stored.getBody()).isEqualTo("First para.\n\nSecond para.");
    }

    @Test
    void anonymous_user_is_sent_to_the_login_view() {
        UI.getCurrent().navigate("");
        assertThat(_find(LoginView.class)).hasSize(1);
        _assertNone(Grid.class, s -> s.withId("articles-grid"));
    }
}
