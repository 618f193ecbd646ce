package org.factmark.claim.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ui.Highlights.Mark;
import org.factmark.claim.ui.Highlights.Segment;

/**
 * The article as server-built paragraphs of Text and Span nodes (never HTML), with the claims drawn as highlight
 * segments ({@code span.hl[data-claim-ids][data-depth]}). Paragraphs carry {@code data-o}/{@code data-len} (code
 * points) so frontend/annotator.js can turn a DOM selection into body offsets. Changing one claim re-renders only
 * the paragraphs it touches.
 */
public class ArticleBody extends Div {
    public static final String SCRIPT_URL = "context://app/annotator.js";
    static final String WHEN_READY = """
            const el = this;
            const go = () => %s;
            if (window.FactmarkAnnotator) go(); else window.addEventListener('factmark-annotator-ready', go, {once: true});
            """;

    private final ArticleText text;
    private final Paragraph[] paragraphs;
    private final List<List<Mark>> byParagraph;
    private final Map<Long, Mark> marks = new HashMap<>();

    public ArticleBody(String body, List<Mark> initial) {
        this.text = new ArticleText(body);
        setId("article-body");
        addClassName("article-body");
        getElement().setAttribute("data-len", String.valueOf(text.length()));
        int n = text.paragraphCount();
        this.paragraphs = new Paragraph[n];
        this.byParagraph = new ArrayList<>(n);
        for (int i = 0; i < n; i++) byParagraph.add(new ArrayList<>());
        for (Mark m : initial) {
            marks.put(m.id(), m);
            for (int p : text.paragraphsTouching(m.start(), m.end())) byParagraph.get(p).add(m);
        }
        for (int i = 0; i < n; i++) {
            Paragraph p = new Paragraph();
            p.getElement().setAttribute("data-o", String.valueOf(text.start(i)));
            p.getElement().setAttribute("data-len", String.valueOf(text.length(i)));
            paragraphs[i] = p;
            render(i);
            add(p);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJsModule(SCRIPT_URL);
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkAnnotator.attach(el)"));
    }

    /** Length of the body in code points. */
    public int length() {
        return text.length();
    }

    /** Draws a new claim (or redraws a changed one); only the paragraphs it touches (or touched) are rebuilt. */
    void put(Mark m) {
        Mark old = marks.put(m.id(), m);
        int[] touched = text.paragraphsTouching(m.start(), m.end());
        if (old != null) {
            int[] before = text.paragraphsTouching(old.start(), old.end());
            for (int p : before) byParagraph.get(p).remove(old);
            touched = union(touched, before);
        }
        for (int p : text.paragraphsTouching(m.start(), m.end())) byParagraph.get(p).add(m);
        for (int p : touched) render(p);
    }

    void remove(long claimId) {
        Mark old = marks.remove(claimId);
        if (old == null) return;
        for (int p : text.paragraphsTouching(old.start(), old.end())) {
            byParagraph.get(p).remove(old);
            render(p);
        }
    }

    /** Outlines the claim's segments in the browser; with {@code scroll} also brings the first into view. */
    void focus(Long claimId, boolean scroll) {
        getElement().executeJs(WHEN_READY.formatted("window.FactmarkAnnotator.focus(el, $0, $1)"),
                claimId == null ? null : String.valueOf(claimId), scroll);
    }

    int paragraphCount() {
        return paragraphs.length;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    /**
     * Rebuilds paragraph i from its segments. Segments are plain {@link Element}s (text nodes and spans whose
     * content is set as text), lighter than components: a 10,000-word article with 2,000 claims has ~4,000 of them.
     */
    private void render(int i) {
        Element p = paragraphs[i].getElement();
        p.removeAllChildren();
        String s = text.paragraph(i);
        int pStart = text.start(i);
        List<Segment> segments = Highlights.segments(pStart, pStart + text.length(i), byParagraph.get(i));
        Element[] children = new Element[segments.size()];
        int count = 0;
        int utf16 = 0;
        int cp = pStart;
        for (Segment seg : segments) {
            int from = utf16;
            utf16 = s.offsetByCodePoints(utf16, seg.end() - cp);
            cp = seg.end();
            String piece = s.substring(from, utf16);
            if (piece.isEmpty()) continue;
            if (!seg.highlighted()) {
                children[count++] = Element.createText(piece);
                continue;
            }
            Element hl = new Element("span");
            hl.setText(piece);
            ClaimStatus status = seg.strongest();
            hl.setAttribute("class", "hl hl-" + status.name().toLowerCase(Locale.ROOT));
            hl.setAttribute("data-claim-ids", seg.claimIds());
            hl.setAttribute("data-depth", String.valueOf(seg.marks().size()));
            hl.setAttribute("data-o", String.valueOf(seg.start()));
            children[count++] = hl;
        }
        p.appendChild(count == children.length ? children : Arrays.copyOf(children, count));
    }

    /** The highlight spans of the body, in document order (for tests and tools; the browser has the same DOM). */
    List<Element> highlightElements() {
        List<Element> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            p.getElement().getChildren().filter(e -> !e.isTextNode()).forEach(out::add);
        }
        return out;
    }

    // ---- from the browser (frontend/annotator.js) ----------------------------------------------------------

    /** The user asked to mark [start, end) (code points of the body). */
    @ClientCallable
    public void markSelection(int start, int end) {
        if (start < 0 || end <= start || end > text.length()) {
            throw new IllegalArgumentException("selection outside the article: " + start + ".." + end);
        }
        fireEvent(new MarkRequest(this, start, end));
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
            if (marks.containsKey(id)) ids.add(id);
        }
        if (!ids.isEmpty()) fireEvent(new HighlightClick(this, List.copyOf(ids)));
    }

    /** Next (+1) or previous (-1) claim from the keyboard. */
    @ClientCallable
    public void step(int direction) {
        fireEvent(new Step(this, direction >= 0 ? 1 : -1));
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
