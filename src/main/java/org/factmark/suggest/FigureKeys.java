package org.factmark.suggest;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised figures and dates a text states, as index keys: "$245 billion" and "US$245bn" both give
 * {@code num:245000000000}; "4.1%" and "4,1 %" {@code pct:4.1}; "2024" {@code year:2024}; "October" {@code
 * month:10}. Two statements are about the same figure or event when they share a key.
 */
final class FigureKeys {
    private FigureKeys() {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d+(?:[.,\\u2009\\u202F\\u00A0]\\d{3})*"
            + "(?:[.,]\\d+)?)(?:[\\s\\u00A0\\u2009\\u202F]*(%|per\\s?cent|percent|trillion|billion|bn|million|mn|m\\b|"
            + "Mrd\\.?|Milliarden|Mio\\.?|Millionen|thousand))?", Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    static Set<String> of(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            BigDecimal v = value(m.group(1));
            if (v == null) continue;
            String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            if (unit.equals("%") || unit.startsWith("per")) {
                keys.add("pct:" + v.stripTrailingZeros().toPlainString());
                continue;
            }
            BigDecimal scale = switch (unit.replace(".", "")) {
                case "trillion" -> BigDecimal.TEN.pow(12);
                case "billion", "bn", "mrd", "milliarden" -> BigDecimal.TEN.pow(9);
                case "million", "mn", "m", "mio", "millionen" -> BigDecimal.TEN.pow(6);
                case "thousand" -> BigDecimal.TEN.pow(3);
                default -> BigDecimal.ONE;
            };
            if (scale.equals(BigDecimal.ONE) && m.group(1).matches("(19|20)\\d{2}")) {
                keys.add("year:" + m.group(1));
            } else {
                keys.add("num:" + v.multiply(scale).stripTrailingZeros().toPlainString());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (Pattern.compile("\\b" + MONTHS[i] + "\\b").matcher(lower).find()) keys.add("month:" + (i + 1));
        }
        return keys;
    }

    /** "1,412" → 1412, "41,2" → 41.2, "26 300" → 26300, "1.2" → 1.2. */
    static BigDecimal value(String raw) {
        String s = raw.replaceAll("[\\u2009\\u202F\\u00A0]", "");
        s = s.replaceAll("[.,](?=\\d{3}(?:\\D|$))", "");   // thousands separators
        s = s.replace(',', '.');
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
