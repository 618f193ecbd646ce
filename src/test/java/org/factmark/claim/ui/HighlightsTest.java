package org.factmark.claim.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ui.Highlights.Mark;
import org.factmark.claim.ui.Highlights.Segment;
import org.junit.jupiter.api.Test;

/** Cutting paragraphs into highlight segments, and finding the paragraphs a claim touches. */
class HighlightsTest {

    static Mark m(long id, int s, int e, ClaimStatus st) {
        return new Mark(id, s, e, st);
    }

    static String describe(List<Segment> segs) {
        List<String> out = new ArrayList<>();
        for (Segment s : segs) out.add(s.start() + "-" + s.end() + ":" + s.claimIds());
        return String.join(" ", out);
    }

    @Test
    void a_paragraph_without_claims_is_one_plain_segment() {
        assertEquals("10-20:", describe(Highlights.segments(10, 20, List.of())));
    }

    @Test
    void nested_and_overlapping_claims_give_segments_carrying_every_covering_claim() {
        List<Segment> segs = Highlights.segments(0, 30, List.of(
                m(1, 2, 20, ClaimStatus.DRAFT), m(2, 5, 10, ClaimStatus.CHECKED), m(3, 15, 25, ClaimStatus.DISPUTED)));
        assertEquals("0-2: 2-5:1 5-10:1 2 10-15:1 15-20:1 3 20-25:3 25-30:", describe(segs));
        assertEquals(ClaimStatus.DRAFT, segs.get(2).strongest(), "draft needs more attention than checked");
        assertEquals(ClaimStatus.DISPUTED, segs.get(4).strongest());
    }

    @Test
    void identical_and_touching_claims_stay_distinct() {
        List<Segment> segs = Highlights.segments(0, 10, List.of(
                m(1, 0, 4, ClaimStatus.DRAFT), m(2, 0, 4, ClaimStatus.DRAFT), m(3, 4, 10, ClaimStatus.IN_REVIEW)));
        assertEquals("0-4:1 2 4-10:3", describe(segs));
    }

    @Test
    void claims_reaching_beyond_the_paragraph_are_clipped_to_it() {
        assertEquals("100-110:7 110-120:", describe(Highlights.segments(100, 120, List.of(m(7, 50, 110, ClaimStatus.DRAFT)))));
        assertEquals("100-120:8", describe(Highlights.segments(100, 120, List.of(m(8, 0, 500, ClaimStatus.DRAFT)))));
    }

    @Test
    void random_claims_match_a_per_code_point_reference() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            int len = 1 + r.nextInt(60);
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < r.nextInt(12); i++) {
                int s = r.nextInt(len + 10) - 5, e = s + 1 + r.nextInt(20);
                marks.add(m(i + 1, Math.max(0, s), Math.max(1, e), ClaimStatus.values()[r.nextInt(4)]));
            }
            List<Segment> segs = Highlights.segments(0, len, marks);
            int at = 0;
            Set<Long> previous = null;
            for (Segment s : segs) {
                assertEquals(at, s.start(), "segments are contiguous");
                Set<Long> ids = new TreeSet<>(s.marks().stream().map(Mark::id).toList());
                if (previous != null) assertEquals(false, ids.equals(previous), "neighbours differ: " + describe(segs));
                for (int x = s.start(); x < s.end(); x++) {
                    Set<Long> expected = new TreeSet<>();
                    for (Mark mk : marks) if (mk.start() <= x && x < mk.end()) expected.add(mk.id());
                    assertEquals(expected, ids, "at " + x + " in " + describe(segs));
                }
                previous = ids;
                at = s.end();
            }
            assertEquals(len, at);
        }
    }

    @Test
    void paragraphs_are_found_by_code_point_offsets_across_the_blank_line_between_them() {
        ArticleText t = new ArticleText("🇵🇱 ab\n\ncd\nef\n\n佐藤");
        assertEquals(3, t.paragraphCount());
        assertEquals(0, t.start(0));
        assertEquals(5, t.length(0));  // flag = 2 code points
        assertEquals(7, t.start(1));
        assertEquals(5, t.length(1));  // single line break stays inside the paragraph
        assertEquals(14, t.start(2));
        assertEquals(16, t.length());
        assertArrayEquals(new int[] {0}, t.paragraphsTouching(0, 2));
        assertArrayEquals(new int[] {0, 1}, t.paragraphsTouching(3, 9));
        assertArrayEquals(new int[] {1, 2}, t.paragraphsTouching(10, 15));
        assertArrayEquals(new int[] {0, 1, 2}, t.paragraphsTouching(0, 16));
        assertArrayEquals(new int[] {2}, t.paragraphsTouching(12, 16));
        assertArrayEquals(new int[] {}, t.paragraphsTouching(5, 7), "the blank line alone touches no paragraph");
    }
}
