package org.factmark.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Search keys that ignore case and accents: "Łódź" and "LODZ" both become "lodz". Compatibility decomposition
 * (NFKD) separates accents from letters and turns ligatures and full-width forms into plain letters; the marks are
 * dropped; letters that carry their stroke or ligature inside the character itself (ł, ø, đ, ß, æ ...) and so do
 * not decompose are spelled out; then lower case in the root locale (no Turkish dotless-i surprise).
 */
public final class SearchKeys {
    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            String spelled = spelledOut(cp);
            if (spelled != null) {
                out.append(spelled);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String spelledOut(int cp) {
        return switch (cp) {
            case 'ł', 'Ł' -> "l";
            case 'ø', 'Ø' -> "o";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ħ', 'Ħ' -> "h";
            case 'ı' -> "i";
            case 'ß', 'ẞ' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'þ', 'Þ' -> "th";
            case '\u2019', '\u2018' -> "'";
            default -> null;
        };
    }
}
