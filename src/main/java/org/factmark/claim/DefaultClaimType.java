package org.factmark.claim;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The type a freshly marked claim starts with, guessed from its text (the annotator can change it at once with the
 * digit keys or the panel): quotation marks make a {@link ClaimType#QUOTATION}; a figure (currency, percent, or a
 * number that is not a date) a {@link ClaimType#STATISTIC}; a date or time (a year, a month or weekday name, a
 * numeric date, a clock time, CJK 年/月/日) a {@link ClaimType#DATE_EVENT}; anything else {@link ClaimType#OTHER}.
 * Digits of every script count (Unicode Nd via {@link Character#isDigit(int)}), as do all currency symbols (Sc).
 */
public final class DefaultClaimType {
    private DefaultClaimType() {
    }

    /** Words that make a number a figure, in the languages of the seed articles (lower case). */
    private static final Pattern FIGURE_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(percent|per cent|percentage points?|basis points|prozent|prozentpunkte|pour cent|por ciento"
                    + "|procent|million|millions|billion|billions|trillion|mrd|mio|milliarden?|millionen|bn|mn"
                    + "|tonnes?|tons?|barrels?|kilometres?|kilometers?|km|kg|mw|gw|twh|bcm)(?![\\p{L}])");
    /** Clock times on ASCII digits: 10:30, 6.45 p.m., 3 a.m., 10.30 Uhr. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?<!\\d)(\\d{1,2}:\\d{2}(?!\\d)|\\d{1,2}([.:]\\d{2})?\\s*([ap]\\.m\\.|[ap]m\\b|uhr\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> MONTHS_AND_DAYS = namesOfMonthsAndDays();

    private static Set<String> namesOfMonthsAndDays() {
        Set<String> out = new HashSet<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.of("es"),
                Locale.of("pl"), Locale.of("pt"), Locale.of("nl"))) {
            DateFormatSymbols s = DateFormatSymbols.getInstance(l);
            for (String[] names : List.of(s.getMonths(), s.getWeekdays())) {
                for (String n : names) if (n.length() >= 3) out.add(n.toLowerCase(Locale.ROOT));
            }
        }
        out.remove("may"); // the English modal verb; "in May 2024" still has its year
        return out;
    }

    /** The type to start a claim with {@code text} (its quote). */
    public static ClaimType of(String text) {
        if (text == null || text.isBlank()) return ClaimType.OTHER;
        if (hasQuotationMarks(text)) return ClaimType.QUOTATION;
        boolean figureMark = false;
        String ascii = toAsciiDigits(text);
        boolean dateMark = NUMERIC_DATE.matcher(ascii).find() || CLOCK.matcher(ascii).find();
        List<Long> numbers = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CURRENCY_SYMBOL || cp == '%' || cp == '\u066A' || cp == '\u2030' || cp == '\uFF05') {
                figureMark = true;
            }
            if (cp == '年' || cp == '月' || cp == '日' || cp == '時' || cp == '时') {
                if (i > 0 && Character.isDigit(text.codePointBefore(i))) dateMark = true;
            }
            if (Character.isDigit(cp)) {
                long value = 0;
                int digits = 0;
                while (i < text.length() && Character.isDigit(text.codePointAt(i))) {
                    int c = text.codePointAt(i);
                    if (digits < 12) value = value * 10 + Character.digit(c, 10);
                    digits++;
                    i += Character.charCount(c);
                }
                // a separator followed by more digits makes one figure ("1,412", "4.1", "10 000")
                while (i + 1 < text.length() && ",. \u00A0\u202F\u2009'".indexOf(text.charAt(i)) >= 0
                        && Character.isDigit(text.codePointAt(i + 1))) {
                    value = -1;
                    i++;
                    while (i < text.length() && Character.isDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
                }
                numbers.add(digits == 4 && value >= 1000 && value <= 2199 ? -2 : value); // -2: a year
                continue;
            }
            i += Character.charCount(cp);
        }
        if (figureMark || (!numbers.isEmpty() && FIGURE_WORDS.matcher(text).find())) return ClaimType.STATISTIC;
        boolean year = numbers.contains(-2L);
        if (dateMark || year || namesAMonthOrDay(text)) {
            // a date with a further plain number ("1,412 vessels in 2024") is still a figure
            boolean otherNumber = numbers.stream().anyMatch(n -> n != -2L) && !dateMark && !namesAMonthOrDay(text);
            return otherNumber ? ClaimType.STATISTIC : ClaimType.DATE_EVENT;
        }
        if (!numbers.isEmpty()) return ClaimType.STATISTIC;
        return ClaimType.OTHER;
    }

    private static boolean hasQuotationMarks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            // Pi/Pf: “ ” ‘ ’ « » ‹ ›; Ps/Pe quotation brackets of CJK: 「 」 『 』; the ASCII double quote and „ ‚
            if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || cp == '"' || cp == '„' || cp == '‚' || cp == '「' || cp == '」' || cp == '『' || cp == '』'
                    || cp == '\uFF02') {
                // an apostrophe inside a word (’ in "India’s") is not a quotation mark
                boolean inWord = (cp == '’' || cp == '\'') && i > 0 && Character.isLetter(text.codePointBefore(i))
                        && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1));
                if (!inWord) marks++;
            }
            i += Character.charCount(cp);
        }
        return marks >= 2;
    }

    private static boolean namesAMonthOrDay(String text) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static String toAsciiDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) b.append((char) ('0' + Character.digit(cp, 10)));
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }
}
