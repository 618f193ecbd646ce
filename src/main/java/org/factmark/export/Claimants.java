package org.factmark.export;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a claimant (free text such as "Vladimir Putin", "Kremlin", "Egyptian officials") is a person or an
 * organisation, for ClaimReview's itemReviewed.author. A heuristic: a claimant is a Person only when it reads as a
 * personal name (two to four words, each starting with a capital letter, no digits) and holds no word that names an
 * institution or a group; everything else (one-word names like "Kremlin" or "Eurostat", groups like "unnamed
 * analysts", "Japan's Ministry of Finance", "Sentra AG") is an Organization. See docs/export.md.
 */
final class Claimants {
    private Claimants() {
    }

    private static final Set<String> INSTITUTION_WORDS = Set.of("ministry", "government", "officials", "official",
            "kremlin", "commission", "agency", "office", "department", "study", "analysts", "experts", "researchers",
            "report", "bank", "party", "council", "parliament", "congress", "senate", "police", "army", "military",
            "university", "institute", "bureau", "union", "association", "committee", "court", "house", "embassy",
            "authority", "authorities", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "ag", "gmbh",
            "sa", "group", "spokesperson", "spokesman", "spokeswoman", "sources", "media", "press", "news", "times",
            "organisation", "organization", "foundation", "fund", "federation", "league", "state", "states",
            "administration", "cabinet", "presidency", "secretariat", "board", "network", "service", "services");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’.-]+");

    static boolean isOrganization(String claimant) {
        String s = claimant.strip();
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4) return true;
        for (String w : words) {
            if (!WORD.matcher(w).matches() || !Character.isUpperCase(w.codePointAt(0))) return true;
            String bare = w.toLowerCase(Locale.ROOT).replaceAll("[’'.]s?$", "").replace(".", "");
            if (INSTITUTION_WORDS.contains(bare)) return true;
        }
        return false;
    }
}
