package org.factmark.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.base.ui.Notices;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Rating;
import org.factmark.review.VerdictChangedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Small helpers shared by the review views. All user text goes in as text. */
final class UiSupport {

    /**
     * Rebuilds a list for a colleague's change without taking away what the user is doing in it: opened sections
     * (a claim's timeline) are opened again and text typed into fields (a comment, a rationale) is put back, matched
     * by the components' ids. Live updates call this; the user's own actions rebuild plainly.
     */
    static void keepingUserState(com.vaadin.flow.component.Component root, Runnable rebuild) {
        java.util.Set<String> opened = new java.util.HashSet<>();
        java.util.Map<String, Object> typed = new java.util.HashMap<>();
        visit(root.getElement(), c -> {
            String id = c.getId().orElse(null);
            if (id == null) return;
            if (c instanceof com.vaadin.flow.component.details.Details d && d.isOpened()) opened.add(id);
            if (c instanceof com.vaadin.flow.component.HasValue<?, ?> field && !field.isEmpty()) typed.put(id, field.getValue());
        });
        rebuild.run();
        if (opened.isEmpty() && typed.isEmpty()) return;
        visit(root.getElement(), c -> {
            String id = c.getId().orElse(null);
            if (id != null && opened.contains(id) && c instanceof com.vaadin.flow.component.details.Details d) d.setOpened(true);
        });
        visit(root.getElement(), c -> {
            String id = c.getId().orElse(null);
            if (id != null && typed.containsKey(id) && c instanceof com.vaadin.flow.component.HasValue<?, ?> field) {
                @SuppressWarnings("unchecked")
                var f = (com.vaadin.flow.component.HasValue<?, Object>) field;
                try {
                    f.setValue(typed.get(id));
                } catch (RuntimeException ignored) {
                    // the field now holds another kind of value (the claim changed state): leave it fresh
                }
            }
        });
    }

    private static void visit(com.vaadin.flow.dom.Element e, java.util.function.Consumer<com.vaadin.flow.component.Component> action) {
        e.getComponent().ifPresent(action);
        e.getChildren().forEach(child -> visit(child, action));
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private UiSupport() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The look of one item in a review list (inline styles: no theme or bundle needed). */
    static <T extends com.vaadin.flow.component.HasStyle> T card(T c) {
        c.addClassName("review-card");
        c.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
                .set("background", "var(--lumo-base-color)").set("box-sizing", "border-box");
        if (c instanceof com.vaadin.flow.component.HasSize sized) sized.setWidthFull();
        return c;
    }

    static Select<Rating> ratingSelect(String label, String id) {
        Select<Rating> s = new Select<>();
        s.setLabel(label);
        s.setItems(Rating.values());
        s.setItemLabelGenerator(Rating::label);
        s.setId(id);
        s.setWidthFull();
        return s;
    }

    /**
     * The claim's status as a text badge. Its own classes ({@code badge badge-<status>}, styled in factmark.css
     * inside {@code .review-view}), never the annotator's {@code status-*} classes, so no other view's stylesheet
     * can recolour it; the label says the status, the colour only repeats it.
     */
    static Span statusBadge(long claimId, ClaimStatus status) {
        Span s = new Span(status.label());
        s.setId("status-" + claimId);
        s.getElement().setAttribute("data-status", status.name());
        s.addClassNames("badge", "badge-" + status.name().toLowerCase(Locale.ROOT));
        return s;
    }

    /**
     * Asks before an action that cannot be taken back by its author (approve, take the reviewer's rating): a
     * dialog naming what will happen, with Cancel focused first and the action on {@code confirmId}.
     */
    static com.vaadin.flow.component.dialog.Dialog confirm(String title, String text, String actionLabel, String confirmId,
                                                          Runnable action) {
        var d = new com.vaadin.flow.component.dialog.Dialog();
        d.setId(confirmId + "-dialog");
        d.setHeaderTitle(title);
        d.add(new com.vaadin.flow.component.html.Paragraph(text));
        var cancel = new com.vaadin.flow.component.button.Button("Cancel", e -> d.close());
        cancel.setId(confirmId.replace("confirm-", "cancel-"));
        var ok = new com.vaadin.flow.component.button.Button(actionLabel, e -> {
            d.close();
            action.run();
        });
        ok.setId(confirmId);
        ok.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(cancel, ok);
        d.setWidth("28rem");
        d.open();
        cancel.focus();
        return d;
    }

    /** A link to an evidence URL: only http(s) addresses become links, anything else is shown as text. */
    static com.vaadin.flow.component.Component sourceLink(String url, String title) {
        String text = title == null || title.isBlank() ? url : title;
        if (url != null && url.matches("(?i)https?://.+")) {
            Anchor a = new Anchor(url, text, AnchorTarget.BLANK);
            a.getElement().setAttribute("rel", "noopener noreferrer");
            return a;
        }
        return new Span(text);
    }

    /**
     * Runs a service call from a button; the service's refusal is shown to the user (and {@code onStale} offered
     * when someone else changed the claim first). When the verdict the user judged is no longer in force, nothing
     * happened: {@code onStale} runs at once (it redraws with the new verdict) and the user is asked to look again.
     * Returns whether it succeeded.
     */
    static boolean attempt(Runnable call, Runnable onStale) {
        try {
            call.run();
            return true;
        } catch (VerdictChangedException e) {
            onStale.run();
            Notices.error("The verdict changed after you loaded it, so nothing was done. The new verdict is shown now: "
                    + "look at it and decide again.");
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException
                 | AccessDeniedException e) {
            Notices.error(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            Notices.staleEdit(onStale);
        }
        return false;
    }
}
