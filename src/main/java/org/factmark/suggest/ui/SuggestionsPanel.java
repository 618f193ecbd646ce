package org.factmark.suggest.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.factmark.base.ConflictException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.ui.AnnotatorExtension;
import org.factmark.base.ui.Notices;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimType;
import org.factmark.suggest.Suggestion;
import org.factmark.suggest.SuggestionService;

/**
 * The suggestions of the open article, listed with the claims and drawn in the text with a dashed underline
 * (frontend/suggestions.js, CSS Custom Highlights: the article's DOM is not touched). N / P move through
 * them, A accepts the focused one as a claim of the chosen type, X rejects it; the focus then moves to the next.
 */
public class SuggestionsPanel extends Div {
    static final String SCRIPT_URL = "context://app/suggestions.js";
    private static final String WHEN_READY = "const el=this; const go=()=>{%s}; if (window.FactmarkSuggestions) go();"
            + " else window.addEventListener('factmark-suggestions-ready', go, {once:true});";

    private final SuggestionService service;
    private final AnnotatorExtension.Context context;
    private final Span count = new Span();
    final Checkbox show = new Checkbox("Show", true);
    final Select<ClaimType> type = new Select<>();
    final Button accept = new Button("Accept (A)", e -> acceptFocused());
    final Button reject = new Button("Reject (X)", e -> rejectFocused());
    private final Div list = new Div();
    private List<Suggestion> current = new ArrayList<>();
    private int focus = -1;

    SuggestionsPanel(SuggestionService service, AnnotatorExtension.Context context) {
        this.service = service;
        this.context = context;
        setId("suggestions");
        addClassName("suggestions");
        Span title = new Span("Suggestions");
        title.addClassName("suggestions-title");
        count.setId("suggestion-count");
        count.addClassName("muted");
        show.setId("suggestions-toggle");
        show.addValueChangeListener(e -> draw());
        type.setId("suggestion-type");
        type.setItems(ClaimType.values());
        type.setItemLabelGenerator(ClaimType::label);
        type.setAriaLabel("Type of the accepted claim");
        accept.setId("suggestion-accept");
        reject.setId("suggestion-reject");
        list.setId("suggestion-list");
        list.addClassName("suggestion-list");
        // the list scrolls: keyboard users must be able to focus it (axe: scrollable-region-focusable)
        list.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", "Suggested claims");
        Span keys = new Span("N / P: next / previous suggestion; A accept, X reject.");
        keys.addClassName("muted");
        Div head = new Div(title, count, show);
        head.addClassName("suggestions-head");
        Div actions = new Div(type, accept, reject);
        actions.addClassName("suggestions-actions");
        add(head, keys, actions, list);
        reload(0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addStyleSheet("context://app/suggestions.css");
        attachEvent.getUI().getPage().addJsModule(SCRIPT_URL);
        draw();
    }

    /** Reloads the suggestions and focuses the first one starting at or after {@code from} (code points). */
    void reload(int from) {
        current = service.suggestions(context.articleId());
        focus = -1;
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).start() >= from) {
                focus = i;
                break;
            }
        }
        if (focus < 0 && !current.isEmpty()) focus = 0;
        list.removeAll();
        for (int i = 0; i < current.size(); i++) {
            Suggestion s = current.get(i);
            Span shown = new Span(preview(s.quote()));
            if (!shown.getText().equals(s.quote().replaceAll("\\s+", " "))) Tooltip.forComponent(shown).withText(s.quote()); // cut: the full quote
            Div row = new Div(new Span(s.cue().key()), shown);
            row.addClassName("suggestion-row");
            int index = i;
            row.addClickListener(e -> focus(index));
            list.add(row);
        }
        count.setText(current.size() + " open");
        focusChanged();
    }

    private void focus(int index) {
        if (current.isEmpty()) return;
        focus = Math.floorMod(index, current.size());
        focusChanged();
    }

    private void focusChanged() {
        for (int i = 0; i < list.getComponentCount(); i++) {
            list.getComponentAt(i).getElement().getClassList().set("focused", i == focus);
        }
        Suggestion s = focused();
        type.setValue(s == null ? null : s.type());
        accept.setEnabled(s != null);
        reject.setEnabled(s != null);
        draw();
    }

    Suggestion focused() {
        return focus >= 0 && focus < current.size() ? current.get(focus) : null;
    }

    List<Suggestion> current() {
        return current;
    }

    /** N / P in the browser. */
    @ClientCallable
    void move(int direction) {
        focus(focus < 0 ? (direction > 0 ? 0 : -1) : focus + direction);
    }

    @ClientCallable
    void acceptFocused() {
        Suggestion s = focused();
        if (s == null) return;
        Claim c;
        try {
            c = service.accept(context.articleId(), s.start(), s.end(), type.getValue());
        } catch (ConflictException | InvalidInputException e) {
            Notices.error(e.getMessage());
            reload(s.start());
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notices.error("Only annotators accept suggestions.");
            return;
        }
        context.claimCreated(c.getId());
        reload(s.end());
    }

    @ClientCallable
    void rejectFocused() {
        Suggestion s = focused();
        if (s == null) return;
        try {
            service.reject(context.articleId(), s.start(), s.end());
        } catch (ConflictException | InvalidInputException e) {
            Notices.error(e.getMessage());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notices.error("Only annotators reject suggestions.");
            return;
        }
        reload(s.end());
    }

    private void draw() {
        StringBuilder spans = new StringBuilder("[");
        for (Suggestion s : current) {
            if (spans.length() > 1) spans.append(',');
            spans.append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        spans.append(']');
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkSuggestions.show(el, $0, JSON.parse($1), $2, $3)"),
                context.articleBody().getElement(), spans.toString(), focus, show.getValue());
    }

    private static String preview(String quote) {
        String one = quote.replaceAll("\\s+", " ");
        return one.codePointCount(0, one.length()) <= 80 ? one : one.substring(0, one.offsetByCodePoints(0, 79)) + "…";
    }
}
