package org.factmark.claim.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factmark.claim.ui.Highlights.Mark;
import org.factmark.claim.ui.Highlights.Segment;

/**
 * The article as plain server-built paragraphs ({@code p[data-o][data-len]}, one text node each, rendered once and
 * never rebuilt, no listeners of their own). The claims travel to the browser as compact data ({@code
 * id,start,end,status} per claim) and frontend/annotator.js draws them as highlight segments
 * ({@code span.hl[data-claim-ids][data-depth]}) from code-point offsets, with the same sweep as {@link Highlights}.
 * A changed claim sends that one claim's data ({@link #put}), never a re-render. One click listener, delegated at
 * the document, serves all highlights (docs/annotator.md, docs/performance.md).
 */
public class ArticleBody extends Div {
    public static final String SCRIPT_URL = "context://app/annotator.js";
    /** The keyboard caret, digit and help keys (docs/annotator.md "Keyboard"). */
    static final String KEYBOARD_URL = "context://app/keyboard.js";
    static final String WHEN_READY = """
            const el = this;
            const go = () => %s;
            if (window.FactmarkAnnotator) go(); else window.addEventListener('factmark-annotator-ready', go, {once: true});
            """;

    /**
     * Where the body reads the claims it draws: the view's own records, so a session keeps one copy of an article's
     * claims, not two (docs/performance.md).
     */
    public interface MarkSource {
        /** All claims to draw, in any order (read on attach). */
        Collection<Mark> marks();

        /** Whether the claim is drawn here. */
        boolean has(long claimId);
    }

    private final ArticleText text;
    /** The claims when the body keeps them itself (tests and tools); null when a {@link MarkSource} serves them. */
    private final Map<Long, Mark> own;
    private final MarkSource source;

    /** A body that keeps its own copy of the claims (tests and tools). */
    public ArticleBody(String body, List<Mark> initial) {
        this(body, null, new LinkedHashMap<>());
        for (Mark m : initial) own.put(m.id(), m);
    }

    /** A body drawing the claims that {@code source} holds; {@link #put}/{@link #remove} only tell the browser. */
    public ArticleBody(String body, MarkSource source) {
        this(body, source, null);
    }

