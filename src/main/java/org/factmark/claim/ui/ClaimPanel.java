package org.factmark.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimDetails;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.HistoryEntry;
import org.factmark.claim.Rating;
import org.factmark.claim.Source;
import org.factmark.claim.Verdict;
import org.factmark.base.ui.AnnotatorExtension;
import org.factmark.base.ui.Notices;
import org.factmark.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The claim panel: quote (read-only), type, claimant, restatement; sources; the author's verdict; delete (author,
 * DRAFT only); history. Saves carry the version the user loaded, so a concurrent change is refused and reported
 * (Notices.staleEdit) instead of overwritten. Everything users typed is set as text.
 */
class ClaimPanel extends Div {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** What the view must learn about changes made here. */
    interface Listener {
        /** The claim changed (fields, status); redraw its highlight and list row. */
        void changed(Claim claim);

        void deleted(long claimId);
    }

    /** The editable fields, bound with a Binder. */
    static final class Form {
        private ClaimType type;
        private String claimant;
        private String restatement;

        public ClaimType getType() {
            return type;
        }

        public void setType(ClaimType type) {
            this.type = type;
        }

        public String getClaimant() {
            return claimant;
        }

        public void setClaimant(String claimant) {
            this.claimant = claimant;
        }

        public String getRestatement() {
            return restatement;
        }

        public void setRestatement(String restatement) {
            this.restatement = restatement;
        }
    }

    private final ClaimService claims;
    private final Listener listener;
    private Long claimId;
    private long loadedVersion;

    // exposed for tests in this package
    Select<ClaimType> type;
    TextField claimant;
    TextArea restatement;
    Button save;
    Select<Rating> rating;
    TextArea rationale;
    Span verdictError;

    private final List<AnnotatorExtension> extensions;
    /** Saves type, claimant and restatement as typed; false (with a message) when invalid or refused. */
    private java.util.function.BooleanSupplier saveFields = () -> true;
    /** The field values as loaded (or last saved): anything else on screen is an unsaved edit. */
    private List<Object> loadedValues = List.of();

    ClaimPanel(ClaimService claims, Listener listener, List<AnnotatorExtension> extensions) {
        this.claims = claims;
        this.listener = listener;
        this.extensions = extensions;
        setId("claim-panel");
        addClassName("claim-panel");
        // leaving the annotator (after the view asked) disarms the unload prompt
        addDetachListener(e -> e.getUI().getPage().executeJs("window.FactmarkUnsaved && window.FactmarkUnsaved.set(false)"));
        clear();
    }

    Long claimId() {
        return claimId;
    }

    private List<Object> fieldValues() {
        List<Object> values = new ArrayList<>();
        values.add(type == null ? null : type.getValue());
        values.add(claimant == null ? null : claimant.getValue());
        values.add(restatement == null ? null : restatement.getValue());
        values.add(rating == null || rating.getParent().isEmpty() ? null : rating.getValue());
        values.add(rationale == null || rationale.getParent().isEmpty() ? null : rationale.getValue());
        return values;
    }

    /** Whether the user typed or chose something here that is not saved (fields or the verdict form). */
    boolean hasUnsavedEdits() {
        return claimId != null && !loading && !fieldValues().equals(loadedValues);
    }

    /** Whether type, claimant or restatement differ from what was loaded (the verdict form aside). */
    private boolean claimFieldsEdited() {
        return hasUnsavedEdits() && !fieldValues().subList(0, 3).equals(loadedValues.subList(0, 3));
    }

    /**
     * The browser's own "leave site?" prompt on reload or closing the tab, armed only while this panel holds unsaved
     * edits: the server arms/disarms it after each change it learns of (and on save, discard, switch, leaving the
     * view); typing in claimant, restatement or rationale arms it at once in the browser, before the value reaches
     * the server. {@code window.FactmarkUnsaved.armed} tells tests and tools whether it is armed.
     */
    static final String UNLOAD_PROMPT_JS = """
            const u = window.FactmarkUnsaved || (window.FactmarkUnsaved = {
              armed: false,
              handler: e => { e.preventDefault(); e.returnValue = ''; },
              set(on) {
                if (on === this.armed) return;
                this.armed = on;
                if (on) window.addEventListener('beforeunload', this.handler);
                else window.removeEventListener('beforeunload', this.handler);
              }
            });
            if (this && !this.__factmarkUnsaved) {
              this.__factmarkUnsaved = true;
              this.addEventListener('input', e => {
                if (e.target.closest && e.target.closest('#claimant, #restatement, #verdict-rationale')) u.set(true);
              });
            }
            u.set($0);
            """;

