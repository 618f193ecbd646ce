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

    public static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
