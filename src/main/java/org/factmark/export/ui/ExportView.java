package org.factmark.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.Rating;
import org.factmark.export.DatasetCardDownload;
import org.factmark.export.DatasetCardService;
import org.factmark.export.ExportDownload;
import org.factmark.export.ExportFilter;
import org.factmark.export.ExportFormat;
import org.factmark.export.ExportService;
import org.factmark.export.ExportService.ArticleOption;

/**
 * Export: choose a format and filters, see how many claims match, download. The download streams from the
 * database through a DownloadHandler (outside the session lock); while it runs the view polls for progress.
 */
@Route("export")
@PageTitle("Export | Factmark")
@PermitAll
public class ExportView extends VerticalLayout {
    static final String ALL = "ALL";
    static final String CHECKED = "CHECKED";

    private final ExportService exports;
    private final Select<ExportFormat> format = new Select<>();
    private final Select<String> status = new Select<>();
    private final ComboBox<ArticleOption> article = new ComboBox<>("Article");
    private final DatePicker from = new DatePicker("From (checked on)");
    private final DatePicker to = new DatePicker("To");
    private final Select<Rating> rating = new Select<>();
    private final ComboBox<String> annotator = new ComboBox<>("Annotator");
    private final Checkbox bom = new Checkbox("Byte order mark for Excel (CSV)");
    private final Span count = new Span();
    private final Anchor download;
    private final Anchor card;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private volatile ExportDownload.Request current;
    private volatile long expected;
    private volatile UI ui;

    public ExportView(ExportService exports, DatasetCardService cards) {
        this.exports = exports;
        setMaxWidth("60rem");
        add(new H2("Export"), new Paragraph("Download the claims as a dataset. CSV opens in spreadsheets; JSON Lines "
                + "holds everything and can be imported into an empty Factmark."));

        format.setLabel("Format");
        format.setId("export-format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportFormat::label);
        format.setValue(ExportFormat.CSV);

        status.setLabel("Claims");
        status.setId("export-status");
        status.setItems(CHECKED, ALL);
        status.setItemLabelGenerator(s -> s.equals(CHECKED) ? "Checked claims" : "All claims (any status)");
        status.setValue(CHECKED);

        article.setId("export-article");
        article.setItems(exports.articles());
        article.setItemLabelGenerator(ArticleOption::title);
        article.setClearButtonVisible(true);
        article.setPlaceholder("All articles");

        from.setId("export-from");
        to.setId("export-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        rating.setLabel("Rating");
        rating.setId("export-rating");
        rating.setItems(Arrays.asList(Rating.values()));
        rating.setItemLabelGenerator(r -> r == null ? "Any rating" : r.label());
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption("Any rating");

        annotator.setId("export-annotator");
        annotator.setItems(exports.annotators());
        annotator.setClearButtonVisible(true);
        annotator.setPlaceholder("Anyone");

        bom.setId("export-bom");
        bom.setValue(true); // the UI download is for people, who mostly open CSV in a spreadsheet

        FormLayout form = new FormLayout(format, status, article, rating, from, to, annotator, bom);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);

        count.setId("export-count");
        add(count);

        download = new Anchor(new ExportDownload(exports, () -> current, new ProgressListener()), "Download");
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        download.addClassName("export-download");
        // clicking starts the download in the browser; the server shows progress and polls until it is done
        download.getElement().addEventListener("click", e -> showStarted());
        add(download);

        // the dataset card (README) of the export the current choices would download
        card = new Anchor(new DatasetCardDownload(cards, () -> current), "Dataset card");
        card.setId("export-card");
        card.getElement().setAttribute("download", true);
        add(card);

        progress.setId("export-progress");
        progress.setVisible(false);
        progressText.setId("export-progress-text");
        add(progress, progressText);

        format.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        article.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        rating.addValueChangeListener(e -> refresh());
        annotator.addValueChangeListener(e -> refresh());
        bom.addValueChangeListener(e -> refresh());
        addAttachListener(e -> ui = e.getUI());
        refresh();
    }

    /** Re-reads the choices: the count preview, the BOM option (CSV only) and the request the download will use. */
    private void refresh() {
        bom.setEnabled(format.getValue() == ExportFormat.CSV);
        try {
            ExportFilter filter = new ExportFilter(ExportFilter.parseStatus(status.getValue()),
                    article.getValue() == null ? null : article.getValue().id(), from.getValue(), to.getValue(),
                    rating.getValue(), annotator.getValue());
            long n = exports.count(filter);
            expected = n;
            current = new ExportDownload.Request(filter, format.getValue(), bom.getValue() && format.getValue() == ExportFormat.CSV);
            count.setText(String.format(Locale.ROOT, "%,d claims match", n).replace(',', '\u202F'));
            download.setEnabled(n > 0);
            card.setEnabled(true);
        } catch (InvalidInputException e) {
            count.setText(e.getMessage());
            download.setEnabled(false);
            card.setEnabled(false);
        }
    }

    private void showStarted() {
        progress.setVisible(true);
        progress.setIndeterminate(expected == 0 || sentences());
        progress.setMin(0);
        progress.setMax(Math.max(1, expected));
        progress.setValue(0);
        progressText.setText("Preparing the export…");
        getUI().ifPresent(ui -> ui.setPollInterval(500));
    }

    private void showProgress(long n) {
        if (sentences()) { // CheckThat!: sentences, not claims; their number is only known at the end
            progressText.setText(String.format(Locale.ROOT, "%,d sentences written", n).replace(',', '\u202F'));
            return;
        }
        progress.setIndeterminate(false);
        progress.setValue(Math.min(n, progress.getMax()));
        progressText.setText(String.format(Locale.ROOT, "%,d of %,d claims written", n, expected).replace(',', '\u202F'));
    }

    private boolean sentences() {
        ExportDownload.Request r = current;
        return r != null && r.format() == ExportFormat.CHECKTHAT;
    }

    private void showFinished(long n, Exception failure) {
        progress.setVisible(false);
        progressText.setText(failure == null ? String.format(Locale.ROOT, "Exported %,d %s.", n, sentences() ? "sentences" : "claims").replace(',', '\u202F')
                : "The export stopped: " + failure.getMessage());
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    /** Runs on the download thread: hands each event to the UI under its lock. */
    private final class ProgressListener implements ExportDownload.Listener {
        private void access(Runnable r) {
            UI target = ui;
            if (target != null) target.access(r::run);
        }

        @Override
        public void started() {
            access(ExportView.this::showStarted);
        }

        @Override
        public void progress(long claims) {
            access(() -> showProgress(claims));
        }

        @Override
        public void finished(long claims, Exception failure) {
            access(() -> showFinished(claims, failure));
        }
    }
}
