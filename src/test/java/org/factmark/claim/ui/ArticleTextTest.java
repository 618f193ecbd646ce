package org.factmark.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void sessions_showing_the_same_article_share_one_copy_of_its_text() {
        String body = "First paragraph of a shared article.\n\nSecond one.";
        // two sessions load the article separately: equal bodies, different string objects
        ArticleText one = ArticleText.of(new String(body.toCharArray()));
        ArticleText two = ArticleText.of(new String(body.toCharArray()));
        assertThat(two).isSameAs(one);
        assertThat(two.paragraph(1)).isSameAs(one.paragraph(1));
    }

    @Test
    void a_changed_text_gets_its_own_split() {
        ArticleText before = ArticleText.of("Title line.\n\nOld text.");
        ArticleText after = ArticleText.of("Title line.\n\nNew text, edited.");
        assertThat(after).isNotSameAs(before);
        assertThat(after.paragraph(1)).isEqualTo("New text, edited.");
        assertThat(after.length()).isEqualTo("Title line.\n\nNew text, edited.".length());
    }

    @Test
    void body_draws_the_claims_its_source_holds_without_a_copy() {
        java.util.Map<Long, Highlights.Mark> held = new java.util.LinkedHashMap<>();
        held.put(1L, new Highlights.Mark(1L, 0, 5, org.factmark.claim.ClaimStatus.DRAFT));
        ArticleBody body = new ArticleBody("Hello world.", new ArticleBody.MarkSource() {
            @Override
            public java.util.Collection<Highlights.Mark> marks() {
                return held.values();
            }

            @Override
            public boolean has(long claimId) {
                return held.containsKey(claimId);
            }
        });
        assertThat(body.highlightElements()).hasSize(1);
        held.put(2L, new Highlights.Mark(2L, 6, 11, org.factmark.claim.ClaimStatus.CHECKED));
        assertThat(body.highlightElements()).extracting(e -> e.getAttribute("data-claim-ids")).containsExactly("1", "2");
    }
}
