package org.factmark.claim.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.base.ui.Notices;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimSummary;
import org.factmark.claim.ClaimType;
import org.factmark.claim.DefaultClaimType;
import org.factmark.base.live.ClaimChange;
import org.factmark.base.live.ClaimEvents;
import org.factmark.base.ui.AnnotatorExtension;
import org.factmark.base.ui.LiveUpdates;
import org.factmark.claim.ui.Highlights.Mark;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;

/**
 * The annotator: claim list on the left, the article at reading width in the middle, the claim panel on the right.
 * {@code articles/:articleId} opens the article; {@code articles/:articleId/claims/:claimId} also opens that claim
 * (selecting a claim rewrites the URL to this form without rebuilding the view).
 */
@Route("articles/:articleId(\\d+)")
@RouteAlias("articles/:articleId(\\d+)/claims/:claimId(\\d+)")
@PermitAll
public class ArticleView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle,
        ClaimPanel.Listener {
    static final Comparator<ClaimSummary> BY_POSITION = Comparator.comparingInt(ClaimSummary::start)
            .thenComparing(Comparator.comparingInt(ClaimSummary::end).reversed()).thenComparingLong(ClaimSummary::id);

    /** Default share of the article (percent) in the article / claim panel split: about 66 characters a line at 1280 px. */
    static final double DEFAULT_SPLIT = 68;
    /**
     * The split position is remembered per browser (localStorage, like the menu): restored when the view is built,
     * stored when the user lets go of the splitter. Kept between 25 and 85 percent, so neither side disappears.
     */
    static final String REMEMBER_SPLIT = """
            const split = this, key = 'factmark.split.article';
            const apply = (p) => { const [a, b] = [split.children[0], split.children[1]];
                if (!a || !b || !(p >= 25 && p <= 85)) return;
                a.style.flex = '1 1 ' + p + '%'; b.style.flex = '1 1 ' + (100 - p) + '%'; };
            apply(parseFloat(localStorage.getItem(key)));
            split.addEventListener('splitter-dragend', () => {
                const a = split.children[0].getBoundingClientRect().width, b = split.children[1].getBoundingClientRect().width;
                if (a + b > 0) localStorage.setItem(key, String(Math.round(1000 * a / (a + b)) / 10)); });""";

    private final ArticleService articles;
    private final ClaimService claims;

    private long articleId = -1;
    private String title = "Article";
    ArticleBody body;
    ClaimPanel panel;
    Grid<ClaimSummary> list;
    Select<ClaimStatus> statusFilter;
    Select<ClaimType> typeFilter;
    Span count;
    // compact summaries, not entities: an article with hundreds of claims stays light per session
    private final Map<Long, ClaimSummary> byId = new HashMap<>();
    private final List<ClaimSummary> items = new ArrayList<>();
    private ListDataProvider<ClaimSummary> provider;
    private Long selected;

    private final List<AnnotatorExtension> extensions;

    public ArticleView(ArticleService articles, ClaimService claims, List<AnnotatorExtension> extensions,
                       ClaimEvents claimEvents) {
        this.articles = articles;
        this.claims = claims;
        this.extensions = extensions;
        addClassName("annotator");
        setSizeFull();
        // colleagues' claims appear, change and vanish without a reload; read again as this view's user
        LiveUpdates.onClaimChanges(this, claimEvents, this::colleaguesChanged);
    }

    /**
     * Claims changed elsewhere (another user, tab or node): each one of this article is read again through the
     * service as this view's user, so visibility rules hold, and only its data goes to the browser. The open claim's
     * panel is redrawn, unless the user has unsaved edits there: then it says who changed it and offers a reload.
     */
    void colleaguesChanged(List<ClaimChange> changes) {
        if (articleId < 0 || body == null) return;
        Set<Long> ids = new LinkedHashSet<>();
        for (ClaimChange change : changes) {
            if (change.isEverything()) {
                for (Claim c : claims.listForArticle(articleId)) ids.add(c.getId());
                ids.addAll(byId.keySet());
            } else if (change.articleId() == articleId) {
                ids.add(change.claimId());
            }
        }
        for (long id : ids) {
            String actor = null; // who changed it last in this batch
            for (ClaimChange c : changes) if (c.claimId() == id && c.actor() != null) actor = c.actor();
            Claim fresh;
            try {
                fresh = claims.get(id);
            } catch (NotFoundException e) {
                if (byId.containsKey(id)) {
                    if (Long.valueOf(id).equals(selected) && panel.hasUnsavedEdits()) {
                        panel.changedElsewhere(actor, true);
                        ClaimSummary old = byId.remove(id);
                        items.remove(old);
                        body.remove(id);
                        provider.refreshAll();
                        updateCount();
                    } else {
                        deleted(id);
                    }
                }
                continue;
            }
            if (fresh.getArticle().getId() != articleId) continue;
            ClaimSummary summary = ClaimSummary.of(fresh);
            if (summary.equals(byId.get(id)) && !Long.valueOf(id).equals(selected)) continue;
            claimChanged(summary);
            if (Long.valueOf(id).equals(selected) && panel.loadedVersion() != fresh.getVersion()) {
                if (panel.hasUnsavedEdits()) {
                    panel.changedElsewhere(actor, false);
                } else {
                    panel.show(id);
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | Factmark";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addStyleSheet("context://app/annotator.css");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        Long claimId;
        try {
            id = event.getRouteParameters().getLong("articleId").orElse(-1L);
            claimId = event.getRouteParameters().getLong("claimId").orElse(null);
        } catch (IllegalArgumentException e) { // digits, but too many for a long (Vaadin wraps the NumberFormatException)
            Notices.error("There is no article " + event.getRouteParameters().get("articleId").orElse("") + ".");
            event.forwardTo("");
            return;
        }
        if (id != articleId) {
            try {
                build(id);
            } catch (NotFoundException e) {
                Notices.error("There is no article " + id + ".");
                event.forwardTo("");
                return;
            }
        }
        if (claimId != null && byId.containsKey(claimId)) {
            select(claimId, true, false);
        } else if (claimId != null) {
            Notices.error("Claim " + claimId + " is not in this article (it may have been deleted).");
            select(null, false, true);
        } else if (selected != null) {
            select(null, false, false);
        }
    }

    /**
     * Leaving the open claim through navigation (the menu, another claim's link, back) while the panel holds unsaved
     * edits: ask first (Keep editing / Discard). A link to the claim already open leaves nothing.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (panel == null || !panel.hasUnsavedEdits()) return;
        String path = event.getLocation().getPath();
        if (path.equals("articles/" + articleId + "/claims/" + selected)) return;
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        askDiscard(action::proceed, () -> { });
    }

    /**
     * Runs a switch to another claim (list, highlight, keyboard, a new mark), asking first when the open claim has
     * unsaved edits. Keep editing leaves everything as it was; Discard switches.
     */
    private void switchTo(Long claimId, boolean scroll) {
        if (panel == null || !panel.hasUnsavedEdits() || java.util.Objects.equals(claimId, selected)) {
            select(claimId, scroll, true);
            return;
        }
        askDiscard(() -> select(claimId, scroll, true), () -> {
            ClaimSummary open = selected == null ? null : byId.get(selected);
            if (open != null) list.asSingleSelect().setValue(open);
        });
    }

    /** Keep editing (the default button, and Esc) or Discard the unsaved edits of the open claim. */
    private static void askDiscard(Runnable discard, Runnable keep) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("unsaved-confirm");
        ask.setHeader("Unsaved changes");
        ask.setText("You changed this claim and did not save it. Keep editing, or discard your changes?");
        ask.setConfirmText("Keep editing");
        ask.addConfirmListener(e -> keep.run());
        ask.setRejectable(true);
        ask.setRejectText("Discard changes");
        ask.setRejectButtonTheme("error tertiary");
        ask.addRejectListener(e -> discard.run());
        ask.addCancelListener(e -> keep.run());
        ask.open();
    }

    private void build(long id) {
        Article a = articles.get(id);
        List<Claim> all = claims.listForArticle(id);
        removeAll();
        byId.clear();
        items.clear();
        selected = null;
        articleId = id;
        title = a.getTitle();

        // ---- middle: the article
        for (Claim claim : all) {
            ClaimSummary c = ClaimSummary.of(claim);
            byId.put(c.id(), c);
            items.add(c);
        }
        // the body draws from this view's summaries (no second copy of the claims per session)
        body = new ArticleBody(a.getBody(), new ArticleBody.MarkSource() {
            @Override
            public java.util.Collection<Mark> marks() {
                return items.stream().map(ArticleView::mark).toList();
            }

            @Override
            public boolean has(long claimId) {
                return byId.containsKey(claimId);
            }
        });
        body.addMarkRequestListener(e -> {
            if (e.empty()) Notices.error("Select some text in the article first, then press M or Mark claim.");
            else if (markClaim(e.start(), e.end())) e.saved();
        });
        body.addHighlightClickListener(e -> openFromHighlight(e.claimIds()));
        body.addStepListener(e -> step(e.direction()));
        boolean canMark = CurrentUser.hasRole(Role.ANNOTATOR) || CurrentUser.hasRole(Role.ADMIN);
        body.setCanMark(canMark);
        body.addHelpListener(e -> openKeyboardHelp());
        body.addTypeKeyListener(e -> chooseType(e.number()));

        H2 heading = new H2(a.getTitle());
        heading.addClassName("article-title");
        heading.setId("article-title");
        Span meta = new Span(String.join(" · ", nonNull(a.getPublisher(),
                a.getPublishedAt() == null ? null : a.getPublishedAt().toString(), a.getLanguage())));
        meta.addClassName("muted");
        Button markButton = new Button("Mark claim (M)");
        markButton.setId("mark-claim");
        markButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markButton.setVisible(canMark);
        // marking hints only for those who may mark (a reviewer reads; J / K and ? work for everyone)
        Span keys = new Span(canMark ? "Select text (or Tab to it and use Shift+arrows), then M. J / K: next / previous claim."
                : "J / K: next / previous claim.");
        keys.setId("annotator-keys-hint");
        keys.addClassName("muted");
        Button help = new Button("Keyboard shortcuts (?)", e -> openKeyboardHelp());
        help.setId("keyboard-help-button");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div toolbar = new Div(markButton, keys, help);
        toolbar.addClassName("toolbar");
        Div reading = new Div(toolbar, heading, meta, body);
        reading.addClassName("reading");
        // the article column scrolls; keyboard users reach it through the focusable text inside (#article-body, where
        // PageUp/PageDown scroll it), so the column itself is no second tab stop (axe: scrollable-region-focusable)
        reading.getElement().setAttribute("role", "region");
        reading.getElement().setAttribute("aria-label", "Article text");

        // ---- left: the claim list
        statusFilter = new Select<>();
        statusFilter.setId("claim-filter-status");
        statusFilter.setLabel("Status");
        statusFilter.setItems(ClaimStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("All");
        typeFilter = new Select<>();
        typeFilter.setId("claim-filter-type");
        typeFilter.setLabel("Type");
        typeFilter.setItems(ClaimType.values());
        typeFilter.setItemLabelGenerator(t -> t == null ? "All" : t.label());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption("All");
        statusFilter.addValueChangeListener(e -> applyFilter());
        typeFilter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(statusFilter, typeFilter);
        statusFilter.setMinWidth("0");
        typeFilter.setMinWidth("0");
        filters.setWidthFull();
        filters.expand(statusFilter, typeFilter);

        list = new Grid<>();
        list.setId("claim-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // property bindings only (Lit escapes them); the values are enum names and labels, never user text
        list.addColumn(LitRenderer.<ClaimSummary>of(StatusDot.LIT)
                .withProperty("status", c -> StatusDot.css(c.status()))
                .withProperty("label", c -> c.status().label())
                .withProperty("glyph", c -> StatusDot.glyph(c.status())))
                .setHeader("").setWidth("2.8em").setFlexGrow(0);
        // the type above the quote, so the narrow list gives the quote its whole width (two lines, then cut);
        // property bindings: Lit escapes the quote
        list.addColumn(LitRenderer.<ClaimSummary>of("<div class=\"claim-cell\"><span class=\"claim-cell-type\">${item.type}</span>"
                        + "<span class=\"claim-cell-quote\">${item.preview}</span></div>")
                .withProperty("type", c -> c.type().label())
                .withProperty("preview", ClaimSummary::preview))
                .setHeader("Claim").setWidth("6em").setFlexGrow(1)
                .setTooltipGenerator(c -> body.quote(c.start(), c.end())); // the full quote (the cell cuts it)
        list.setPartNameGenerator(c -> "status-" + c.status().name().toLowerCase(Locale.ROOT));
        provider = new ListDataProvider<>(items);
        list.setItems(provider);
        list.addItemClickListener(e -> switchTo(e.getItem().id(), true));
        count = new Span();
        count.setId("claim-count");
        count.addClassName("muted");
        Div side = new Div(filters, count, list);
        side.addClassName("claim-side");
        addExtensions(side);

        // ---- right: the claim panel, beside the article in a split the user can drag (remembered in the browser)
        panel = new ClaimPanel(claims, this, extensions);
        SplitLayout split = new SplitLayout(reading, panel);
        split.setId("article-split");
        split.addClassName("article-split");
        split.setSplitterPosition(DEFAULT_SPLIT);
        split.getElement().executeJs(REMEMBER_SPLIT);

        add(side, split);
        updateCount();
    }

    /** Suggestions and other features that add to the annotator (base.ui.AnnotatorExtension). */
    private void addExtensions(Div side) {
        AnnotatorExtension.Context context = new AnnotatorExtension.Context() {
            @Override
            public long articleId() {
                return articleId;
            }

            @Override
            public Component articleBody() {
                return body;
            }

            @Override
            public void claimCreated(long claimId) {
                claimChanged(ClaimSummary.of(claims.get(claimId)));
                switchTo(claimId, false);
            }
        };
        for (AnnotatorExtension x : extensions) {
            Component c = x.create(context);
            if (c != null) side.add(c);
        }
    }

    static Mark mark(Claim c) {
        return new Mark(c.getId(), c.getStart(), c.getEnd(), c.getStatus());
    }

    static Mark mark(ClaimSummary c) {
        return new Mark(c.id(), c.start(), c.end(), c.status());
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null && !p.isBlank()) out.add(p);
        return out;
    }

    // ---- marking -------------------------------------------------------------------------------------------

    /**
     * Saves [start, end) (snapped to whole characters) as a claim of the current user and draws it; false (with a
     * message) when refused.
     */
    boolean markClaim(int start, int end) {
        ClaimSummary c;
        try {
            c = ClaimSummary.of(claims.mark(articleId, start, end, true, DefaultClaimType.of(body.text(start, end)), null));
        } catch (InvalidInputException e) {
            Notices.error(e.getMessage());
            return false;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notices.error("Only annotators mark claims.");
            return false;
        }
        byId.put(c.id(), c);
        int at = insertionPoint(c);
        items.add(at, c);
        body.put(mark(c));
        provider.refreshAll();
        updateCount();
        switchTo(c.id(), false);
        return true;
    }

    private int insertionPoint(ClaimSummary c) {
        int lo = 0, hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (BY_POSITION.compare(items.get(mid), c) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // ---- keys ----------------------------------------------------------------------------------------------

    /** The {@code ?} key and the help button: every annotator key (without the marking keys for non-annotators). */
    void openKeyboardHelp() {
        boolean canMark = CurrentUser.hasRole(Role.ANNOTATOR) || CurrentUser.hasRole(Role.ADMIN);
        Dialog d = KeyboardHelp.dialog(canMark);
        // back to where the user was (the article text or the button), as a dialog should
        d.addOpenedChangeListener(e -> {
            if (!e.isOpened()) e.getSource().getUI().orElse(UI.getCurrent()).getPage()
                    .executeJs("window.FactmarkKeyboard && window.FactmarkKeyboard.restoreFocus()");
        });
        d.open();
    }

    /** Digit key {@code number}: the open claim gets the number-th type (ClaimType order), if the user may edit it. */
    void chooseType(int number) {
        ClaimType[] types = ClaimType.values();
        if (selected == null || number < 1 || number > types.length) return;
        panel.chooseType(types[number - 1]);
    }

    // ---- selecting -----------------------------------------------------------------------------------------

    /** Opens a claim in the panel (null: none), outlines its highlight, and puts it in the URL. */
    void select(Long claimId, boolean scroll, boolean updateUrl) {
        selected = claimId;
        if (claimId == null) {
            panel.clear();
            list.asSingleSelect().clear();
        } else {
            // the claim already open with unsaved edits (its row clicked again, its link opened again): keep them
            if (!(claimId.equals(panel.claimId()) && panel.hasUnsavedEdits())) panel.show(claimId);
            ClaimSummary c = byId.get(claimId);
            if (c != null) list.asSingleSelect().setValue(c);
            int index = visible().indexOf(c);
            if (index >= 0) list.scrollToIndex(index);
        }
        if (panel.claimId() == null && claimId != null) selected = null;
        body.focus(selected, scroll);
        if (updateUrl) {
            String url = "articles/" + articleId + (selected == null ? "" : "/claims/" + selected);
            UI.getCurrent().getPage().getHistory().replaceState(null, url);
        }
    }

    Long selected() {
        return selected;
    }

    private void openFromHighlight(List<Long> ids) {
        if (ids.size() == 1) {
            switchTo(ids.get(0), false);
            return;
        }
        Dialog chooser = new Dialog();
        chooser.setId("claim-chooser");
        chooser.setWidth("min(36rem, 95vw)");
        chooser.setHeaderTitle(ids.size() + " claims here");
        for (Long id : ids) {
            ClaimSummary c = byId.get(id);
            if (c == null) continue;
            Span dot = StatusDot.of(c.status(), true);
            Button b = new Button("#" + id + " " + c.type().label() + ": " + c.preview(), e -> {
                chooser.close();
                switchTo(id, false);
            });
            b.setPrefixComponent(dot);
            b.setTooltipText(body.quote(c.start(), c.end()));
            b.setId("choose-claim-" + id);
            b.addClassName("claim-chooser-item");
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.setWidthFull();
            chooser.add(b);
        }
        chooser.getFooter().add(new Button("Cancel", e -> chooser.close()));
        chooser.open();
    }

    /** Next / previous claim among those the filter shows, in reading order. */
    void step(int direction) {
        List<ClaimSummary> shown = visible();
        if (shown.isEmpty()) return;
        int i = selected == null ? -1 : shown.indexOf(byId.get(selected));
        int next;
        if (i < 0) next = direction > 0 ? 0 : shown.size() - 1;
        else next = Math.floorMod(i + direction, shown.size());
        switchTo(shown.get(next).id(), true);
    }

    private List<ClaimSummary> visible() {
        ClaimStatus s = statusFilter.getValue();
        ClaimType t = typeFilter.getValue();
        if (s == null && t == null) return items;
        return items.stream().filter(c -> (s == null || c.status() == s) && (t == null || c.type() == t)).toList();
    }

    private void applyFilter() {
        ClaimStatus s = statusFilter.getValue();
        ClaimType t = typeFilter.getValue();
        provider.setFilter(c -> (s == null || c.status() == s) && (t == null || c.type() == t));
        updateCount();
    }

    private void updateCount() {
        int shown = visible().size();
        count.setText(shown == items.size() ? items.size() + " claims" : shown + " of " + items.size() + " claims");
    }

    // ---- from the panel ------------------------------------------------------------------------------------

    @Override
    public void changed(Claim claim) {
        claimChanged(ClaimSummary.of(claim));
    }

    /**
     * One claim of this article changed (or appeared): its list row and its highlight are updated, and only that
     * claim's data goes to the browser. For the claim panel and for live updates from elsewhere (call it in the
     * view's UI, e.g. through {@code ui.access}).
     */
    public void claimChanged(ClaimSummary claim) {
        ClaimSummary old = byId.put(claim.id(), claim);
        if (old != null) items.remove(old);
        items.add(insertionPoint(claim), claim);
        if (old == null || old.status() != claim.status() || old.start() != claim.start() || old.end() != claim.end()) {
            body.put(mark(claim));
        }
        provider.refreshAll();
        if (Long.valueOf(claim.id()).equals(selected)) {
            list.asSingleSelect().setValue(claim);
            body.focus(selected, false);
        }
        updateCount();
    }

    @Override
    public void deleted(long claimId) {
        ClaimSummary old = byId.remove(claimId);
        if (old != null) items.remove(old);
        body.remove(claimId);
        provider.refreshAll();
        updateCount();
        if (Long.valueOf(claimId).equals(selected)) select(null, false, true);
    }
}