    private ArticleBody(String body, MarkSource source, Map<Long, Mark> own) {
        this.own = own;
        this.source = source != null ? source : new MarkSource() {
            @Override
            public Collection<Mark> marks() {
                return own.values();
            }

            @Override
            public boolean has(long claimId) {
                return own.containsKey(claimId);
            }
        };
        // the paragraphs' strings are shared with every other session showing this text
        this.text = ArticleText.of(body);
        setId("article-body");
        addClassName("article-body");
        getElement().setAttribute("data-len", String.valueOf(text.length()));
        int n = text.paragraphCount();
        Element[] paragraphs = new Element[n];
        for (int i = 0; i < n; i++) {
            Element p = new Element("p");
            p.setAttribute("data-o", String.valueOf(text.start(i)));
            p.setAttribute("data-len", String.valueOf(text.length(i)));
            p.setText(text.paragraph(i));
            paragraphs[i] = p;
        }
        getElement().appendChild(paragraphs);
        // the text takes the focus (Tab) and then a keyboard caret (frontend/keyboard.js)
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "document");
        setCanMark(false);
    }

    /** Whether the user may mark claims: the text's label names the M key only then, and so does the spoken selection. */
    void setCanMark(boolean canMark) {
        getElement().setAttribute("data-can-mark", String.valueOf(canMark));
        getElement().setAttribute("aria-label", canMark
                ? "Article text. Arrow keys move the caret, Shift with them selects, M marks the selection as a claim, ? lists all keys."
                : "Article text. Arrow keys move the caret, Shift with them selects, ? lists all keys.");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJsModule(SCRIPT_URL);
        attachEvent.getUI().getPage().addJsModule(KEYBOARD_URL);
        attachEvent.getUI().getPage().addStyleSheet("context://app/keyboard.css");
        // all claims in one compact string; sent again on every attach, so a re-attached view draws them again
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkAnnotator.attach(el, $0)"), encode(source.marks()));
    }

    /** The body's code points [start, end) (paragraph separators included). */
    String text(int start, int end) {
        StringBuilder b = new StringBuilder();
        int at = start;
        for (int i : text.paragraphsTouching(start, end)) {
            int ps = text.start(i);
            String p = text.paragraph(i);
            if (at < ps) b.append(ArticleText.SEPARATOR, 0, Math.min(ps - at, ArticleText.SEPARATOR.length()));
            int from = Math.max(start, ps) - ps, to = Math.min(end, ps + text.length(i)) - ps;
            b.append(p, p.offsetByCodePoints(0, from), p.offsetByCodePoints(0, to));
            at = ps + to;
        }
        return b.toString();
    }

    /** The full quote of a claim at [start, end) on one line (white space runs as one space), e.g. for tooltips. */
    String quote(int start, int end) {
        return text.slice(start, end).replaceAll("\\s+", " ").strip();
    }

    /** Length of the body in code points. */
    public int length() {
        return text.length();
    }

    /** Draws a new claim or redraws a changed one: sends that claim's data only; the browser redraws what it touches. */
    void put(Mark m) {
        if (own != null && m.equals(own.put(m.id(), m))) return;
        if (!isAttached()) return;
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkAnnotator.put(el, $0)"), encode(List.of(m)));
    }

    void remove(long claimId) {
        if (own != null && own.remove(claimId) == null) return;
        if (!isAttached()) return;
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkAnnotator.remove(el, $0)"), String.valueOf(claimId));
    }

    /** Outlines the claim's segments in the browser; with {@code scroll} also brings the first into view. */
    void focus(Long claimId, boolean scroll) {
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkAnnotator.focus(el, $0, $1)"),
                claimId == null ? null : String.valueOf(claimId), scroll);
    }

    int paragraphCount() {
        return text.paragraphCount();
    }

    /** The claims as the browser receives them: {@code id,start,end,status} joined by {@code ;} (status lower case). */
    static String encode(Collection<Mark> ms) {
        StringBuilder b = new StringBuilder(ms.size() * 20);
        for (Mark m : ms) {
            if (!b.isEmpty()) b.append(';');
            b.append(m.id()).append(',').append(m.start()).append(',').append(m.end()).append(',')
                    .append(m.status().name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The claims drawn, as the browser holds them. */
    Collection<Mark> marks() {
        return Collections.unmodifiableCollection(source.marks());
    }

    /**
     * The highlight spans annotator.js draws from {@link #marks()}, built here with the same segments (for tests and
     * tools; detached elements, never sent). Real-browser tests check the drawing itself.
     */
    List<Element> highlightElements() {
        List<Element> out = new ArrayList<>();
        Collection<Mark> all = source.marks();
        for (int i = 0; i < text.paragraphCount(); i++) {
            int pStart = text.start(i), pEnd = pStart + text.length(i);
            List<Mark> touching = all.stream().filter(m -> m.start() < pEnd && m.end() > pStart).toList();
            if (touching.isEmpty()) continue;
            String s = text.paragraph(i);
            int utf16 = 0;
            int cp = pStart;
            for (Segment seg : Highlights.segments(pStart, pEnd, touching)) {
                int from = utf16;
                utf16 = s.offsetByCodePoints(utf16, seg.end() - cp);
                cp = seg.end();
                if (!seg.highlighted() || from == utf16) continue;
                Element hl = new Element("span");
                hl.setText(s.substring(from, utf16));
                hl.setAttribute("class", "hl hl-" + seg.strongest().name().toLowerCase(Locale.ROOT));
                hl.setAttribute("data-claim-ids", seg.claimIds());
                hl.setAttribute("data-depth", String.valueOf(seg.marks().size()));
                hl.setAttribute("data-o", String.valueOf(seg.start()));
                out.add(hl);
            }
        }
        return out;
    }

    // ---- from the browser (frontend/annotator.js) ----------------------------------------------------------

    /**
     * The user asked to mark [start, end) (code points of the body). The browser has drawn it as pending already;
     * the answer (true: a claim was saved and its data sent, with the server's offsets; false: refused, with a
     * message) tells it to drop the pending drawing.
     */
    @ClientCallable
    public boolean markSelection(int start, int end) {
        if (start < 0 || end <= start || end > text.length()) {
            throw new IllegalArgumentException("selection outside the article: " + start + ".." + end);
        }
        MarkRequest request = new MarkRequest(this, start, end);
        fireEvent(request);
        return request.saved;
    }

    /** The user pressed the mark button or key with no text selected. */
    @ClientCallable
    public void nothingSelected() {
        fireEvent(new MarkRequest(this, -1, -1));
    }

    /** A click on a highlight: the ids (space separated) of the claims under the cursor. */
    @ClientCallable
    public void highlightClicked(String claimIds) {
        List<Long> ids = new ArrayList<>();
        for (String s : claimIds.trim().split("\\s+")) {
            if (s.isEmpty()) continue;
            long id = Long.parseLong(s);
            if (source.has(id)) ids.add(id);
        }
        if (!ids.isEmpty()) fireEvent(new HighlightClick(this, List.copyOf(ids)));
    }

    /** Next (+1) or previous (-1) claim from the keyboard. */
    @ClientCallable
    public void step(int direction) {
        fireEvent(new Step(this, direction >= 0 ? 1 : -1));
    }

    /** The {@code ?} key: show the keyboard help. */
    @ClientCallable
    public void showHelp() {
        fireEvent(new HelpRequest(this));
    }

    /** A digit key 1-9 (not in a text field): choose the open claim's type by its number. */
    @ClientCallable
    public void chooseType(int number) {
        if (number < 1 || number > 9) throw new IllegalArgumentException("type key outside 1-9: " + number);
        fireEvent(new TypeKey(this, number));
    }

    public Registration addHelpListener(ComponentEventListener<HelpRequest> l) {
        return addListener(HelpRequest.class, l);
    }

    public Registration addTypeKeyListener(ComponentEventListener<TypeKey> l) {
        return addListener(TypeKey.class, l);
    }

    public static class HelpRequest extends ComponentEvent<ArticleBody> {
        HelpRequest(ArticleBody source) {
            super(source, true);
        }
    }

    /** A digit key: {@code number} 1-9. */
    public static class TypeKey extends ComponentEvent<ArticleBody> {
        private final int number;

        TypeKey(ArticleBody source, int number) {
            super(source, true);
            this.number = number;
        }

        public int number() {
            return number;
        }
    }

    public Registration addMarkRequestListener(ComponentEventListener<MarkRequest> l) {
        return addListener(MarkRequest.class, l);
    }

    public Registration addHighlightClickListener(ComponentEventListener<HighlightClick> l) {
        return addListener(HighlightClick.class, l);
    }

    public Registration addStepListener(ComponentEventListener<Step> l) {
        return addListener(Step.class, l);
    }

    /** A mark request; start/end are -1 when nothing was selected. */
    public static class MarkRequest extends ComponentEvent<ArticleBody> {
        private final int start;
        private final int end;
        private boolean saved;

        MarkRequest(ArticleBody source, int start, int end) {
            super(source, true);
            this.start = start;
            this.end = end;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public boolean empty() {
            return start < 0;
        }

        /** The listener saved the claim (the browser's pending highlight is replaced by the saved one). */
        public void saved() {
            this.saved = true;
        }
    }

    public static class HighlightClick extends ComponentEvent<ArticleBody> {
        private final List<Long> claimIds;

        HighlightClick(ArticleBody source, List<Long> claimIds) {
            super(source, true);
            this.claimIds = claimIds;
        }

        public List<Long> claimIds() {
            return claimIds;
        }
    }

    public static class Step extends ComponentEvent<ArticleBody> {
        private final int direction;

        Step(ArticleBody source, int direction) {
            super(source, true);
            this.direction = direction;
        }

        public int direction() {
            return direction;
        }
    }
}
