package org.factmark.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factmark.base.web.LoneSurrogateCheck;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.Stance;
import org.factmark.claim.VerdictKind;
import org.factmark.review.ReviewDecision;
import org.factmark.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * The checks a JSON Lines import makes on each record before it stores anything, the same the API and the views
 * make: usernames, roles, http(s) addresses, enum values, column lengths, offsets inside the article body (and the
 * quote equal to the text there), references between records and unique ids, no half surrogate pairs. A failure is
 * an {@link IllegalArgumentException} whose message names the field; {@link ImportService} adds the line number.
 */
final class ImportChecks {
    private final Map<Long, String> bodies = new HashMap<>();
    private final Set<Long> claimIds = new HashSet<>();
    private final Set<Long> verdictIds = new HashSet<>();
    private final Set<Long> sourceIds = new HashSet<>();
    private final Set<Long> reviewIds = new HashSet<>();
    private final Set<Long> commentIds = new HashSet<>();

    void user(JsonNode o) {
        wellFormed(o, "user");
        username(o, "username", true);
        max(o, "display_name", 120);
        for (JsonNode r : o.path("roles")) oneOf(Role.class, r.asString(""), "roles");
    }

    void article(JsonNode o) {
        wellFormed(o, "article");
        long id = number(o, "id");
        if (bodies.containsKey(id)) throw new IllegalArgumentException("id: article " + id + " appears twice.");
        String title = o.path("title").asString("");
        if (title.isBlank()) throw new IllegalArgumentException("title: the article needs a title.");
        max(o, "title", 500);
        url(o, "url", false);
        max(o, "publisher", 200);
        String lang = ImportService.text(o, "language");
        if (lang != null && (lang.length() > 35 || !lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"))) {
            throw new IllegalArgumentException("language: use a language tag such as en, de or pt-BR (at most 35 characters).");
        }
        max(o, "created_by", 64);
        String body = ImportService.text(o, "body");
        if (body == null || body.isEmpty()) throw new IllegalArgumentException("body: the article text is missing.");
        bodies.put(id, body);
    }

    void claim(JsonNode o) {
        wellFormed(o, "claim");
        long id = number(o, "id");
        if (!claimIds.add(id)) throw new IllegalArgumentException("id: claim " + id + " appears twice.");
        long articleId = number(o, "article_id");
        String body = bodies.get(articleId);
        if (body == null) {
            throw new IllegalArgumentException("article_id: article " + articleId + " is not in the file before this claim.");
        }
        long start = number(o, "start");
        long end = number(o, "end");
        int length = body.codePointCount(0, body.length());
        if (start < 0 || start >= length) throw new IllegalArgumentException("start: " + start + " is outside the article (0.." + length + ").");
        if (end <= start || end > length) throw new IllegalArgumentException("end: " + end + " must be after start and at most " + length + ".");
        String quote = ImportService.text(o, "quote");
        String atOffsets = body.substring(body.offsetByCodePoints(0, (int) start), body.offsetByCodePoints(0, (int) end));
        if (!atOffsets.equals(quote)) {
            throw new IllegalArgumentException("quote: does not match the article text between start and end.");
        }
        max(o, "prefix", 200);
        max(o, "suffix", 200);
        oneOf(ClaimType.class, ImportService.text(o, "claim_type"), "claim_type");
        max(o, "claimant", 200);
        max(o, "restatement", 2000);
        oneOf(ClaimStatus.class, ImportService.text(o, "status"), "status");
        username(o, "author", true);
        username(o, "checked_by", false);
        Set<Long> ownVerdicts = new HashSet<>();
        for (JsonNode v : o.path("verdicts")) {
            long vid = number(v, "id");
            if (!verdictIds.add(vid)) throw new IllegalArgumentException("verdicts: verdict " + vid + " appears twice.");
            ownVerdicts.add(vid);
            oneOf(VerdictKind.class, ImportService.text(v, "kind"), "verdicts.kind");
            oneOf(Rating.class, ImportService.text(v, "rating"), "verdicts.rating");
            max(v, "rationale", 20000);
            username(v, "author", true);
        }
        if (o.hasNonNull("verdict_id") && !ownVerdicts.contains(number(o, "verdict_id"))) {
            throw new IllegalArgumentException("verdict_id: " + o.get("verdict_id") + " is not one of this claim's verdicts.");
        }
        for (JsonNode s : o.path("sources")) {
            long sid = number(s, "id");
            if (!sourceIds.add(sid)) throw new IllegalArgumentException("sources: source " + sid + " appears twice.");
            url(s, "url", true);
            if (s.path("title").asString("").isBlank()) throw new IllegalArgumentException("sources.title: a source needs a title.");
            max(s, "title", 500);
            max(s, "publisher", 200);
            max(s, "excerpt", 4000);
            oneOf(Stance.class, ImportService.text(s, "stance"), "sources.stance");
            username(s, "created_by", false);
        }
        for (JsonNode r : o.path("reviews")) {
            long rid = number(r, "id");
            if (!reviewIds.add(rid)) throw new IllegalArgumentException("reviews: review " + rid + " appears twice.");
            if (!ownVerdicts.contains(number(r, "verdict_id"))) {
                throw new IllegalArgumentException("reviews.verdict_id: " + r.get("verdict_id") + " is not one of this claim's verdicts.");
            }
            oneOf(ReviewDecision.class, ImportService.text(r, "decision"), "reviews.decision");
            if (ImportService.text(r, "rating") != null) oneOf(Rating.class, ImportService.text(r, "rating"), "reviews.rating");
            max(r, "comment", 4000);
            username(r, "reviewer", true);
        }
        for (JsonNode c : o.path("comments")) {
            long cid = number(c, "id");
            if (!commentIds.add(cid)) throw new IllegalArgumentException("comments: comment " + cid + " appears twice.");
            if (c.path("body").asString("").isBlank()) throw new IllegalArgumentException("comments.body: a comment needs text.");
            max(c, "body", 4000);
            username(c, "author", true);
        }
    }

    private static long number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(field + ": missing or not a whole number.");
        }
        long n = v.asLong();
        if (n < 0 || n > Integer.MAX_VALUE && !field.endsWith("id")) {
            throw new IllegalArgumentException(field + ": " + n + " is out of range.");
        }
        return n;
    }

    private static void max(JsonNode o, String field, int max) {
        String v = ImportService.text(o, field);
        if (v != null && v.length() > max) throw new IllegalArgumentException(field + ": at most " + max + " characters.");
    }

    private static void username(JsonNode o, String field, boolean required) {
        String v = ImportService.text(o, field);
        if (v == null) {
            if (required) throw new IllegalArgumentException(field + ": missing.");
            return;
        }
        if (!v.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException(field + ": '" + shorten(v) + "' is not a username (2 to 64 letters, digits, "
                    + "dots, dashes or underscores).");
        }
    }

    private static void url(JsonNode o, String field, boolean required) {
        String v = ImportService.text(o, field);
        if (v == null || v.isBlank()) {
            if (required) throw new IllegalArgumentException(field + ": missing.");
            return;
        }
        if (v.length() > 2000) throw new IllegalArgumentException(field + ": at most 2000 characters.");
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(field + ": '" + shorten(v) + "' is not an http or https address.");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + ": '" + shorten(v) + "' is not a valid address (" + e.getReason() + ").");
        }
    }

    private static <E extends Enum<E>> void oneOf(Class<E> type, String value, String field) {
        if (value == null) throw new IllegalArgumentException(field + ": missing.");
        try {
            Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            if (!value.equals(value.toUpperCase(Locale.ROOT))) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + shorten(value) + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    /** No string anywhere in the record may hold half of a surrogate pair. */
    private static void wellFormed(JsonNode node, String field) {
        if (node.isString()) {
            if (LoneSurrogateCheck.loneSurrogate(node.asString()) >= 0) {
                throw new IllegalArgumentException(field + ": holds half of a surrogate pair, which is not a character.");
            }
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                wellFormed(new tools.jackson.databind.node.StringNode(e.getKey()), e.getKey());
                wellFormed(e.getValue(), e.getKey());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) wellFormed(item, field);
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
