package org.factmark.article.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleImporter;
import org.factmark.article.ArticleService;
import org.factmark.article.ImportedText;
import org.factmark.article.TextNormalizer;
import org.factmark.base.InvalidInputException;
import org.factmark.base.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

/**
 * Import an article by pasting its text or uploading a .txt, .md or .html file. Errors appear next to the field
 * at fault and nothing is stored. A body that is already stored (same SHA-256) asks first: open the existing
 * article, or import a second copy.
 */
class ImportDialog extends Dialog {
    static final String PASTE = "Paste text";
    static final String UPLOAD = "Upload file";

    private final ArticleService articles;
    private final ArticleImporter importer;
    private final Consumer<Article> onSaved;

    final RadioButtonGroup<String> source = new RadioButtonGroup<>("Source");
    final TextArea body = new TextArea("Article text");
    final Upload upload;
    final Span fileStatus = new Span();
    final Span fileError = new Span();
    final TextField title = new TextField("Title");
    final TextField url = new TextField("Source URL");
    final TextField publisher = new TextField("Publisher");
    final DatePicker publishedAt = new DatePicker("Published");
    final TextField language = new TextField("Language");
    final Button save = new Button("Import");
    private final VerticalLayout uploadBox;

    /** The text of the last accepted file, or null. */
    private String uploadedText;
    /** The title the last file offered, to replace it when another file is chosen (but never the user's own). */
    private String titleFromFile;