    private boolean loading;

    /** Arms or disarms the unload prompt to match the panel (see {@link #UNLOAD_PROMPT_JS}). */
    private void syncUnloadPrompt() {
        if (loading) return;
        getElement().executeJs(UNLOAD_PROMPT_JS, hasUnsavedEdits());
    }

    /**
     * A colleague changed (or deleted) the open claim while the user has unsaved edits: say so and offer to load
     * the current claim, instead of overwriting what the user typed. A save from this copy is still refused as
     * stale, so nothing is silently overwritten either way.
     */
    void changedElsewhere(String actor, boolean deleted) {
        getChildren().filter(c -> "changed-elsewhere".equals(c.getId().orElse(null))).toList().forEach(this::remove);
        String who = actor == null ? "someone else" : actor;
        Span text = new Span(deleted ? "Deleted by " + who + " while you were editing it."
                : "Changed by " + who + " while you were editing. Your edits are not saved.");
        text.setId("changed-elsewhere-text");
        Div box = new Div(text);
        box.setId("changed-elsewhere");
        box.addClassName("changed-elsewhere");
        box.getElement().setAttribute("role", "status");
        if (!deleted) {
            long id = claimId;
            Button reload = new Button("Load their version", e -> show(id));
            reload.setId("changed-elsewhere-reload");
            box.add(reload);
        }
        addComponentAsFirst(box);
    }

    long loadedVersion() {
        return loadedVersion;
    }

    void clear() {
        claimId = null;
        removeAll();
        boolean canMark = CurrentUser.hasRole(org.factmark.security.Role.ANNOTATOR)
                || CurrentUser.hasRole(org.factmark.security.Role.ADMIN);
        Paragraph hint = new Paragraph(canMark
                ? "Select text in the article and press M (or the Mark claim button) to mark a claim; "
                        + "click a highlight or a row in the list to open a claim."
                : "Click a highlight or a row in the list (or press J / K) to open a claim.");
        hint.addClassName("muted");
        hint.setId("claim-panel-empty");
        add(hint);
        syncUnloadPrompt();
    }

