package org.factmark.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factmark.base.InvalidInputException;

/**
 * Passwords per OWASP ASVS 5.0 (V6.2): at least {@value #MIN_LENGTH} characters, long ones allowed (up to
 * {@value #MAX_LENGTH}), no composition rules, and refused when guessable: zxcvbn4j scores each password against
 * its lists of common passwords, names and words, keyboard patterns, and the context words of this account
 * (username, display name, "factmark"). A score below {@value #MIN_SCORE} (of 0..4) is refused with zxcvbn's
 * own explanation. See docs/decisions/056-password-policy.md.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn score: 2 = "somewhat guessable" (about 10^8 guesses), the lowest accepted. */
    static final int MIN_SCORE = 2;
    public static final String HINT = "At least " + MIN_LENGTH + " characters; a phrase of several words is best. "
            + "Common passwords and your own names are refused.";

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInputException} on {@code field} when the password breaks the policy. */
    public static void check(String field, String password, String... context) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException(field, "A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new InvalidInputException(field, "A password may have at most " + MAX_LENGTH + " characters.");
        }
        List<String> words = new ArrayList<>();
        words.add("factmark");
        for (String c : context) {
            if (c == null || c.isBlank()) continue;
            String lower = c.toLowerCase(Locale.ROOT);
            words.add(lower);
            words.add(lower.replaceAll("[^\\p{L}\\p{N}]+", ""));
            for (String part : c.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3) words.add(part);
            }
        }
        Strength s = ZXCVBN.measure(password, words);
        if (s.getScore() < MIN_SCORE) {
            String warning = s.getFeedback().getWarning(Locale.ENGLISH);
            StringBuilder msg = new StringBuilder("This password is too easy to guess");
            msg.append(warning == null || warning.isBlank() ? "." : ": " + warning.strip().replaceAll("\\.$", "") + ".");
            List<String> tips = s.getFeedback().getSuggestions(Locale.ENGLISH);
            if (tips != null && !tips.isEmpty()) msg.append(' ').append(String.join(" ", tips));
            throw new InvalidInputException(field, msg.toString());
        }
    }
}
