package org.factmark.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.factmark.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class ArticleImporterTest {
    private final ArticleImporter importer = new ArticleImporter();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- .txt

    @Test
    void txt_file_is_read_as_utf8_and_its_short_first_line_is_offered_as_title() {
        ImportedText t = importer.read("story.txt", utf8("Łódź wins chip plant\n\nThe city of Łódź 🇵🇱 said..."));
        assertThat(t.suggestedTitle()).isEqualTo("Łódź wins chip plant");
        assertThat(t.body()).isEqualTo("Łódź wins chip plant\n\nThe city of Łódź 🇵🇱 said...");
    }

    @Test
    void txt_file_with_a_byte_order_mark_loses_the_mark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8("Title\nBody");
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        ImportedText t = importer.read("a.TXT", all);
        assertThat(t.body()).isEqualTo("Title\nBody");
        assertThat(t.suggestedTitle()).isEqualTo("Title");
    }

    @Test
    void txt_file_whose_first_line_is_long_offers_no_title() {
        ImportedText t = importer.read("a.txt", utf8("x".repeat(300) + "\nmore"));
        assertThat(t.suggestedTitle()).isNull();
    }

    @Test
    void windows_1252_bytes_are_refused_with_a_message_about_utf8() {
        byte[] latin = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.read("cafe.txt", latin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("file");
    }

    @Test
    void empty_file_is_refused() {
        assertThatThrownBy(() -> importer.read("empty.txt", new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void file_of_only_whitespace_is_refused() {
        assertThatThrownBy(() -> importer.read("blank.txt", utf8(" \n\n\t "))).hasMessageContaining("no text");
    }

    @Test
    void wrong_extension_is_refused_naming_the_accepted_ones() {
        assertThatThrownBy(() -> importer.read("report.pdf", utf8("%PDF-1.7")))
                .hasMessageContaining(".txt, .md or .html");
        assertThatThrownBy(() -> importer.read("noextension", utf8("text"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void file_over_the_size_limit_is_refused_stating_the_limit() {
        ArticleImporter small = new ArticleImporter(1024 * 1024);
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> small.read("big.txt", big)).hasMessageContaining("the limit is 1 MB");
        assertThat(new ArticleImporter().maxFileSizeText()).isEqualTo("5 MB");
    }

    // ---- .md

    @Test
    void markdown_headings_emphasis_links_bullets_and_fences_are_reduced_to_plain_paragraphs() {
        String md = """
                # Rates *held* at 4.10%

                The **Reserve Bank** said _inflation_ is [stubborn](https://example.org/rba "RBA").
                It met on `Tuesday`.

                - first point
                * second point
                1. numbered point

                > A quoted line.

                ```
                code stays as text
                ```

                ---
                ![chart](chart.png) Last line.
                """;
        ImportedText t = importer.read("rates.md", utf8(md));
        assertThat(t.suggestedTitle()).isEqualTo("Rates held at 4.10%");
        assertThat(t.body()).isEqualTo("""
                Rates held at 4.10%

                The Reserve Bank said inflation is stubborn.
                It met on Tuesday.

                first point

                second point

                numbered point

                A quoted line.

                code stays as text

                chart Last line.""");
    }

    @Test
    void markdown_keeps_underscores_and_asterisks_inside_words_and_numbers() {
        ImportedText t = importer.read("a.md", utf8("snake_case_name and 2*3*4 stay"));
        assertThat(t.body()).isEqualTo("snake_case_name and 2*3*4 stay");
    }

    // ---- .html

    @Test
    void html_keeps_paragraph_breaks_and_drops_scripts_navigation_and_footers() {
        String html = """
                <html><head><title>Site | Story</title><style>p{color:red}</style></head>
                <body><header>Menu</header><nav><a href="/">Home</a></nav>
                <article><h1>Suez traffic recovers</h1>
                <p>Transits rose to <b>62</b> a day.</p><div>Second
                   block,<br>with a break.</div>
                <ul><li>one</li><li>two</li></ul>
                <blockquote>Quoted.</blockquote>
                <table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
                <script>alert('x')</script></article>
                <aside>Related</aside><footer>© Someone</footer></body></html>
                """;
        ImportedText t = importer.read("story.html", utf8(html));
        assertThat(t.suggestedTitle()).isEqualTo("Suez traffic recovers");
        assertThat(t.body()).isEqualTo("""
                Suez traffic recovers

                Transits rose to 62 a day.

                Second block,
                with a break.

                one

                two

                Quoted.

                a b

                c d""");
    }

    @Test
    void html_without_h1_offers_its_title_element() {
        ImportedText t = importer.read("page.htm", utf8("<title>Only title</title><p>Text &amp; more.</p>"));
        assertThat(t.suggestedTitle()).isEqualTo("Only title");
        assertThat(t.body()).isEqualTo("Text & more.");
    }

    @Test
    void html_with_no_visible_text_is_refused() {
        assertThatThrownBy(() -> importer.read("x.html", utf8("<script>var a=1;</script><nav>Menu</nav>")))
                .hasMessageContaining("no readable text");
    }
}
