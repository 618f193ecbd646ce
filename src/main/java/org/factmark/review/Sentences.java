package org.factmark.review;

import java.text.BreakIterator;
import java.util.Locale;
import org.factmark.base.CodePoints;

/** The sentence around a claim, so a reviewer reads the quote in context. Pure text arithmetic in code points. */
public final class Sentences {
    /** At most this many code points of context on either side of the quote. */
    public static final int MAX_CONTEXT = 300;

    private Sentences() {
    }

    /** The text before the quote (from the sentence start), the quote, and the text after it (to the sentence end). */
    public record InContext(String before, String quote, String after) {
    }

    /**
     * Splits out the sentence(s) containing [start, end) of {@code body} (code points), never crossing a line break
     * (paragraphs are separated by line breaks in a normalised body), at most {@link #MAX_CONTEXT} code points on
     * either side (then the cut side starts or ends with "…").
     */
    public static InContext around(String body, int start, int end, String languageTag) {
        int from = CodePoints.toUtf16(body, start);
        int to = CodePoints.toUtf16(body, end);
        int paraStart = body.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        if (from == 0) paraStart = 0;
        int paraEnd = body.indexOf('\n', to);
        if (paraEnd < 0) paraEnd = body.length();
        if (paraEnd < to) paraEnd = to;
        String para = body.substring(paraStart, paraEnd);
        Locale locale = languageTag == null || languageTag.isBlank() ? Locale.ROOT : Locale.forLanguageTag(languageTag);
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(para);
        int relFrom = from - paraStart;
        int relTo = to - paraStart;
        int sStart = relFrom >= para.length() ? para.length() : it.preceding(relFrom + 1);
        if (sStart == BreakIterator.DONE) sStart = 0;
        int sEnd = relTo <= 0 ? 0 : it.following(relTo - 1);
        if (sEnd == BreakIterator.DONE) sEnd = para.length();
        if (sEnd < relTo) sEnd = relTo;
        String before = para.substring(sStart, relFrom);
        String after = stripEnd(para.substring(relTo, sEnd));
        before = before.stripLeading();
        if (CodePoints.length(before) > MAX_CONTEXT) {
            int n = CodePoints.length(before);
            before = "…" + CodePoints.slice(before, n - MAX_CONTEXT, n);
        }
        if (CodePoints.length(after) > MAX_CONTEXT) after = CodePoints.slice(after, 0, MAX_CONTEXT) + "…";
        return new InContext(before, body.substring(from, to), after);
    }

    private static String stripEnd(String s) {
        return s.stripTrailing();
    }
}
