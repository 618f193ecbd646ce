package org.factmark.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.factmark.base.CodePoints;

/**
 * The CheckThat!-style check-worthiness dataset (CLEF CheckThat! lab, task 1): one line per sentence,
 * {@code Sentence_id<TAB>Text<TAB>class_label}, label {@code Yes} or {@code No}, UTF-8, LF line ends, a header line.
 * <p>
 * Which articles: those holding at least one claim that matches the whole export filter (status, article, dates,
 * rating, annotator) — the articles the desk has worked on. Every sentence of those articles is written, in article id
 * order then text order. A sentence is {@code Yes} when it overlaps a claim of its article in the selected status
 * (any status for ALL); the other filters choose articles, not labels. Sentences come from {@link BreakIterator} with
 * the article's language as locale, inside paragraphs (line breaks always end a sentence); surrounding white space is
 * trimmed, tabs and line breaks inside are written as spaces, blank sentences are skipped. The id is
 * {@code <articleId>-<n>}, n counting the article's sentences from 1: stable while the body does not change (bodies
 * are immutable after import). One article's text and claim offsets are held at a time.
 */
final class CheckThatExport {
    static final String HEADER = "Sentence_id\tText\tclass_label";
    static final String YES = "Yes";
    static final String NO = "No";

    /** A sentence: code point offsets into the article body (end exclusive), its id and the text as written. */
    record Sentence(String id, int start, int end, String text, boolean checkWorthy) {
    }

    /** Receives the sentences, one article after another. */
    @FunctionalInterface
    interface Sink {
        void sentence(Sentence s) throws IOException;
    }

    private CheckThatExport() {
    }

    /** Writes the TSV; returns the number of sentences. {@code progress} gets the sentences written so far. */
    static long write(Connection con, ExportFilter filter, Long annotatorId, OutputStream raw, LongConsumer progress)
            throws SQLException, IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
        out.write(HEADER);
        out.write('\n');
        long[] n = {0};
        run(con, filter, annotatorId, s -> {
            out.write(s.id());
            out.write('\t');
            out.write(s.text());
            out.write('\t');
            out.write(s.checkWorthy() ? YES : NO);
            out.write('\n');
            if (++n[0] % ExportService.PROGRESS_EVERY == 0 && progress != null) progress.accept(n[0]);
        });
        out.flush();
        raw.flush();
        if (progress != null) progress.accept(n[0]);
        return n[0];
    }

    /** Streams the sentences of the selected articles to {@code sink}. */
    static void run(Connection con, ExportFilter filter, Long annotatorId, Sink sink) throws SQLException, IOException {
        ExportService.Where w = ExportService.where(filter, annotatorId);
        String claimMatch = w.empty() ? " where c.article_id = a.id" : w.sql().replaceFirst(" where ", " where c.article_id = a.id and ");
        String sql = "select a.id, a.language, a.body from articles a where exists (select 1 from claims c"
                + (filter.rating() != null ? " left join verdicts v on v.id = c.verdict_id" : "") + claimMatch + ") order by a.id";
        String claimsSql = "select c.start_offset, c.end_offset from claims c where c.article_id = ?"
                + (filter.status() != null ? " and c.status = ?" : "");
        try (PreparedStatement articles = ExportService.forwardOnly(con, sql);
             PreparedStatement claims = con.prepareStatement(claimsSql)) {
            w.bind(articles);
            try (ResultSet rs = articles.executeQuery()) {
                while (rs.next()) {
                    long articleId = rs.getLong(1);
                    claims.setLong(1, articleId);
                    if (filter.status() != null) claims.setString(2, filter.status().name());
                    List<int[]> spans = new ArrayList<>();
                    try (ResultSet c = claims.executeQuery()) {
                        while (c.next()) spans.add(new int[] {c.getInt(1), c.getInt(2)});
                    }
                    for (Sentence s : sentences(articleId, rs.getString(3), locale(rs.getString(2)), spans)) sink.sentence(s);
                }
            }
        }
    }

    static Locale locale(String language) {
        return language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language.strip());
    }

    /** The sentences of one body, labelled against the claim spans (code point offsets, end exclusive). */
    static List<Sentence> sentences(long articleId, String body, Locale locale, List<int[]> claims) {
        List<Sentence> out = new ArrayList<>();
        if (body == null || body.isEmpty()) return out;
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        CodePoints.Cursor cp = new CodePoints.Cursor(body);
        int n = 0;
        int para = 0;
        while (para < body.length()) {
            int paraEnd = para;
            while (paraEnd < body.length() && !lineBreak(body.charAt(paraEnd))) paraEnd++;
            if (paraEnd > para) {
                String paragraph = body.substring(para, paraEnd);
                it.setText(paragraph);
                int from = it.first();
                for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
                    int s = para + from;
                    int e = para + to;
                    while (s < e && Character.isWhitespace(body.codePointAt(s))) s += Character.charCount(body.codePointAt(s));
                    while (e > s && Character.isWhitespace(body.codePointBefore(e))) e -= Character.charCount(body.codePointBefore(e));
                    if (s == e) continue;
                    int start = cp.at(s);
                    int end = cp.at(e);
                    boolean yes = false;
                    for (int[] c : claims) {
                        if (c[0] < end && c[1] > start) {
                            yes = true;
                            break;
                        }
                    }
                    out.add(new Sentence(articleId + "-" + (++n), start, end, clean(body.substring(s, e)), yes));
                }
            }
            para = paraEnd + 1;
        }
        return out;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f';
    }

    /** Tabs and line breaks would break the TSV: each becomes a space. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || lineBreak(c)) {
                if (b == null) b = new StringBuilder(s);
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }
}
