package org.factmark.article.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.security.SystemAuthentication;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import form checks its fields before asking about a duplicate, and its messages read without API prefixes. */
class ImportDialogUxTest extends KaribuTest {
    @Autowired
    ArticleService articles;

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    private void openImport() {
        loginAs("alice");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, s -> s.withId("import-button")));
    }

    @Test
    void a_bad_url_on_a_duplicate_body_is_reported_before_the_duplicate_question() throws Exception {
        String body = "Stored once " + UUID.randomUUID();
        SystemAuthentication.call(() -> articles.create(new ArticleDraft("Original", null, null, null, "en", body)));
        openImport();
        field("import-title").setValue("Copy");
        field("import-url").setValue("ftp://example.org/x");
        _get(TextArea.class, s -> s.withId("import-body")).setValue(body);
        _click(_get(Button.class, s -> s.withId("import-save")));
        assertThat(_find(ConfirmDialog.class, s -> s.withId("duplicate-confirm"))).as("no duplicate question yet").isEmpty();
        assertThat(field("import-url").isInvalid()).isTrue();
    }

    @Test
    void a_message_next_to_its_field_does_not_repeat_the_field_name() {
        openImport();
        field("import-title").setValue("Bad URL");
        field("import-url").setValue("ftp://example.org/x");
        _get(TextArea.class, s -> s.withId("import-body")).setValue("Some text " + UUID.randomUUID());
        _click(_get(Button.class, s -> s.withId("import-save")));
        assertThat(field("import-url").getErrorMessage())
                .isEqualTo("Use an http or https address, e.g. https://example.org/story.");
    }
}
