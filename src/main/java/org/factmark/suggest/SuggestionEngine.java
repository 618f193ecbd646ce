package org.factmark.suggest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factmark.article.TextNormalizer;
import org.factmark.base.CodePoints;
import org.factmark.claim.ClaimType;

/**
 * Proposes check-worthy spans of an article body: offline, deterministic, no model. Sentences come from
 * {@link BreakIterator} (the JDK's Unicode sentence rules); each sentence is cut into clauses at commas, semicolons
 * and spaced dashes outside quotation marks; a clause with a cue (a figure, a date, a quotation...) is proposed,
 * with the boundaries written down in docs/suggestions.md. Offsets are code points; typography (NBSP, thin spaces,
 * the Unicode minus, en dashes, emoji, CJK) is handled on a working copy of the same length.
 * Thread-safe: patterns are shared, iterators are per call.
 */
public final class SuggestionEngine {
    /** Recorded with every decision and every claim made from a suggestion: bump it when the output changes. */
    public static final String VERSION = "cues-1.1";
    /** Units scoring below this are not proposed. */
    static final double MIN_SCORE = 0.45;

    private static final String S = "[\\s\\u2009]";
    private static final String NUM = "(?<![\\p{L}\\p{N}_])[-+]?\\d+(?:[.,'\\u2009]\\d{3})*(?:[.,]\\d+)?(?![\\p{N}])";
    private static final String SCALE = "(?:million|billion|trillion|bn|mn|Mrd\\.?|Mio\\.?|Milliarden?|Millionen|"
            + "milliards?|millions?|crore|lakh|thousand)";
    private static final String CUR_PRE = "(?:US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹|₩|Rs\\.?|CHF|EUR|USD|GBP)";
    private static final String CUR_POST = "(?:€|\\$|£|euros?|Euro|dollars?|pounds|yen|yuan|renminbi|rupees?|złoty|zloty|"
            + "francs?|kronor|kroner|US" + S + "cents|cents|EUR|USD)";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|"
            + "Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|"
            + "septembre|octobre|novembre|décembre)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|"
            + "Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)";
    private static final String NUMWORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|a\\s+hundred|several|a\\s+few|a\\s+dozen)";

    private record Detector(Cue cue, Pattern pattern, boolean needsDigit) {
        Detector(Cue cue, Pattern pattern) {
            this(cue, pattern, pattern.pattern().startsWith(NUM) || pattern.pattern().startsWith(CUR_PRE)
                    || pattern.pattern().startsWith("\\b\\d") || pattern.pattern().startsWith("(?<![\\d"));
        }
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static Pattern pi(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);   // ASCII case folding: much faster, enough here
    }

    private static final List<Detector> DETECTORS = List.of(
            new Detector(Cue.MONEY, p(CUR_PRE + S + "?" + NUM.substring(NUM.indexOf(")") + 1) + "(?:" + S + SCALE + ")?"
                    + "|" + NUM + "(?:" + S + SCALE + ")?" + S + "?" + CUR_POST + "(?![\\p{L}])")),
            new Detector(Cue.PERCENT, pi(NUM + S + "?(?:%|per" + S + "?cent\\b|percent\\b|Prozent\\b|pour" + S + "?cent|"
                    + "percentage" + S + "points?|Prozentpunkte?|basis" + S + "points|pp\\b)")),
            new Detector(Cue.QUANTITY, pi(NUM + "(?:" + S + SCALE + ")?" + S + "?(?:TEU|bcm|barrels?|bpd|tonnes?|tons?|MW|GW|"
                    + "kWh|MWh|GWh|TWh|megawatts?|gigawatts?|Megawatt|nautical" + S + "miles|miles|km|kilomet(?:er|re)s?|"
                    + "Kubikmeter|cubic" + S + "met(?:er|re)s|°C|°F|degrees|hectares|acres|jobs|people|workers|employees|"
                    + "households|vessels|ships|transits|passengers|visitors|units|cars|vehicles|trains|flights|homes|"
                    + "deaths|cases|Menschen|Arbeitsplätze|emplois|personnes)(?![\\p{L}])")),
            new Detector(Cue.COUNT, pi(NUM + "(?:" + S + SCALE + ")?" + S + "(?:more" + S + "|new" + S + "|direct" + S
                    + "|additional" + S + ")?\\p{L}[\\p{L}-]{2,}")),
            new Detector(Cue.COUNT, pi("\\b\\d+(?:st|nd|rd|th)" + S + "(?:anniversary|round|consecutive|straight|"
                    + "successive|time|year|month|quarter)\\b|\\b(?:second|third|fourth|fifth|sixth|" + NUMWORD + ")"
                    + S + "(?:consecutive|straight|successive)" + S + "\\p{L}+")),
            new Detector(Cue.COUNT, pi("\\b" + NUMWORD + S + "(?:more" + S + ")?(?:times|consecutive|million|billion)\\b")),
            new Detector(Cue.MEETING, p("\\b(?:in|at)" + S + "\\p{Lu}[\\p{L}'’-]+(?:" + S + "\\p{Lu}[\\p{L}'’-]+)?" + S
                    + "(?:in|on|im|am)" + S + "(?:(?:early|late|mid-)" + S + "?)?(?:" + MONTH + "|\\d{4}|" + WEEKDAY + ")\\b"
                    + "|\\b(?:in|im)" + S + MONTH + S + "in" + S + "\\p{Lu}\\p{L}+")),
            new Detector(Cue.DATE, p("\\b\\d{1,2}(?:" + S + "?[–-]" + S + "?\\d{1,2})?\\.?" + S + MONTH + "(?:" + S
                    + "\\d{4})?\\b|\\b" + MONTH + S + "\\d{1,2}(?:(?:" + S + "?[–-]" + S + "?|" + S + "and" + S + ")\\d{1,2})?"
                    + "(?:," + S + "\\d{4})?\\b|\\b" + MONTH + S + "\\d{4}\\b")),
            new Detector(Cue.DATE, p("(?i:\\b(?:in|since|until|from|by|last|this|next|early|late|mid-|im|seit|bis|en|"
                    + "depuis|before|after)" + S + ")" + MONTH + "\\b|\\b(?:Last|This|Next)" + S + MONTH + "\\b")),
            new Detector(Cue.DATE, p("(?<![\\d.,/-])(?:19|20)\\d{2}(?:/\\d{2})?(?![\\d%])")),
            new Detector(Cue.DATE, pi("\\b(?:on|am|le)" + S + WEEKDAY + "\\b")),
            new Detector(Cue.PERIOD, pi("\\b(?:first|second|third|fourth|March|June|September|December)" + S
                    + "quarter\\b|\\b(?:first|second)" + S + "half\\b|\\bQ[1-4]\\b|\\b(?:last|this|next|past|previous|"
                    + "coming)" + S + "(?:year|month|week|decade|quarter)\\b|\\b(?:\\p{L}+" + S + ")?(?:years?|months?|"
                    + "weeks?|days?|decades?)" + S + "(?:later|earlier|ago)\\b|\\bsince" + S + "(?:\\d{4}|\\p{Lu}\\p{L}+)"
                    + "|\\bby" + S + "(?:the" + S + "end" + S + "of" + S + ")?(?:\\d{4}|year-end|the" + S + "\\p{L}+" + S
                    + "quarter)|\\bwithin" + S + "\\p{L}+" + S + "(?:years?|months?)\\b|\\bover" + S + "the" + S
                    + "(?:past|last|next)" + S + "(?:\\p{L}+" + S + ")?(?:years?|months?|decade)\\b|\\byear" + S + "?[- ]?on"
                    + "[- ]year\\b|\\bin" + S + "the" + S + "year" + S + "to\\b|\\b(?:\\d+|" + NUMWORD + ")(?:" + S + "?(?:to|–|-)"
                    + S + "?\\d+)?" + S + "(?:years?|months?|weeks?|days?|hours?)\\b|\\b(?:bis|seit)" + S + "\\d{4}")),
            new Detector(Cue.COMPARISON, pi("\\b(?:doubled|tripled|trebled|quadrupled|halved|more" + S + "than" + S
                    + "double|record(?:-\\p{L}+)?|all-time" + S + "high|surged|soared|plunged|slumped|jumped|rekord\\p{L}*|"
                    + "verdoppelt)\\b|\\b(?:highest|lowest|largest|biggest|smallest|fastest(?:-\\p{L}+)?|slowest|strongest|"
                    + "weakest|höchste\\p{L}*|größte\\p{L}*|niedrigste\\p{L}*)\\b(?!(?:" + S + "[\\p{L}-]+){0,2}?" + S
                    + "\\p{Ll}[\\p{L}-]*s\\b)")),
            new Detector(Cue.CAUSAL, pi("\\b(?:because|due" + S + "to|owing" + S + "to|as" + S + "a" + S + "result" + S
                    + "of|driven" + S + "by|thanks" + S + "to|wegen|weil|aufgrund)\\b")),
            new Detector(Cue.PREDICTION, pi("\\b(?:expects?|expected|forecasts?|forecast|projected|predicts?|predicted|"
                    + "unlikely|likely" + S + "to|is" + S + "set" + S + "to|plans?" + S + "to|erwartet|prognostiziert)\\b")));

    /** Future or modal markers: they make a unit a PREDICTION but are no cue on their own. */
    private static final Pattern FUTURE = pi("\\b(?:will|would|could|expects?|expected|forecasts?|forecast|projected|"
            + "predicts?|predicted|unlikely|likely|plans?" + S + "to|wird|werden|soll|sollen|erwartet)\\b");
    private static final Pattern CAUSAL = pi("\\b(?:because|due" + S + "to|owing" + S + "to|as" + S + "a" + S + "result"
            + S + "of|driven" + S + "by|wegen|weil|aufgrund)\\b");

    // ---- negative filters: their digits are masked in the working copy, so no figure cue fires there ----
    private static final List<Pattern> MASKS = List.of(
            pi("\\b\\d{1,2}:\\d{2}(?:" + S + "?(?:a\\.m\\.|p\\.m\\.|am|pm|Uhr|h|GMT|UTC|CET))?"),           // 10:30 Uhr
            pi("\\b\\d{1,2}(?:\\.\\d{2})?" + S + "?(?:a\\.m\\.|p\\.m\\.|Uhr)"),                              // 3 a.m.
            p("\\p{Lu}\\p{Ll}{1,30},\\s(\\d{1,3})(?=,\\s)"),                                               // Merten, 61,
            pi("\\baged" + S + "\\d{1,3}\\b|\\b\\d{1,3}-year-old\\b"),                                          // ages
            pi("\\b(?:page|pages|pp?\\.|Seite|S\\.|chapter|section|paragraph|Artikel)" + S + "\\d+"));        // page 14
    private static final String WORD_OPENERS = "\u2009([{“„«「『‘'\"/–—-";
    private static final Pattern QUOTE_AFTER_STOP = p("(?<=[.!?])\\s+(?=[“„«「])");
    /** Conjunctions that join a clause to the one before; they are not part of the claim. */
    private static final Pattern LEADING_CONJUNCTION = pi("^(?:and|but|while|whereas)(?:" + S + "that)?" + S + "+");
    /** A dateline at the start of a paragraph: "BERLIN, 12. Oktober (Energiedesk) – ". */
    private static final Pattern DATELINES = p("(?m)^\\p{Lu}{3,}[\\p{Lu}\\s.'-]*(?:,[^\\n–—]{1,40}?)?\\s[–—-]{1,2}\\s");
    /** A clause that only says who said it; it is never proposed on its own (quotations keep theirs). */
    private static final Pattern ATTRIBUTION = pi("^(?:according" + S + "to|(?:\\p{L}+" + S + "){0,2}(?:said|says|say|told|"
            + "added|reported|sagte|erklärte|a" + S + "déclaré)\\b)");
    private static final Pattern SAYS = pi("\\b(?:said|says|say|saying|told|added|asked|noted|wrote|quoted|forecast|"
            + "sagte|erklärte|betonte|a" + S + "déclaré|according" + S + "to|called|describ\\p{L}+|characteri[sz]\\p{L}+)\\b");
    /** The reporting frame before a claim: "The Bank of Japan said in its latest report that ". */
    private static final Pattern FRAME = pi("^[^,“„«「\"]{0,80}?\\b(?:said|says|told" + S + "\\p{L}+|noted|reported|found|"
            + "added|estimated|warned|argued|note|believes?)\\b[^,“„«「\"]{0,60}?\\bthat" + S);
    /** A clause that continues the figure before it ("up 9% from April", "rising to 2.2% in 2026"). */
    private static final Pattern CONTINUATION = pi("^(?:up|down|from|rising|falling|compared" + S + "with|versus|against|"
            + "a" + S + "rise|a" + S + "fall|an" + S + "increase|a" + S + "decrease|\\d|[-+−]\\d|about|roughly|nearly|"
            + "almost|or" + S + "about|more" + S + "than|less" + S + "than|making|marking|(?:the|its|their|a)" + S
            + "(?:\\p{L}+" + S + ")?(?:highest|lowest|largest|biggest|fastest\\S*|record)|an?" + S + "\\p{L}+" + S
            + "(?:that|which)|(?:still|well|far|just|slightly)" + S + "(?:above|below|under|over)|when|where|"
            + "(?:its|their|the)" + S + "(?:first|second|third|last|only|biggest|largest|highest|lowest)" + S
            + "\\p{L}+)\\b");
    /** Inside a clause, " with " starts a second claim when both sides carry a cue ("ended on Wednesday with
     *  governments pledging $150 billion"). */
    private static final Pattern WITH = p("\\swith\\s");
    private static final Set<String> ABBREVIATIONS = Set.of("Mrd.", "Mio.", "Nr.", "bzw.", "z.B.", "u.a.", "ca.", "St.",
            "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.",
            "U.K.", "a.m.", "p.m.", "No.", "vs.", "etc.", "Inc.", "Ltd.", "Co.");

    private record Hit(Cue cue, int start, int end) {
    }

    private record Segment(int start, int end) {
    }

    /** The suggestions for {@code body}, in text order, never overlapping each other (title unknown). */
    public List<Suggestion> suggest(String body) {
        return suggest(body, null);
    }

    /**
     * The suggestions for an article's body. With its {@code title} known, the first paragraph is skipped only when it
     * repeats the title (articles imported before decisions/119 kept it; newer ones start with their real first
     * paragraph, often a standfirst without a full stop); without it, a short first line without a full stop is taken
     * for a headline.
     */
    public List<Suggestion> suggest(String body, String title) {
        if (body == null || body.isEmpty()) return List.of();
        String work = workingCopy(body);
        List<int[]> units = new ArrayList<>();   // {start, end} in UTF-16 of body
        List<Unit> found = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        int para = 0;
        boolean first = true;
        while (para <= work.length()) {
            int nl = work.indexOf('\n', para);
            int paraEnd = nl < 0 ? work.length() : nl;
            if (paraEnd > para && !work.substring(para, paraEnd).isBlank()) {
                boolean headline = first && (title == null ? isHeadline(work, para, paraEnd)
                        : TextNormalizer.repeatsTitle(title, body.substring(para, paraEnd)));
                first = false;
                if (!headline) paragraph(work, para, paraEnd, sentences, found);
            }
            if (nl < 0) break;
            para = nl + 1;
        }
        List<Suggestion> out = new ArrayList<>(found.size());
        CodePoints.Cursor cp = new CodePoints.Cursor(body);
        for (Unit u : found) {
            int s = cp.at(u.start);
            int e = cp.at(u.end);
            out.add(new Suggestion(s, e, body.substring(u.start, u.end), u.type, u.cue, u.score));
        }
        return out;
    }

    private record Unit(int start, int end, Cue cue, ClaimType type, double score) {
    }

    /** Same length as the body: spaces unified, the Unicode minus as '-', negative filters' digits masked. */
    static String workingCopy(String body) {
        char[] w = body.toCharArray();
        for (int i = 0; i < w.length; i++) {
            char c = w[i];
            if (c == '\u00A0' || c == '\u2007') w[i] = ' ';
            else if (c == '\u202F' || c == '\u2009' || c == '\u200A') w[i] = '\u2009';
            else if (c == '\u2212') w[i] = '-';
        }
        String s = new String(w);
        for (Pattern mask : MASKS) {
            Matcher m = mask.matcher(s);
            boolean any = false;
            while (m.find()) {
                int from = m.groupCount() > 0 ? m.start(1) : m.start();
                int to = m.groupCount() > 0 ? m.end(1) : m.end();
                for (int i = from; i < to; i++) if (Character.isDigit(w[i])) w[i] = 'x';
                any = true;
            }
            if (any) s = new String(w);
        }
        Matcher d = DATELINES.matcher(s);
        while (d.find()) for (int i = d.start(); i < d.end(); i++) w[i] = ' ';
        return new String(w);
    }

    /** The first paragraph is the title when it is short and has no sentence-final full stop. */
    private static boolean isHeadline(String w, int start, int end) {
        String t = w.substring(start, end).strip();
        return t.split("\\s+").length <= 25 && !t.endsWith(".");
    }

    private static void paragraph(String w, int start, int end, BreakIterator it, List<Unit> out) {
        String text = w.substring(start, end);
        it.setText(text);
        List<int[]> spans = new ArrayList<>();
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            int back = e;
            while (back > s && Character.isWhitespace(text.charAt(back - 1))) back--;
            if (back > s + 1 && isOpeningQuote(text.charAt(back - 1))) {
                e = back - 1;
                it.following(e);   // continue from the quote, which now starts the next sentence
                it.previous();
            }
            if (!spans.isEmpty() && (endsWithAbbreviation(text, spans.get(spans.size() - 1)[1])
                    || quoteOpen(text, spans.get(spans.size() - 1)[0], spans.get(spans.size() - 1)[1]))) {
                spans.get(spans.size() - 1)[1] = e;
            } else {
                spans.add(new int[] {s, e});
            }
        }
        for (int[] sp : spans) {
            // BreakIterator sees no break before a quotation that starts with an emoji or a digit: ". “🇵🇱 Poland"
            int from = sp[0];
            Matcher m = QUOTE_AFTER_STOP.matcher(text).region(sp[0], sp[1]);
            while (m.find()) {
                if (!quoteOpen(text, from, m.start())) {
                    sentence(w, start + from, start + m.start(), out);
                    from = m.start();
                }
            }
            sentence(w, start + from, start + sp[1], out);
        }
    }

    private static boolean isOpeningQuote(char c) {
        return c == '“' || c == '„' || c == '«' || c == '「' || c == '『';
    }

    /** True when [start, end) opens more quotations than it closes: the sentence break fell inside a quotation. */
    private static boolean quoteOpen(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“' && depth > 0 && text.lastIndexOf('„', i) >= start) depth--;
            else if (c == '“' || c == '„' || c == '«' || c == '「' || c == '『') depth++;
            else if ((c == '”' || c == '»' || c == '」' || c == '』') && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static boolean endsWithAbbreviation(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        int b = e;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) b--;
        String word = text.substring(b, e);
        return ABBREVIATIONS.contains(word) || word.matches("\\d{1,2}\\.");
    }

    private static void sentence(String w, int start, int end, List<Unit> out) {
        while (start < end && Character.isWhitespace(w.charAt(start))) start++;
        while (end > start && Character.isWhitespace(w.charAt(end - 1))) end--;
        if (start >= end) return;
        // clauses and quotations
        List<Segment> segs = new ArrayList<>();
        List<Segment> quotes = new ArrayList<>();
        int depth = 0;
        int qOpen = -1;
        boolean straight = false;
        int segStart = start;
        for (int i = start; i < end; i++) {
            char c = w.charAt(i);
            boolean open = c == '“' || c == '„' || c == '«' || c == '「' || c == '『' || (c == '"' && !straight && depth == 0);
            boolean close = c == '”' || c == '»' || c == '」' || c == '』' || (c == '"' && straight)
                    || (c == '“' && depth > 0 && w.charAt(qOpen) == '„');
            if (close && depth > 0) {
                depth--;
                straight = false;
                if (depth == 0) quotes.add(new Segment(qOpen, i + 1));
            } else if (open) {
                if (depth == 0) qOpen = i;
                depth++;
                straight = c == '"';
            } else if (depth == 0 && i + 1 < end && Character.isWhitespace(w.charAt(i + 1))
                    && (c == ',' || c == ';' || c == '，' || c == '；') && !betweenDigits(w, i, end)) {
                segs.add(new Segment(segStart, i));
                segStart = i + 1;
            } else if (depth == 0 && (c == '–' || c == '—') && i > start && Character.isWhitespace(w.charAt(i - 1))
                    && i + 1 < end && Character.isWhitespace(w.charAt(i + 1))) {
                segs.add(new Segment(segStart, i));
                segStart = i + 1;
            }
        }
        segs.add(new Segment(segStart, end));
        segs = trimmed(w, segs);
        if (segs.isEmpty()) return;

        List<Hit> hits = new ArrayList<>();
        boolean digits = false;
        for (int i = start; i < end && !digits; i++) digits = w.charAt(i) >= '0' && w.charAt(i) <= '9';
        // every cue starts a word (or follows an opening bracket, quote or dash): trying the patterns only there,
        // with lookingAt, is several times faster than letting find() try every character
        int[] starts = new int[end - start];
        int nStarts = 0;
        for (int i = start; i < end; i++) {
            char prev = i == start ? ' ' : w.charAt(i - 1);
            if (!Character.isWhitespace(w.charAt(i)) && (Character.isWhitespace(prev) || WORD_OPENERS.indexOf(prev) >= 0)) {
                starts[nStarts++] = i;
            }
        }
        for (Detector d : DETECTORS) {
            if (d.needsDigit && !digits) continue;
            Matcher m = d.pattern.matcher(w);
            m.useTransparentBounds(true);
            int after = start;
            for (int j = 0; j < nStarts; j++) {
                int at = starts[j];
                if (at < after) continue;
                m.region(at, end);
                if (!m.lookingAt()) continue;
                after = Math.max(m.end(), at + 1);
                if (d.cue == Cue.COUNT && isYear(w, m.start())) continue;
                hits.add(new Hit(d.cue, m.start(), m.end()));
            }
        }
        segs = splitAtWith(w, segs, hits);
        List<EnumSet<Cue>> cues = new ArrayList<>();
        for (int k = 0; k < segs.size(); k++) cues.add(EnumSet.noneOf(Cue.class));
        for (Hit h : hits) {
            int k = segmentOf(segs, h.start);
            if (k >= 0) cues.get(k).add(h.cue);
        }
        boolean attributed = SAYS.matcher(w).region(start, end).find();
        for (Segment q : quotes) {
            if (!attributed || !quotationWorthy(w, q)) continue;
            int k = segmentOf(segs, q.start);
            if (k >= 0) cues.get(k).add(Cue.QUOTATION);
        }

        // units: merge continuations, leading short adverbials, and a quotation's attribution
        int k = 0;
        while (k < segs.size()) {
            Segment seg = segs.get(k);
            EnumSet<Cue> c = EnumSet.copyOf(cues.get(k));
            int uStart = seg.start;
            int uEnd = seg.end;
            int next = k + 1;
            // a short opening adverbial ("Since 2021", "Last May") joins the clause it introduces
            if (k == 0 && next < segs.size() && words(w, seg) <= 4 && !c.contains(Cue.QUOTATION)) {
                c.addAll(cues.get(next));
                uEnd = segs.get(next).end;
                next++;
            }
            while (next < segs.size()) {
                Segment n = segs.get(next);
                String head = w.substring(n.start, Math.min(n.end, n.start + 40));
                boolean attribution = attribution(w, n);
                if (c.contains(Cue.QUOTATION) && isOpeningQuote(w.charAt(n.start))) {
                    uEnd = n.end;   // the quotation's translation or continuation
                    next++;
                    continue;
                }
                if (c.contains(Cue.QUOTATION) && attribution) {
                    uEnd = n.end;
                    next++;
                    break;
                }
                if (!c.isEmpty() && attribution && next + 1 < segs.size() && CONTINUATION.matcher(w.substring(
                        segs.get(next + 1).start, Math.min(segs.get(next + 1).end, segs.get(next + 1).start + 40))).find()) {
                    // "reached €124 billion in 2024, according to Eurostat figures, making the EU …"
                    c.addAll(cues.get(next + 1));
                    uEnd = segs.get(next + 1).end;
                    next += 2;
                    continue;
                }
                if (!c.isEmpty() && CONTINUATION.matcher(head).find() && !attribution) {
                    c.addAll(cues.get(next));
                    uEnd = n.end;
                    next++;
                    continue;
                }
                break;
            }
            Segment unit = new Segment(uStart, uEnd);
            boolean figure = c.contains(Cue.MONEY) || c.contains(Cue.PERCENT) || c.contains(Cue.QUANTITY) || c.contains(Cue.COUNT);
            boolean onlyWhoSaidIt = attribution(w, unit)
                    || !figure && words(w, unit) <= 8 && SAYS.matcher(w).region(uStart, uEnd).find();
            if (c.contains(Cue.QUOTATION) || !c.isEmpty() && !onlyWhoSaidIt) {
                if (!c.contains(Cue.QUOTATION)) {
                    Matcher frame = FRAME.matcher(w).region(uStart, uEnd);
                    if (frame.find() && uEnd - frame.end() > 10) uStart = frame.end();
                }
                Matcher conj = LEADING_CONJUNCTION.matcher(w).region(uStart, uEnd);
                if (conj.lookingAt()) uStart = conj.end();
                addUnit(w, uStart, uEnd, end, c, out);
            }
            k = next;
        }
    }

    private static void addUnit(String w, int start, int end, int sentenceEnd, EnumSet<Cue> cues, List<Unit> out) {
        Cue best = null;
        for (Cue c : cues) {
            if (best == null || c.weight() > best.weight()) best = c;
        }
        double score = Math.min(0.99, best.weight() + 0.1 * (cues.size() - 1));
        if (score < MIN_SCORE) return;
        String text = w.substring(start, end);
        ClaimType type = best.type();
        if (best == Cue.QUOTATION) type = ClaimType.QUOTATION;
        else if (CAUSAL.matcher(text).find()) type = ClaimType.CAUSAL;
        else if (FUTURE.matcher(text).find()) type = ClaimType.PREDICTION;
        out.add(new Unit(start, end, best, type, Math.round(score * 100) / 100.0));
    }

    /** "said Tarek El-Sayed", "according to data released on Sunday", "analysts say": short, only who said it. */
    private static boolean attribution(String w, Segment s) {
        return words(w, s) <= 8 && ATTRIBUTION.matcher(w.substring(s.start, s.end)).find()
                || w.substring(s.start, s.end).toLowerCase(Locale.ROOT).startsWith("according to");
    }

    private static boolean quotationWorthy(String w, Segment q) {
        String inner = w.substring(q.start + 1, Math.max(q.start + 1, q.end - 1)).strip();
        int cjk = 0;
        for (int i = 0; i < inner.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(inner.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) cjk++;
        }
        return inner.split("\\s+").length >= 4 || cjk >= 4;
    }

    private static List<Segment> splitAtWith(String w, List<Segment> segs, List<Hit> hits) {
        List<Segment> out = new ArrayList<>(segs.size());
        for (Segment seg : segs) {
            Matcher m = WITH.matcher(w).region(seg.start, seg.end);
            boolean split = false;
            if (m.find() && w.substring(seg.start, seg.end).chars().noneMatch(ch -> ch == '“' || ch == '„' || ch == '"')) {
                int at = m.start();
                boolean before = hits.stream().anyMatch(h -> h.start >= seg.start && h.end <= at);
                boolean after = hits.stream().anyMatch(h -> h.start > at && h.start < seg.end);
                if (before && after) {
                    out.add(new Segment(seg.start, at));
                    out.add(new Segment(m.start() + 1, seg.end));
                    split = true;
                }
            }
            if (!split) out.add(seg);
        }
        return out;
    }

    /** "January 13, 2025": a comma between a day and a year does not end a clause. */
    private static boolean betweenDigits(String w, int comma, int end) {
        return comma > 0 && Character.isDigit(w.charAt(comma - 1)) && comma + 6 <= end
                && w.substring(comma + 2, comma + 6).chars().allMatch(Character::isDigit);
    }

    private static boolean isYear(String w, int at) {
        int e = at;
        while (e < w.length() && Character.isDigit(w.charAt(e))) e++;
        if (e - at != 4) return false;
        int y = Integer.parseInt(w.substring(at, e));
        return y >= 1900 && y <= 2099;
    }

    private static int words(String w, Segment s) {
        int count = 0;
        boolean inWord = false;
        for (int i = s.start; i < s.end; i++) {
            boolean space = Character.isWhitespace(w.charAt(i)) || w.charAt(i) == '\u2009';
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    private static int segmentOf(List<Segment> segs, int at) {
        for (int i = 0; i < segs.size(); i++) if (at >= segs.get(i).start && at < segs.get(i).end) return i;
        return -1;
    }

    private static List<Segment> trimmed(String w, List<Segment> segs) {
        List<Segment> out = new ArrayList<>(segs.size());
        for (Segment s : segs) {
            int a = s.start;
            int b = s.end;
            while (a < b && (Character.isWhitespace(w.charAt(a)) || w.charAt(a) == '\u2009')) a++;
            while (b > a && (Character.isWhitespace(w.charAt(b - 1)) || w.charAt(b - 1) == '\u2009')) b--;
            if (b > a) out.add(new Segment(a, b));
        }
        return out;
    }
}
