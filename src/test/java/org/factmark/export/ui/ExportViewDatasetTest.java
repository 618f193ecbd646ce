package org.factmark.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import org.factmark.export.ExportFormat;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/** The export view offers the spreadsheet, the CheckThat! sentences and the dataset card. */
class ExportViewDatasetTest extends KaribuTest {

    @Test
    void xlsx_and_checkthat_are_offered_and_the_dataset_card_is_a_download_next_to_the_export() {
        loginAs("alice");
        UI.getCurrent().navigate("export");
        @SuppressWarnings("unchecked")
        Select<ExportFormat> format = _get(Select.class, spec -> spec.withId("export-format"));
        assertThat(format.getListDataView().getItems()).contains(ExportFormat.XLSX, ExportFormat.CHECKTHAT);
        format.setValue(ExportFormat.CHECKTHAT);
        Anchor card = _get(Anchor.class, spec -> spec.withId("export-card"));
        assertThat(card.getText()).isEqualTo("Dataset card");
        assertThat(card.getHref()).as("served by a download handler").startsWith("VAADIN/dynamic/resource/");
        assertThat(card.getElement().hasAttribute("download")).isTrue();
        assertThat(card.isEnabled()).isTrue();
    }
}