    /** Loads the claim afresh from the database (discarding anything unsaved) and shows it. */
    void show(long id) {
        ClaimDetails d;
        try {
            d = claims.details(id);
        } catch (NotFoundException e) {
            Notices.error("That claim no longer exists.");
            listener.deleted(id);
            clear();
            return;
        }
        claimId = id;
        loading = true;
        Claim c = d.claim();
        loadedVersion = c.getVersion();
        boolean editable = claims.canEdit(c);
        boolean author = c.getAuthor().getUsername().equals(CurrentUser.username().orElse(null));
        removeAll();

        H3 title = new H3("Claim #" + c.getId());
        Span status = new Span(c.getStatus().label());
        status.setId("claim-status");
        Span dot = StatusDot.of(c.getStatus(), false); // the status is written next to it
        Span by = new Span("marked by " + c.getAuthor().getUsername());
        by.addClassName("muted");
        add(title, new Div(dot, status, new Span(" · "), by));

        Div quote = new Div();
        quote.addClassName("quote");
        Span pre = new Span(c.shownPrefix()); // "…" only where the context was cut, not at the text's start
        pre.addClassName("context");
        Span exact = new Span(c.getQuote());
        exact.setId("claim-quote");
        Span post = new Span(c.shownSuffix()); // no "October.…" at the very end of the text
        post.addClassName("context");
        quote.add(pre, exact, post);
        Span offsets = new Span("code points " + c.getStart() + "–" + c.getEnd());
        offsets.addClassName("muted");
        add(quote, offsets);

        // ---- fields
        type = new Select<>();
        type.setId("claim-type");
        type.setLabel("Claim type");
        type.setItems(ClaimType.values());
        type.setItemLabelGenerator(ClaimType::label);
        claimant = new TextField("Claimant");
        claimant.setId("claimant");
        claimant.setWidthFull();
        claimant.setMaxLength(Claim.MAX_CLAIMANT);
        restatement = new TextArea("Restatement (normalised)");
        restatement.setId("restatement");
        restatement.setWidthFull();
        restatement.setMaxLength(Claim.MAX_RESTATEMENT);
        Binder<Form> binder = new Binder<>(Form.class);
        // a validator, not asRequired: a required Select puts aria-required on its button, which axe reports as critical
        binder.forField(type).withValidator(java.util.Objects::nonNull, "Choose a type").bind(Form::getType, Form::setType);
        binder.forField(claimant).withValidator(new StringLengthValidator("At most " + Claim.MAX_CLAIMANT + " characters", 0, Claim.MAX_CLAIMANT))
                .bind(Form::getClaimant, Form::setClaimant);
        binder.forField(restatement).withValidator(new StringLengthValidator("At most " + Claim.MAX_RESTATEMENT + " characters", 0, Claim.MAX_RESTATEMENT))
                .bind(Form::getRestatement, Form::setRestatement);
        Form form = new Form();
        form.setType(c.getType());
        form.setClaimant(c.getClaimant() == null ? "" : c.getClaimant());
        form.setRestatement(c.getRestatement() == null ? "" : c.getRestatement());
        binder.readBean(form);
        saveFields = () -> {
            Form f = new Form();
            if (!binder.writeBeanIfValid(f)) return false;
            try {
                Claim saved = claims.update(claimId, loadedVersion, f.getType(), f.getClaimant(), f.getRestatement());
                loadedVersion = saved.getVersion();
                List<Object> now = new ArrayList<>(loadedValues);
                now.set(0, type.getValue());
                now.set(1, claimant.getValue());
                now.set(2, restatement.getValue());
                loadedValues = now;
                Notices.success("Claim saved.");
                listener.changed(saved);
                refreshHistory();
                syncUnloadPrompt();
                return true;
            } catch (RuntimeException ex) {
                report(ex);
                return false;
            }
        };
        save = new Button("Save claim", e -> saveFields.getAsBoolean());
        save.setId("save-claim");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        add(type, claimant, restatement, save);

        // ---- sources
        List<Source> sources = d.sources();
        add(new H4("Sources (" + sources.size() + ")"));
        Div list = new Div();
        list.setId("source-list");
        for (Source s : sources) list.add(sourceCard(s, editable));
        if (sources.isEmpty()) {
            Span none = new Span("No sources yet.");
            none.addClassName("muted");
            list.add(none);
        }
        add(list);
        Button addSource = new Button("Add source", e -> openSourceDialog(null));
        addSource.setId("add-source");
        addSource.setVisible(editable);
        add(addSource);

        // ---- sections of other features (base.ui.AnnotatorExtension), e.g. "already checked elsewhere"
        for (AnnotatorExtension x : extensions) {
            com.vaadin.flow.component.Component section = x.claimSection(id, () -> {
                listener.changed(claims.get(id));
                showKeepingClaimEdits(id);
            });
            if (section != null) add(section);
        }

        // ---- verdict
        add(new H4("Verdict"));
        Verdict v = c.getVerdict() == null ? null : d.verdicts().stream()
                .filter(x -> x.getId().equals(c.getVerdict().getId())).findFirst().orElse(null);
        Div current = new Div();
        current.setId("current-verdict");
        if (d.verdictHidden()) {
            Span hidden = new Span("Blind review: the rating and rationale are hidden until you give your own blind "
                    + "rating in the review queue.");
            hidden.setId("verdict-hidden");
            hidden.addClassName("muted");
            current.add(hidden);
        } else if (v != null) {
            Span r = new Span(v.getRating().label());
            r.setId("verdict-rating-text");
            Span who = new Span(" by " + v.getAuthor().getUsername());
            who.addClassName("muted");
            Div why = new Div();
            why.setText(v.getRationale() == null ? "" : v.getRationale());
            why.setId("verdict-rationale-text");
            why.addClassName("verdict-text");
            current.add(new Div(r, who), why);
        } else {
            Span none = new Span("No verdict yet.");
            none.addClassName("muted");
            current.add(none);
        }
        add(current);
        if (author && c.getStatus() != ClaimStatus.CHECKED) {
            rating = new Select<>();
            rating.setId("verdict-rating");
            rating.setLabel("Rating");
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(Rating::label);
            rationale = new TextArea("Rationale");
            rationale.setId("verdict-rationale");
            rationale.setWidthFull();
            rationale.setMaxLength(Verdict.MAX_RATIONALE);
            if (v != null && v.getAuthor().getUsername().equals(c.getAuthor().getUsername())) {
                rating.setValue(v.getRating());
                rationale.setValue(v.getRationale() == null ? "" : v.getRationale());
            }
            verdictError = new Span();
            verdictError.setId("verdict-error");
            verdictError.addClassName("verdict-error");
            Button submit = new Button(v == null ? "Submit for review" : "Resubmit verdict", e -> submitVerdict());
            submit.setId("submit-verdict");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(rating, rationale, verdictError, submit);
        }

        loadedValues = fieldValues();
        loading = false;
        type.addValueChangeListener(e -> syncUnloadPrompt());
        claimant.addValueChangeListener(e -> syncUnloadPrompt());
        restatement.addValueChangeListener(e -> syncUnloadPrompt());
        if (rating != null && rating.getParent().isPresent()) rating.addValueChangeListener(e -> syncUnloadPrompt());
        if (rationale != null && rationale.getParent().isPresent()) rationale.addValueChangeListener(e -> syncUnloadPrompt());
        syncUnloadPrompt();

        // ---- withdraw from review (docs/decisions/050)
        if (author && c.getStatus() == ClaimStatus.IN_REVIEW) {
            Button withdraw = new Button("Withdraw to draft", e -> run(() -> {
                if (claimFieldsEdited() && !saveFields.getAsBoolean()) return; // what was typed is saved, not dropped
                claims.withdraw(claimId);
                Notices.success("Withdrawn: the claim is a draft again; no review of this verdict can happen now.");
                show(claimId);
                listener.changed(claims.get(claimId));
            }));
            withdraw.setId("withdraw-claim");
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }

        // ---- delete
        if (author && c.getStatus() == ClaimStatus.DRAFT) {
            Button delete = new Button("Delete claim", e -> confirmDelete());
            delete.setId("delete-claim");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(delete);
        }

        // ---- history
        add(new H4("History"));
        Div history = new Div();
        history.setId("claim-history");
        fillHistory(history, d.history());
        add(history);
    }