    ImportDialog(ArticleService articles, ArticleImporter importer, Consumer<Article> onSaved) {
        this.articles = articles;
        this.importer = importer;
        this.onSaved = onSaved;
        setId("import-dialog");
        setHeaderTitle("Import article");
        setWidth("min(900px, 95vw)");

        source.setId("import-source");
        source.setItems(PASTE, UPLOAD);
        source.setValue(PASTE);

        body.setId("import-body");
        body.setWidthFull();
        body.setMinHeight("12em");
        body.setMaxHeight("24em");
        body.setMaxLength(articles.maxBodyChars());
        body.setHelperText("Plain text; paragraphs separated by a blank line. At most "
                + articles.maxBodyChars() + " characters.");

        // streamed with a hard cap: an oversized file is refused after at most the limit is read (docs/articles.md)
        upload = new Upload(new org.factmark.base.ui.CappedUpload(importer.maxFileBytes(),
                new org.factmark.base.ui.CappedUpload.Callback() {
                    @Override
                    public void received(String fileName, byte[] content) {
                        fileReceived(fileName, content);
                    }

                    @Override
                    public void tooLarge(String fileName, long declaredBytes) {
                        uploadedText = null;
                        fileStatus.setText("");
                        showFileError("\"" + fileName + "\" is larger than the limit of " + importer.maxFileSizeText() + ".");
                    }
                }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, importer.maxFileBytes()));
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage() + " Use a .txt, .md or .html file of at most "
                + importer.maxFileSizeText() + "."));
        upload.addFileRemovedListener(e -> {
            uploadedText = null;
            fileStatus.setText("");
        });
        fileStatus.setId("import-file-status");
        fileError.setId("import-file-error");
        fileError.addClassName("field-error");
        fileError.setVisible(false);
        uploadBox = new VerticalLayout(new Paragraph(".txt (UTF-8), .md or .html, at most " + importer.maxFileSizeText()
                + ". The title is taken from the file when it has one."), upload, fileStatus, fileError);
        uploadBox.setPadding(false);
        uploadBox.setVisible(false);
        source.addValueChangeListener(e -> {
            boolean paste = PASTE.equals(e.getValue());
            body.setVisible(paste);
            uploadBox.setVisible(!paste);
        });

        title.setId("import-title");
        title.setMaxLength(Article.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        url.setId("import-url");
        url.setMaxLength(Article.MAX_URL);
        url.setPlaceholder("https://");
        publisher.setId("import-publisher");
        publisher.setMaxLength(Article.MAX_PUBLISHER);
        publishedAt.setId("import-published");
        language.setId("import-language");
        language.setMaxLength(Article.MAX_LANGUAGE);
        language.setValue("en");
        language.setHelperText("Language tag: en, de, pt-BR ...");

        FormLayout meta = new FormLayout(title, url, publisher, publishedAt, language);
        meta.setColspan(title, 2);
        meta.setColspan(url, 2);
        meta.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(new VerticalLayout(source, body, uploadBox, meta));

        save.setId("import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("import-cancel");
        getFooter().add(cancel, save);
    }

    /** The upload handler's callback (runs under the UI lock): read the file, or say why not. */
    void fileReceived(String fileName, byte[] bytes) {
        try {
            ImportedText text = importer.read(fileName, bytes);
            uploadedText = text.body();
            fileError.setVisible(false);
            fileStatus.setText("Read " + fileName + ": " + text.body().length() + " characters.");
            String suggested = text.suggestedTitle();
            if (suggested != null && (title.isEmpty() || title.getValue().equals(titleFromFile))) {
                title.setValue(suggested.length() > Article.MAX_TITLE ? suggested.substring(0, Article.MAX_TITLE) : suggested);
                titleFromFile = title.getValue();
            }
        } catch (InvalidInputException ex) {
            uploadedText = null;
            fileStatus.setText("");
            showFileError(ex.getMessage());
        }
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(title, url, publisher, language, body)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        fileError.setVisible(false);
    }

    /** Validates and stores; with {@code duplicateConfirmed} false a known body asks first. */
    void save(boolean duplicateConfirmed) {
        if (publishedAt.isInvalid()) { // the picker's own check: typed text that is not a date
            if (publishedAt.getErrorMessage() == null || publishedAt.getErrorMessage().isBlank()) {
                publishedAt.setErrorMessage("Not a date; pick one from the calendar.");
            }
            return;
        }
        clearErrors();
        boolean paste = PASTE.equals(source.getValue());
        String text = paste ? body.getValue() : uploadedText;
        if (!paste && text == null) {
            showFileError("Choose a file to upload first.");
            return;
        }
        try {
            ArticleDraft draft = new ArticleDraft(title.getValue(), url.getValue(), publisher.getValue(),
                    publishedAt.getValue(), language.getValue(), text);
            articles.validate(draft); // the fields first, then the question about a duplicate
            if (!duplicateConfirmed && text != null) {
                String normalized = TextNormalizer.normalize(text);
                // as stored now (without a first paragraph repeating the title), or as stored before that rule
                String stored = TextNormalizer.withoutRepeatedTitle(title.getValue() == null ? null : title.getValue().strip(), normalized);
                Optional<Article> existing = normalized.isEmpty() ? Optional.empty()
                        : articles.findByBody(stored).or(() -> articles.findByBody(normalized));
                if (existing.isPresent()) {
                    confirmDuplicate(existing.get());
                    return;
                }
            }
            Article saved = articles.create(draft);
            close();
            Notices.success("Imported \"" + saved.getTitle() + "\" (" + saved.getBodyLength() + " characters).");
            onSaved.accept(saved);
        } catch (InvalidInputException ex) {
            showError(ex.getField(), ex.messageForField(), paste);
        } catch (AccessDeniedException ex) {
            Notices.error("Your roles do not allow importing articles.");
        }
    }

    private void showError(String field, String message, boolean paste) {
        switch (field == null ? "" : field) {
            case "title" -> markInvalid(title, message);
            case "url" -> markInvalid(url, message);
            case "publisher" -> markInvalid(publisher, message);
            case "language" -> markInvalid(language, message);
            case "publishedAt" -> markInvalid(publishedAt, message);
            case "body" -> {
                if (paste) markInvalid(body, message);
                else showFileError(message);
            }
            default -> Notices.error(message);
        }
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void confirmDuplicate(Article existing) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("duplicate-confirm");
        confirm.setHeader("This article is already here");
        confirm.setText("The same text was imported before as \"" + existing.getTitle()
                + "\". Open that article, or import a second copy?");
        confirm.setConfirmText("Open existing");
        confirm.addConfirmListener(e -> {
            close();
            UI.getCurrent().navigate("articles/" + existing.getId());
        });
        confirm.setRejectable(true);
        confirm.setRejectText("Import anyway");
        confirm.addRejectListener(e -> save(true));
        confirm.setCancelable(true);
        confirm.open();
    }
}
