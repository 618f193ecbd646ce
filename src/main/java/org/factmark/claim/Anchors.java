package org.factmark.claim;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.factmark.base.CodePoints;
import org.factmark.base.TextSpan;

/**
 * Text anchoring on an article body: quote and context for a span (TextQuoteSelector), spans for a quote, and
 * snapping a browser selection to whole user-perceived characters (grapheme clusters: flags, ZWJ emoji,
 * combining sequences). All offsets are code points.
 */
public final class Anchors {
    private Anchors() {
    }

    /** The exact quote and up to {@link Claim#CONTEXT_CODE_POINTS} code points of context each side. */
    public record Quote(String exact, String prefix, String suffix) {
    }

    public static Quote quote(String body, TextSpan span) {
        return new Quote(CodePoints.slice(body, span.start(), span.end()),
                CodePoints.before(body, span.start(), Claim.CONTEXT_CODE_POINTS),
                CodePoints.after(body, span.end(), Claim.CONTEXT_CODE_POINTS));
    }

    /**
     * Widens a span so that it neither starts nor ends inside a grapheme cluster: a selection that ends between the
     * two halves of a flag, or between a letter and its combining accent, gets the whole character the user saw.
     */
    public static TextSpan snapToGraphemes(String body, TextSpan span) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(body);
        int s = CodePoints.toUtf16(body, span.start());
        int e = CodePoints.toUtf16(body, span.end());
        int start = it.isBoundary(s) ? s : it.preceding(s);
        int end = it.isBoundary(e) ? e : it.following(e);
        return new TextSpan(CodePoints.fromUtf16(body, start), CodePoints.fromUtf16(body, end));
    }

    /** Every span where {@code quote} occurs in {@code body} (overlapping occurrences included). */
    public static List<TextSpan> occurrences(String body, String quote) {
        List<TextSpan> out = new ArrayList<>();
        if (quote.isEmpty()) return out;
        int len = CodePoints.length(quote);
        int lastUtf16 = 0, lastCp = 0;
        for (int at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
            lastCp += body.codePointCount(lastUtf16, at);
            lastUtf16 = at;
            out.add(new TextSpan(lastCp, lastCp + len));
        }
        return out;
    }

    /**
     * The occurrences of {@code quote} that agree with the given context: the body just before must end with
     * {@code prefix} and the body just after must start with {@code suffix} (blank context matches everything).
     */
    public static List<TextSpan> find(String body, String quote, String prefix, String suffix) {
        List<TextSpan> all = occurrences(body, quote);
        if ((prefix == null || prefix.isEmpty()) && (suffix == null || suffix.isEmpty())) return all;
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : all) {
            int from = CodePoints.toUtf16(body, s.start());
            int to = CodePoints.toUtf16(body, s.end());
            boolean pre = prefix == null || prefix.isEmpty() || body.startsWith(prefix, from - prefix.length()) && from >= prefix.length();
            boolean suf = suffix == null || suffix.isEmpty() || body.startsWith(suffix, to);
            if (pre && suf) out.add(s);
        }
        return out;
    }
}