    private Div sourceCard(Source s, boolean editable) {
        Div card = new Div();
        card.addClassName("source");
        card.getElement().setAttribute("data-source-id", String.valueOf(s.getId()));
        Span title = new Span(s.getTitle());
        title.addClassName("source-title-text");
        Span stance = new Span(s.getStance().label());
        stance.addClassName("source-stance-text");
        card.add(new Div(title, new Span(" · "), stance));
        Anchor link = new Anchor(s.getUrl(), s.getUrl());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("source-url-text");
        card.add(link);
        String meta = (s.getPublisher() == null ? "" : s.getPublisher())
                + (s.getAccessedOn() == null ? "" : (s.getPublisher() == null ? "" : " · ") + "accessed " + s.getAccessedOn());
        if (!meta.isEmpty()) {
            Span m = new Span(meta);
            m.addClassName("muted");
            card.add(m);
        }
        if (s.getExcerpt() != null) {
            Div ex = new Div();
            ex.setText(s.getExcerpt());
            ex.addClassName("excerpt");
            card.add(ex);
        }
        if (editable) {
            Button edit = new Button("Edit", e -> openSourceDialog(s));
            edit.setId("edit-source-" + s.getId());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button remove = new Button("Remove", e -> run(() -> {
                long before = loadedVersion;
                claims.removeSource(s.getId());
                Notices.success("Source removed.");
                afterOwnChange(before, 0);
            }));
            remove.setId("remove-source-" + s.getId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            card.add(new HorizontalLayout(edit, remove));
        }
        return card;
    }

    private void openSourceDialog(Source existing) {
        long claim = claimId;
        SourceDialog dialog = new SourceDialog(existing, in -> {
            long before = loadedVersion;
            if (existing == null) claims.addSource(claim, in);
            else claims.updateSource(existing.getId(), existing.getVersion(), in);
            Notices.success(existing == null ? "Source added." : "Source saved.");
            afterOwnChange(before, existing == null ? 1 : 0); // adding a source touches the claim row; editing one does not
        }, this::report);
        dialog.open();
    }

    /**
     * After a change of our own that may have touched the claim row (sources bump its version): keep the fields
     * the user is typing, take the new version only if nobody else saved in between, redraw sources and history.
     */
    private void afterOwnChange(long versionBefore, int ownBump) {
        Claim fresh = claims.get(claimId);
        String keepClaimant = claimant.getValue();
        String keepRestatement = restatement.getValue();
        ClaimType keepType = type.getValue();
        Rating keepRating = rating == null ? null : rating.getValue();
        String keepRationale = rationale == null ? null : rationale.getValue();
        long version = fresh.getVersion() == versionBefore + ownBump ? fresh.getVersion() : versionBefore;
        show(claimId);
        loadedVersion = version;
        claimant.setValue(keepClaimant);
        restatement.setValue(keepRestatement);
        type.setValue(keepType);
        if (rating != null && keepRating != null) rating.setValue(keepRating);
        if (rationale != null && keepRationale != null) rationale.setValue(keepRationale);
        listener.changed(fresh);
    }

    /**
     * Reloads the panel after a change of our own made elsewhere (e.g. "Start from this verdict"), keeping what was
     * typed in type, claimant and restatement. The new version is adopted only if nobody changed those fields
     * meanwhile; otherwise a later save is refused as stale (with a reload offer), never silently overwriting.
     */
    private void showKeepingClaimEdits(long id) {
        if (!claimFieldsEdited()) {
            show(id);
            return;
        }
        List<Object> loadedBefore = new ArrayList<>(loadedValues.subList(0, 3));
        long versionBefore = loadedVersion;
        ClaimType keepType = type.getValue();
        String keepClaimant = claimant.getValue();
        String keepRestatement = restatement.getValue();
        show(id);
        if (claimId == null || claimId != id) return;
        if (!loadedValues.subList(0, 3).equals(loadedBefore)) loadedVersion = versionBefore;
        type.setValue(keepType);
        claimant.setValue(keepClaimant);
        restatement.setValue(keepRestatement);
    }

    private void submitVerdict() {
        verdictError.setText("");
        if (rating.getValue() == null || rationale.getValue().isBlank()) {
            verdictError.setText("Choose a rating and write a rationale.");
            return;
        }
        // the panel is redrawn after submitting: what was typed in the claim fields is saved first, not dropped
        if (claimFieldsEdited() && !saveFields.getAsBoolean()) return;
        try {
            claims.submitVerdict(claimId, rating.getValue(), rationale.getValue());
        } catch (InvalidInputException e) {
            verdictError.setText(e.getMessage());
            Notices.error(e.getMessage());
            return;
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        Notices.success("Verdict submitted: the claim is now in review.");
        show(claimId);
        listener.changed(claims.get(claimId));
    }

    private void confirmDelete() {
        Dialog confirm = new Dialog();
        confirm.setId("confirm-delete-dialog");
        confirm.setHeaderTitle("Delete this claim?");
        confirm.add(new Paragraph("The claim and its sources are removed. This cannot be undone."));
        Button yes = new Button("Delete", e -> {
            confirm.close();
            long id = claimId;
            run(() -> {
                claims.delete(id);
                Notices.success("Claim deleted.");
                clear();
                listener.deleted(id);
            });
        });
        yes.setId("confirm-delete");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Cancel", e -> confirm.close());
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    private void refreshHistory() {
        getChildren().filter(ch -> "claim-history".equals(ch.getId().orElse(null))).findFirst()
                .ifPresent(h -> fillHistory((Div) h, claims.history(claimId)));
    }

    private static void fillHistory(Div target, List<HistoryEntry> entries) {
        target.removeAll();
        for (HistoryEntry h : entries.reversed()) {
            Div row = new Div();
            row.addClassName("history-entry");
            Span at = new Span(WHEN.format(h.at()) + " ");
            at.addClassName("muted");
            Span who = new Span(h.who() + " ");
            who.addClassName("history-who");
            Span what = new Span(h.what());
            what.addClassName("history-what");
            row.add(at, who, what);
            target.add(row);
        }
    }

    /** Runs a service call, turning the expected failures into notices. */
    /**
     * A digit key chose the open claim's type: saved at once with the version loaded and the claimant and
     * restatement as last saved (text being typed elsewhere in the panel stays an unsaved edit).
     */
    void chooseType(ClaimType chosen) {
        if (claimId == null || type == null || chosen == type.getValue()) return;
        if (type.isReadOnly()) {
            Notices.error("Only the author can change this claim's type.");
            return;
        }
        run(() -> {
            Claim saved = claims.update(claimId, loadedVersion, chosen, (String) loadedValues.get(1), (String) loadedValues.get(2));
            loadedVersion = saved.getVersion();
            List<Object> now = new ArrayList<>(loadedValues);
            now.set(0, chosen);
            loadedValues = now;
            type.setValue(chosen);
            Notices.success("Type: " + chosen.label() + ".");
            listener.changed(saved);
            refreshHistory();
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private void report(RuntimeException e) {
        if (e instanceof OptimisticLockingFailureException) {
            Long id = claimId;
            Notices.staleEdit(() -> {
                if (id != null) show(id);
            });
        } else if (e instanceof InvalidInputException || e instanceof ConflictException
                || e instanceof ForbiddenException || e instanceof NotFoundException) {
            Notices.error(e.getMessage());
        } else if (e instanceof org.springframework.security.access.AccessDeniedException) {
            Notices.error("You are not allowed to do that.");
        } else {
            throw e;
        }
    }
}
