package org.factmark.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.factmark.export.ExportFilter;
import org.factmark.export.ExportFormat;
import org.factmark.export.ExportService;
import org.factmark.security.SystemAuthentication;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExportViewTest extends KaribuTest {
    @Autowired
    ExportService exports;

    private static String matching(long n) {
        return String.format(Locale.ROOT, "%,d claims match", n).replace(',', '\u202F');
    }

    @Test
    void shows_how_many_checked_claims_match_and_offers_a_download_link() throws Exception {
        loginAs("alice");
        UI.getCurrent().navigate("export");
        long checked = SystemAuthentication.call(() -> exports.count(ExportFilter.CHECKED));
        assertThat(_get(Span.class, spec -> spec.withId("export-count")).getText()).isEqualTo(matching(checked));
        Anchor link = _get(Anchor.class, spec -> spec.withId("export-download"));
        assertThat(link.getHref()).as("served by a download handler").startsWith("VAADIN/dynamic/resource/");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void choosing_all_claims_updates_the_count_and_bom_is_only_for_csv() throws Exception {
        loginAs("carol");
        UI.getCurrent().navigate("export");
        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, spec -> spec.withId("export-status"));
        status.setValue("ALL");
        long all = SystemAuthentication.call(() -> exports.count(ExportFilter.ALL));
        assertThat(_get(Span.class, spec -> spec.withId("export-count")).getText()).isEqualTo(matching(all));

        Checkbox bom = _get(Checkbox.class, spec -> spec.withId("export-bom"));
        assertThat(bom.isEnabled()).isTrue();
        assertThat(bom.getValue()).as("the byte order mark is on by default in the UI, for spreadsheets").isTrue();
        @SuppressWarnings("unchecked")
        Select<ExportFormat> format = _get(Select.class, spec -> spec.withId("export-format"));
        format.setValue(ExportFormat.JSONL);
        assertThat(bom.isEnabled()).isFalse();
    }
}
