package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.factmark.base.TextSpan;
import org.junit.jupiter.api.Test;

/** The context line around a quote shows "…" only where the text goes on. */
class ContextLineTest {
    private static Claim claim(String body, String quote) {
        int at = body.indexOf(quote);
        Anchors.Quote q = Anchors.quote(body, new TextSpan(at, at + quote.length()));
        return new Claim(null, new TextSpan(at, at + quote.length()), q.exact(), q.prefix(), q.suffix(), ClaimType.OTHER, null);
    }

    @Test
    void a_quote_near_the_end_of_the_text_gets_no_trailing_ellipsis() {
        String body = "The ceremony took place, as every year, on the first Sunday of October.";
        Claim c = claim(body, "first Sunday");
        assertThat(c.shownSuffix()).isEqualTo(" of October.");
        assertThat(c.shownPrefix()).startsWith("…").endsWith("on the ");
    }

    @Test
    void a_quote_in_the_middle_of_a_long_text_is_cut_with_ellipses_on_both_sides() {
        String body = "A".repeat(50) + " middle quote " + "B".repeat(50);
        Claim c = claim(body, "middle quote");
        assertThat(c.shownPrefix()).startsWith("…");
        assertThat(c.shownSuffix()).endsWith("…");
    }

    @Test
    void a_quote_at_the_start_of_the_text_gets_no_leading_ellipsis() {
        String body = "Warsaw hosted the summit, which lasted three days and ended with a joint statement on trade.";
        Claim c = claim(body, "Warsaw hosted");
        assertThat(c.shownPrefix()).isEmpty();
        assertThat(c.shownSuffix()).endsWith("…");
    }
}
