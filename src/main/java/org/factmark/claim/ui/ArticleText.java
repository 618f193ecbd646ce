package org.factmark.claim.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The article body split into paragraphs at {@value #SEPARATOR}. Offsets are code points into the whole body:
 * paragraph i covers [start(i), start(i) + length(i)); the separators between paragraphs belong to no paragraph.
 */
final class ArticleText {
    static final String SEPARATOR = "\n\n";

    /**
     * One split per article text in the whole server, shared by every session that shows it (their paragraph text
     * nodes hold the same strings): keyed by the body's content, held only while some view uses it (the value is weak,
     * and the key is the body string that the shared text itself holds, so an unused entry is collected).
     */
    private static final Map<String, WeakReference<ArticleText>> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    /** The split of {@code body}, shared with any other view of the same text. */
    static ArticleText of(String body) {
        synchronized (SHARED) {
            WeakReference<ArticleText> ref = SHARED.get(body);
            ArticleText shared = ref == null ? null : ref.get();
            if (shared == null) {
                shared = new ArticleText(body);
                SHARED.put(shared.body, new WeakReference<>(shared));
            }
            return shared;
        }
    }

    private final String body;
    private final List<String> paragraphs;
    private final int[] starts;
    private final int[] lengths;
    private final int length;

    ArticleText(String body) {
        this.body = body;
        this.paragraphs = List.of(body.split(SEPARATOR, -1));
        this.starts = new int[paragraphs.size()];
        this.lengths = new int[paragraphs.size()];
        int at = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            starts[i] = at;
            lengths[i] = p.codePointCount(0, p.length());
            at += lengths[i] + SEPARATOR.length();
        }
        this.length = at - SEPARATOR.length();
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    String paragraph(int i) {
        return paragraphs.get(i);
    }

    int start(int i) {
        return starts[i];
    }

    int length(int i) {
        return lengths[i];
    }

    /** The body's code points [start, end) (paragraph breaks included), e.g. a claim's full quote. */
    String slice(int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = paragraphAt(start); i < paragraphs.size() && starts[i] < end; i++) {
            if (i > 0 && start < starts[i] && !out.isEmpty()) out.append(SEPARATOR);
            int from = Math.max(start, starts[i]) - starts[i], to = Math.min(end, starts[i] + lengths[i]) - starts[i];
            if (from < to) out.append(org.factmark.base.CodePoints.slice(paragraphs.get(i), from, to));
        }
        return out.toString();
    }

    /** Length of the whole body in code points. */
    int length() {
        return length;
    }

    /** Index of the paragraph containing code point {@code cp}, or of the paragraph after the gap it lies in. */
    int paragraphAt(int cp) {
        int i = Arrays.binarySearch(starts, cp);
        if (i >= 0) return i;
        int before = -i - 2; // last paragraph starting before cp
        if (before < 0) return 0;
        return cp < starts[before] + lengths[before] ? before : Math.min(before + 1, starts.length - 1);
    }

    /** Indexes of the paragraphs that share at least one code point with [start, end). */
    int[] paragraphsTouching(int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = paragraphAt(start); i < starts.length && starts[i] < end; i++) {
            if (start < starts[i] + lengths[i] && lengths[i] > 0) out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
