package org.factmark.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.factmark.base.InvalidInputException;
import org.factmark.claim.Source;
import org.factmark.claim.SourceInput;
import org.factmark.claim.Stance;

/** Adds or edits one source of a claim. The save callback calls the service; its field errors land on the field. */
class SourceDialog extends Dialog {
    final TextField url = new TextField("URL");
    final TextField title = new TextField("Title");
    final TextField publisher = new TextField("Publisher");
    final TextArea excerpt = new TextArea("Excerpt");
    final DatePicker accessed = new DatePicker("Accessed");
    final Select<Stance> stance = new Select<>();
    final Button save = new Button("Save source");

    /** Returns normally when saved; throws InvalidInputException (shown on the field) otherwise. */
    interface Saver {
        void save(SourceInput input);
    }

    SourceDialog(Source existing, Saver saver, Consumer<RuntimeException> otherError) {
        setId("source-dialog");
        setWidth("min(40rem, 95vw)");
        setHeaderTitle(existing == null ? "Add source" : "Edit source");
        url.setId("source-url");
        url.setPlaceholder("https://…");
        url.setMaxLength(Source.MAX_URL);
        url.setRequired(true);
        title.setId("source-title");
        title.setMaxLength(Source.MAX_TITLE);
        title.setRequired(true);
        publisher.setId("source-publisher");
        publisher.setMaxLength(Source.MAX_PUBLISHER);
        excerpt.setId("source-excerpt");
        excerpt.setMaxLength(Source.MAX_EXCERPT);
        accessed.setId("source-accessed");
        accessed.setMax(LocalDate.now().plusDays(1));
        stance.setId("source-stance");
        stance.setLabel("Stance");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        if (existing != null) {
            url.setValue(nz(existing.getUrl()));
            title.setValue(nz(existing.getTitle()));
            publisher.setValue(nz(existing.getPublisher()));
            excerpt.setValue(nz(existing.getExcerpt()));
            accessed.setValue(existing.getAccessedOn());
            stance.setValue(existing.getStance());
        } else {
            accessed.setValue(LocalDate.now());
            stance.setValue(Stance.SUPPORTS);
        }
        FormLayout form = new FormLayout(url, title, publisher, accessed, stance, excerpt);
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(excerpt, 2);
        add(form);

        save.setId("save-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            try {
                saver.save(new SourceInput(url.getValue(), title.getValue(), publisher.getValue(), excerpt.getValue(),
                        accessed.getValue(), stance.getValue()));
                close();
            } catch (InvalidInputException ex) {
                switch (ex.getField() == null ? "" : ex.getField()) {
                    case "url" -> invalid(url, ex.messageForField());
                    case "title" -> invalid(title, ex.messageForField());
                    case "publisher" -> invalid(publisher, ex.messageForField());
                    case "excerpt" -> invalid(excerpt, ex.messageForField());
                    case "stance" -> {
                        stance.setInvalid(true);
                        stance.setErrorMessage(ex.messageForField());
                    }
                    default -> otherError.accept(ex);
                }
            } catch (RuntimeException ex) {
                close();
                otherError.accept(ex);
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-source");
        getFooter().add(cancel, save);
    }

    private void clearErrors() {
        for (var f : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {url, title, publisher, excerpt}) {
            f.setInvalid(false);
        }
        stance.setInvalid(false);
    }

    private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> f, String msg) {
        f.setInvalid(true);
        f.setErrorMessage(msg);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
