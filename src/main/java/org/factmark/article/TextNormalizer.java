package org.factmark.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The one normalisation an article body gets, at import: Unicode NFC, every line end as \n, no BOM, no trailing
 * spaces on lines, runs of blank lines collapsed to one blank line (the paragraph separator), trimmed.
 * After it the body never changes, so offsets stay true.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        if (raw == null) return "";
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        // no NULs or other C0 controls except \n and \t
        s = s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
        s = s.replaceAll("[ \\t\\u00A0]+\\n", "\n");      // trailing blanks on each line
        s = s.replaceAll("\\n{3,}", "\n\n");               // at most one blank line between paragraphs
        return s.strip();
    }

    /**
     * The normalised body without a first paragraph that only repeats the title (decisions/119): compared ignoring
     * case, runs of white space and Unicode normal form. A body that is nothing but the title is kept as it is. Applied
     * once, at import, so the dropped paragraph never reaches offsets; stored bodies are never touched again.
     */
    public static String withoutRepeatedTitle(String title, String normalizedBody) {
        if (title == null || normalizedBody == null) return normalizedBody;
        int end = normalizedBody.indexOf("\n\n");
        if (end < 0) return normalizedBody;
        if (!repeatsTitle(title, normalizedBody.substring(0, end))) return normalizedBody;
        String rest = normalizedBody.substring(end).strip();
        return rest.isEmpty() ? normalizedBody : rest;
    }

    /** Whether {@code paragraph} only repeats {@code title} (ignoring case, runs of white space, Unicode normal form). */
    public static boolean repeatsTitle(String title, String paragraph) {
        return title != null && paragraph != null && comparable(paragraph).equals(comparable(title));
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static String comparable(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        String folded = nfc.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    public static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
