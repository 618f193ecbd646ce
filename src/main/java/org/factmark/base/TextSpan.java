package org.factmark.base;

/** A code-point range [start, end) of an article body. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end, got " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan o) {
        return start < o.end && o.start < end;
    }
}
