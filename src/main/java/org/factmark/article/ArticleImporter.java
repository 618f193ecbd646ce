package org.factmark.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factmark.base.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into article text: {@code .txt} (UTF-8, BOM or not), {@code .md} (Markdown reduced to
 * plain text) and {@code .html}/{@code .htm} (visible text with paragraph breaks). Refusals throw
 * {@link InvalidInputException} on the field {@code file} with a message meant for the user.
 * The result is not normalised yet: {@link ArticleService#create} does that, once, for every path in.
 */
@Component
public class ArticleImporter {
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** A first line of a .txt/.md file up to this length is offered as the title. */
    static final int MAX_TITLE_GUESS = 200;
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

    private final long maxFileBytes;

    @Autowired
    public ArticleImporter(@Value("${factmark.article.max-file-bytes:" + DEFAULT_MAX_FILE_BYTES + "}") long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public ArticleImporter() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The limit for people: "5 MB". */
    public String maxFileSizeText() {
        return humanBytes(maxFileBytes);
    }

    static String humanBytes(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        if (bytes >= 1024) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }

    /** Reads a file by its name's extension. */
    public ImportedText read(String fileName, byte[] content) {
        String ext = extension(fileName);
        if (!EXTENSIONS.contains(ext)) {
            throw refuse("Cannot import \"" + (fileName == null ? "" : fileName)
                    + "\": use a .txt, .md or .html file.");
        }
        if (content == null || content.length == 0) throw refuse("The file is empty.");
        if (content.length > maxFileBytes) {
            throw refuse("The file is " + humanBytes(content.length) + "; the limit is " + maxFileSizeText() + ".");
        }
        String text = decodeUtf8(content);
        if (text.isBlank()) throw refuse("The file contains no text.");
        ImportedText result = switch (ext) {
            case "txt" -> new ImportedText(firstLineTitle(text), text);
            case "md", "markdown" -> {
                String plain = markdownToText(text);
                yield new ImportedText(firstLineTitle(plain), plain);
            }
            default -> htmlToText(text);
        };
        if (result.body().isBlank()) throw refuse("The file contains no readable text.");
        return result;
    }

    private static InvalidInputException refuse(String message) {
        return new InvalidInputException("file", message);
    }

    static String extension(String fileName) {
        if (fileName == null) return "";
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Strict UTF-8: malformed bytes are refused, never replaced by U+FFFD. A BOM is dropped. */
    static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(content)).toString();
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw refuse("The file is not UTF-8 text (it may be Windows-1252 or Latin-1). "
                    + "Save it as UTF-8 and upload it again.");
        }
    }

    private static String firstLineTitle(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            return t.length() <= MAX_TITLE_GUESS ? t : null;
        }
        return null;
    }

    // ---------------------------------------------------------------- Markdown

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern REF_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EM_UNDER = Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>\\n]*>");

    /**
     * A small Markdown reducer: headings, emphasis, link and image markup, list bullets, block quotes, rules and
     * code fences are removed (code inside fences is kept as text); blocks become paragraphs separated by one
     * blank line, and the lines of one paragraph are kept as they were.
     */
    static String markdownToText(String md) {
        String[] lines = md.split("\\R", -1);
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                out.append('\n'); // a fence starts/ends its own paragraph
                out.append('\n');
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            if (REF_DEF.matcher(line).matches()) continue;
            // setext heading underline: the previous line was the heading
            if (SETEXT.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()) {
                out.append('\n');
                continue;
            }
            if (RULE.matcher(line).matches()) {
                out.append('\n');
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                out.append('\n').append(inline(m.group(1))).append("\n\n");
                continue;
            }
            m = QUOTE.matcher(line);
            if (m.matches()) line = m.group(1);
            m = BULLET.matcher(line);
            if (m.matches()) {
                // each list item is its own paragraph
                out.append('\n').append(inline(m.group(1))).append("\n\n");
                continue;
            }
            out.append(inline(line)).append('\n');
        }
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String inline(String s) {
        String t = s;
        t = IMAGE.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = LINK.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = REF_LINK.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = AUTOLINK.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = CODE.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = STRONG.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
        t = STRIKE.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = EM_STAR.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = EM_UNDER.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        t = HTML_TAG.matcher(t).replaceAll("");
        t = t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])", "$1"); // backslash escapes
        // a hard line break "two spaces at the end" stays a line break; the spaces go
        return t.replaceAll("\\s+$", "");
    }

    // ---------------------------------------------------------------- HTML

    private static final Set<String> DROP = Set.of("script", "style", "nav", "header", "footer", "aside", "noscript",
            "template", "iframe", "form", "button", "svg", "head");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "tr", "article", "section", "main", "ul", "ol", "table", "pre", "figure", "figcaption", "dl", "dt", "dd",
            "address", "hr");

    /** Visible text of an HTML page with a blank line between blocks; the h1 (else the title) as title. */
    static ImportedText htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        String title = null;
        Element h1 = doc.selectFirst("body h1");
        if (h1 != null && !h1.text().isBlank()) title = h1.text().strip();
        else if (!doc.title().isBlank()) title = doc.title().strip();
        if (title != null && title.length() > Article.MAX_TITLE) title = title.substring(0, Article.MAX_TITLE);
        StringBuilder out = new StringBuilder();
        appendText(doc.body(), out);
        String text = out.toString()
                .replaceAll("[ \\t\\u00A0]*\\n[ \\t\\u00A0]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return new ImportedText(title, text);
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
                if (s.startsWith(" ") && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
                    s = s.substring(1);
                }
                out.append(s);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (DROP.contains(tag)) continue;
                if (tag.equals("br")) {
                    trimTrailingSpace(out);
                    out.append('\n');
                    continue;
                }
                boolean block = BLOCK.contains(tag);
                if (block) paragraphBreak(out);
                if (tag.equals("td") || tag.equals("th")) {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append(' ');
                }
                appendText(e, out);
                if (block) paragraphBreak(out);
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }

    private static void paragraphBreak(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.isEmpty()) return;
        if (out.charAt(out.length() - 1) != '\n') out.append('\n');
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') out.append('\n');
    }
}
