package org.factmark.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.factmark.base.InvalidInputException;
import org.factmark.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "alice", roles = "ANNOTATOR")
class ArticleServiceTest {
    @Autowired
    ArticleService articles;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ArticleDraft draft(String title, String url, String body) {
        return new ArticleDraft(title, url, "Wire", LocalDate.of(2025, 3, 10), "en", body);
    }

    @Test
    void create_normalises_the_body_and_stores_its_sha256_and_code_point_length() {
        String raw = "\uFEFFCaf\u0065\u0301 " + unique() + "\r\nflag 🇵🇱\r\n\r\n\r\nend  ";
        Article a = articles.create(draft("  Normalised  ", "https://example.org/a", raw));
        Article stored = articles.get(a.getId());
        String expected = TextNormalizer.normalize(raw);
        assertThat(stored.getBody()).isEqualTo(expected).startsWith("Caf\u00e9 ").contains("\nflag 🇵🇱\n\nend")
                .doesNotContain("\r");
        assertThat(stored.getBodySha256()).isEqualTo(TextNormalizer.sha256(expected)).hasSize(64);
        assertThat(stored.getBodyLength()).isEqualTo(expected.codePointCount(0, expected.length()))
                .isLessThan(expected.length()); // the flag is 2 code points but 4 UTF-16 units
        assertThat(stored.getTitle()).isEqualTo("Normalised");
        assertThat(stored.getCreatedBy()).isEqualTo("alice");
        assertThat(articles.findByBody(expected)).map(Article::getId).contains(a.getId());
    }

    @Test
    void a_first_paragraph_repeating_the_title_is_dropped_at_import_ignoring_case_white_space_and_normal_form() {
        String tag = unique();
        String title = "Café opens  in Łódź " + tag; // composed é
        String raw = "CAFE\u0301 OPENS IN\u00A0ŁÓDŹ\n" + tag.toUpperCase(java.util.Locale.ROOT) // decomposed, other case, a line break
                + "\n\nThe first real paragraph.\n\nThe second.";
        Article a = articles.create(draft(title, null, raw));
        Article stored = articles.get(a.getId());
        assertThat(stored.getBody()).isEqualTo("The first real paragraph.\n\nThe second.");
        assertThat(stored.getBodyLength()).isEqualTo(stored.getBody().codePointCount(0, stored.getBody().length()));
        assertThat(stored.getBodySha256()).isEqualTo(TextNormalizer.sha256(stored.getBody()));
    }

    @Test
    void a_first_paragraph_that_differs_from_the_title_or_is_the_whole_text_is_kept() {
        String tag = unique();
        String differs = "Café opens in Łódź " + tag + ", officials say\n\nBody.";
        assertThat(articles.get(articles.create(draft("Café opens in Łódź " + tag, null, differs)).getId()).getBody())
                .isEqualTo(differs);
        String only = "Only the title " + tag;
        assertThat(articles.get(articles.create(draft(only, null, only)).getId()).getBody()).isEqualTo(only);
    }

    private void assertRejectedAndNothingStored(ArticleDraft draft, String field) {
        long before = articles.count("");
        assertThatThrownBy(() -> articles.create(draft))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo(field);
        assertThat(articles.count("")).isEqualTo(before);
    }

    @Test
    void missing_or_blank_title_is_refused_and_nothing_is_stored() {
        assertRejectedAndNothingStored(draft(null, null, "body " + unique()), "title");
        assertRejectedAndNothingStored(draft("   ", null, "body " + unique()), "title");
        assertRejectedAndNothingStored(draft("x".repeat(Article.MAX_TITLE + 1), null, "body " + unique()), "title");
    }

    @Test
    void empty_or_whitespace_body_is_refused_and_nothing_is_stored() {
        assertRejectedAndNothingStored(draft("T", null, ""), "body");
        assertRejectedAndNothingStored(draft("T", null, "\uFEFF \r\n\t "), "body");
        assertRejectedAndNothingStored(draft("T", null, null), "body");
    }

    @Test
    void body_over_the_limit_is_refused_with_the_limit_in_the_message() {
        String tooLong = "a".repeat(articles.maxBodyChars() + 1);
        long before = articles.count("");
        assertThatThrownBy(() -> articles.create(draft("T", null, tooLong)))
                .hasMessageContaining(String.valueOf(articles.maxBodyChars()));
        assertThat(articles.count("")).isEqualTo(before);
    }

    @Test
    void non_http_urls_and_bad_language_tags_are_refused_and_nothing_is_stored() {
        assertRejectedAndNothingStored(draft("T", "ftp://x", "b " + unique()), "url");
        assertRejectedAndNothingStored(draft("T", "not a url", "b " + unique()), "url");
        assertRejectedAndNothingStored(draft("T", "https://", "b " + unique()), "url");
        assertRejectedAndNothingStored(new ArticleDraft("T", null, null, null, "english please", "b " + unique()), "language");
    }

    @Test
    @WithMockUser(username = "carol", roles = "REVIEWER")
    void a_reviewer_without_annotator_role_cannot_import() {
        assertThatThrownBy(() -> articles.create(draft("T", null, "b " + unique()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void list_returns_claim_counts_by_status_and_filters_by_title() {
        String tag = unique();
        Article a = articles.create(draft("Counted " + tag, null, "One two three four five six seven " + tag));
        long author = users.require("alice").getId();
        insertClaim(a.getId(), author, 0, 3, "One", "DRAFT");
        insertClaim(a.getId(), author, 4, 7, "two", "DRAFT");
        insertClaim(a.getId(), author, 8, 13, "three", "CHECKED");
        insertClaim(a.getId(), author, 14, 18, "four", "DISPUTED");

        var page = articles.list(tag, PageRequest.of(0, 10));
        assertThat(page).hasSize(1);
        ArticleSummary s = page.getFirst();
        assertThat(s.id()).isEqualTo(a.getId());
        assertThat(s.count("DRAFT")).isEqualTo(2);
        assertThat(s.count("IN_REVIEW")).isZero();
        assertThat(s.count("CHECKED")).isEqualTo(1);
        assertThat(s.count("DISPUTED")).isEqualTo(1);
        assertThat(s.claimCount()).isEqualTo(4);
        assertThat(articles.count(tag)).isEqualTo(1);
        assertThat(articles.count(tag.toUpperCase())).isEqualTo(1);
    }

    private void insertClaim(long articleId, long authorId, int start, int end, String quote, String status) {
        jdbc.update("insert into claims (article_id, start_offset, end_offset, quote, claim_type, status, author_id,"
                        + " created_at, updated_at) values (?, ?, ?, ?, 'OTHER', ?, ?, current_timestamp, current_timestamp)",
                articleId, start, end, quote, status, authorId);
    }

    @Autowired
    ArticleTitleKeys titleKeys;

    @Test
    void articles_stored_without_a_search_key_get_one_at_start_up_and_are_found_ignoring_accents() {
        String marker = unique();
        Article a = articles.create(new ArticleDraft("Zażółć gęślą jaźń " + marker, null, null, null, "pl", "Body " + marker));
        jdbc.update("update articles set title_key = null where id = ?", a.getId()); // as before migration 20
        assertThat(articles.count("zazolc gesla jazn " + marker)).isZero();
        assertThat(titleKeys.fill()).isGreaterThanOrEqualTo(1);
        assertThat(articles.count("ZAZOLC GESLA JAZN " + marker)).isEqualTo(1);
        assertThat(titleKeys.fill()).isZero();
    }
}
