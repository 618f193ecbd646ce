package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.base.CodePoints;
import org.factmark.base.ConflictException;
import org.factmark.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "alice", roles = "ANNOTATOR")
class MarkingClaimsTest {
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;

    static final String BODY = "x".repeat(50) + " Inflation fell to 2.1% in May. " + "y".repeat(50);

    @Test
    void marking_by_offsets_stores_the_body_slice_as_quote_with_32_code_points_of_context() {
        Article a = As.article(articles, BODY);
        Claim c = claims.mark(a.getId(), 51, 81, false, ClaimType.STATISTIC, "Statistics office");
        assertThat(c.getQuote()).isEqualTo("Inflation fell to 2.1% in May.");
        assertThat(c.getQuote()).isEqualTo(CodePoints.slice(a.getBody(), 51, 81));
        assertThat(c.getPrefix()).isEqualTo(CodePoints.slice(a.getBody(), 51 - 32, 51)).hasSize(32);
        assertThat(c.getSuffix()).isEqualTo(CodePoints.slice(a.getBody(), 81, 81 + 32));
        assertThat(c.getStatus()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(c.getAuthor().getUsername()).isEqualTo("alice");
        Claim stored = claims.get(c.getId());
        assertThat(stored.getStart()).isEqualTo(51);
        assertThat(stored.getEnd()).isEqualTo(81);
        assertThat(stored.getType()).isEqualTo(ClaimType.STATISTIC);
        assertThat(stored.getClaimant()).isEqualTo("Statistics office");
    }

    @Test
    void offsets_outside_the_article_or_an_empty_span_are_refused() {
        Article a = As.article(articles, BODY);
        int len = a.getBodyLength();
        assertThatThrownBy(() -> claims.mark(a.getId(), -1, 5, false, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claims.mark(a.getId(), 5, len + 1, false, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claims.mark(a.getId(), 5, 5, false, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claims.mark(a.getId(), 6, 5, false, null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(claims.listForArticle(a.getId())).isEmpty();
    }

    @Test
    void marking_on_the_emoji_and_cjk_seed_article_uses_code_point_offsets() {
        ArticleSummary seed = articles.list("Japan and Poland sign semiconductor pact", PageRequest.of(0, 5)).get(0);
        String body = articles.get(seed.id()).getBody();
        String quote = "🇯🇵 exports rose 12.4% to ¥9.8 trillion";
        int utf16 = body.indexOf(quote);
        int start = body.codePointCount(0, utf16);
        int end = start + CodePoints.length(quote);

        Claim byOffsets = claims.mark(seed.id(), start, end, false, ClaimType.STATISTIC, null);
        assertThat(byOffsets.getQuote()).isEqualTo(quote);

        Claim byQuote = claims.markQuote(seed.id(), quote, null, null, ClaimType.STATISTIC, null);
        assertThat(byQuote.getStart()).isEqualTo(start);
        assertThat(byQuote.getEnd()).isEqualTo(end);

        Claim cjk = claims.markQuote(seed.id(), "佐藤健一", null, null, ClaimType.OTHER, null);
        assertThat(CodePoints.slice(body, cjk.getStart(), cjk.getEnd())).isEqualTo("佐藤健一");
        assertThat(cjk.getEnd() - cjk.getStart()).isEqualTo(4);

        int family = body.codePointCount(0, body.indexOf("👨\u200D👩\u200D👧 40%"));
        Claim joined = claims.mark(seed.id(), family, family + 9, false, ClaimType.STATISTIC, null);
        assertThat(joined.getQuote()).isEqualTo("👨\u200D👩\u200D👧 40%");
    }

    @Test
    void snapping_widens_a_selection_that_ends_inside_a_flag() {
        Article a = As.article(articles, "Tokyo 🇯🇵 and Warsaw 🇵🇱 agreed.");
        Claim c = claims.mark(a.getId(), 0, 7, true, null, null);      // ends between the two halves of the flag
        assertThat(c.getQuote()).isEqualTo("Tokyo 🇯🇵");
        assertThat(c.getEnd()).isEqualTo(8);
    }

    @Test
    void overlapping_and_nested_claims_are_all_stored() {
        Article a = As.article(articles, "The minister said exports rose 12% while imports fell 3% last year.");
        Claim outer = claims.mark(a.getId(), 0, 67, false, ClaimType.QUOTATION, null);
        Claim nested = claims.markQuote(a.getId(), "exports rose 12%", null, null, ClaimType.STATISTIC, null);
        Claim overlapping = claims.markQuote(a.getId(), "rose 12% while imports", null, null, ClaimType.CAUSAL, null);
        assertThat(nested.getSpan().overlaps(overlapping.getSpan())).isTrue();
        assertThat(claims.listForArticle(a.getId())).extracting(Claim::getId)
                .containsExactly(outer.getId(), nested.getId(), overlapping.getId());
    }

    @Test
    void a_unique_quote_is_found_where_it_is() {
        Article a = As.article(articles, "Rates held at 4.10%. Growth slowed.");
        Claim c = claims.markQuote(a.getId(), "Growth slowed.", null, null, null, null);
        assertThat(c.getStart()).isEqualTo(21);
        assertThat(c.getEnd()).isEqualTo(35);
        assertThat(c.getType()).isEqualTo(ClaimType.OTHER);
    }

    @Test
    void a_quote_that_is_not_in_the_article_is_refused_naming_quote() {
        Article a = As.article(articles, "Rates held at 4.10%.");
        assertThatThrownBy(() -> claims.markQuote(a.getId(), "Rates rose", null, null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("quote"));
    }

    @Test
    void an_ambiguous_quote_is_a_conflict_saying_how_many_places_match() {
        Article a = As.article(articles, "Prices rose. Wages fell. Prices rose. Rents fell. Prices rose.");
        assertThatThrownBy(() -> claims.markQuote(a.getId(), "Prices rose", null, null, null, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("3 places");
        assertThat(claims.listForArticle(a.getId())).isEmpty();
    }

    @Test
    void prefix_or_suffix_picks_one_of_several_occurrences() {
        Article a = As.article(articles, "Prices rose. Wages fell. Prices rose. Rents fell. Prices rose.");
        Claim second = claims.markQuote(a.getId(), "Prices rose", "Wages fell. ", null, null, null);
        assertThat(second.getStart()).isEqualTo(25);
        Claim first = claims.markQuote(a.getId(), "Prices rose", null, ". Wages", null, null);
        assertThat(first.getStart()).isZero();
        assertThatThrownBy(() -> claims.markQuote(a.getId(), "Prices rose", "nowhere ", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("prefix"));
    }

    @Test
    void a_quote_in_decomposed_form_finds_the_nfc_text_of_the_article() {
        Article a = As.article(articles, "Zürich said yes.");
        Claim c = claims.markQuote(a.getId(), "Zu\u0308rich said", null, null, null, null);
        assertThat(c.getQuote()).isEqualTo("Zürich said");
        assertThat(c.getEnd()).isEqualTo(11);
    }

    @Test
    void offsets_with_a_quote_that_disagrees_with_the_text_there_are_refused() {
        Article a = As.article(articles, "Rates held at 4.10%. Growth slowed.");
        assertThatThrownBy(() -> claims.markAt(a.getId(), 0, 5, "Growth", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("quote"));
        assertThat(claims.markAt(a.getId(), 0, 5, "Rates", null, null).getQuote()).isEqualTo("Rates");
    }

    @Test
    void a_reviewer_without_the_annotator_role_cannot_mark_claims() {
        Article a = As.article(articles, "Rates held at 4.10%.");
        assertThatThrownBy(() -> As.user("carol", () -> claims.mark(a.getId(), 0, 5, false, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_article_must_exist() {
        assertThatThrownBy(() -> claims.mark(987654321L, 0, 5, false, null, null))
                .isInstanceOf(org.factmark.base.NotFoundException.class);
    }
}
