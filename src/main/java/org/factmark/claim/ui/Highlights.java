package org.factmark.claim.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factmark.claim.ClaimStatus;

/**
 * Cuts one paragraph into segments where the set of covering claims changes: one sweep over the sorted start/end
 * points of the claims touching the paragraph, O(k log k) for k claims there, output linear in segments.
 */
final class Highlights {
    private Highlights() {
    }

    /** What the body needs of a claim to draw it. */
    record Mark(long id, int start, int end, ClaimStatus status) {
    }

    /** A piece [start, end) of a paragraph (absolute code points) and the claims covering it (empty: plain text). */
    record Segment(int start, int end, List<Mark> marks) {
        boolean highlighted() {
            return !marks.isEmpty();
        }

        String claimIds() {
            StringBuilder b = new StringBuilder();
            for (Mark m : marks) {
                if (!b.isEmpty()) b.append(' ');
                b.append(m.id());
            }
            return b.toString();
        }

        /** The status drawn: the one needing most attention among the covering claims. */
        ClaimStatus strongest() {
            ClaimStatus best = null;
            for (Mark m : marks) {
                if (best == null || rank(m.status()) < rank(best)) best = m.status();
            }
            return best;
        }
    }

    static int rank(ClaimStatus s) {
        return switch (s) {
            case DISPUTED -> 0;
            case IN_REVIEW -> 1;
            case DRAFT -> 2;
            case CHECKED -> 3;
        };
    }

    /**
     * Segments of the paragraph [pStart, pEnd) given the claims touching it (any order). Adjacent segments always
     * differ in their claim set; together they cover the paragraph exactly.
     */
    static List<Segment> segments(int pStart, int pEnd, List<Mark> marks) {
        List<Segment> out = new ArrayList<>();
        if (marks.isEmpty()) {
            out.add(new Segment(pStart, pEnd, List.of()));
            return out;
        }
        // events: position * 2 + (0 for an end, 1 for a start), so ends sort before starts at the same position
        long[] events = new long[marks.size() * 2];
        int n = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            int s = Math.max(m.start(), pStart), e = Math.min(m.end(), pEnd);
            if (s >= e) continue;
            events[n++] = ((long) s << 32) | (1L << 31) | i;
            events[n++] = ((long) e << 32) | i;
        }
        Arrays.sort(events, 0, n);
        List<Mark> active = new ArrayList<>();
        int at = pStart;
        for (int k = 0; k < n; ) {
            int pos = (int) (events[k] >>> 32);
            if (pos > at) {
                out.add(new Segment(at, pos, List.copyOf(active)));
                at = pos;
            }
            for (; k < n && (int) (events[k] >>> 32) == pos; k++) {
                Mark m = marks.get((int) (events[k] & 0x7FFF_FFFFL));
                if ((events[k] & (1L << 31)) != 0) active.add(m);
                else active.remove(m);
            }
        }
        if (at < pEnd || out.isEmpty()) out.add(new Segment(at, pEnd, List.of()));
        return out;
    }
}
