package org.factmark.base;

/**
 * Offsets in Factmark are Unicode code points, end exclusive (the W3C TextPositionSelector convention).
 * Java strings index UTF-16 units; these helpers convert. All methods throw {@link IllegalArgumentException}
 * for offsets outside the text.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** Number of code points in {@code s}. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** UTF-16 index of code-point offset {@code cp}. */
    public static int toUtf16(String s, int cp) {
        if (cp < 0) throw new IllegalArgumentException("negative offset " + cp);
        try {
            return s.offsetByCodePoints(0, cp);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("offset " + cp + " is past the end of the text (" + length(s) + " code points)");
        }
    }

    /** Code-point offset of UTF-16 index {@code utf16}. */
    public static int fromUtf16(String s, int utf16) {
        return s.codePointCount(0, utf16);
    }

    /** {@code s[start:end]} in code points. */
    public static String slice(String s, int start, int end) {
        if (end < start) throw new IllegalArgumentException("end " + end + " before start " + start);
        int from = toUtf16(s, start);
        int to;
        try {
            to = s.offsetByCodePoints(from, end - start);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("offset " + end + " is past the end of the text (" + length(s) + " code points)");
        }
        return s.substring(from, to);
    }

    /** Up to {@code n} code points before code-point offset {@code at}. */
    public static String before(String s, int at, int n) {
        int end = toUtf16(s, at);
        int start = end;
        for (int i = 0; i < n && start > 0; i++) start = s.offsetByCodePoints(start, -1);
        return s.substring(start, end);
    }

    /** Up to {@code n} code points from code-point offset {@code at}. */
    public static String after(String s, int at, int n) {
        int start = toUtf16(s, at);
        int end = start;
        for (int i = 0; i < n && end < s.length(); i++) end = s.offsetByCodePoints(end, 1);
        return s.substring(start, end);
    }

    /**
     * {@link #fromUtf16} for many ascending indexes of one text (sentence or token boundaries) in one pass over it,
     * instead of counting from the start each time; an index lower than the last one starts over.
     */
    public static final class Cursor {
        private final String s;
        private int utf16;
        private int cp;

        public Cursor(String s) {
            this.s = s;
        }

        /** The code-point offset of UTF-16 index {@code index}. */
        public int at(int index) {
            if (index < utf16) {
                utf16 = 0;
                cp = 0;
            }
            cp += s.codePointCount(utf16, index);
            utf16 = index;
            return cp;
        }
    }
}
