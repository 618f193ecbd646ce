package org.factmark.claim;

import java.time.Instant;

/** One verdict (a user's rating of the claim) as the REST API shows it. */
public record VerdictJson(long id, Rating rating, String rationale, VerdictKind kind, String author, Instant createdAt) {

    public static VerdictJson of(Verdict v) {
        return new VerdictJson(v.getId(), v.getRating(), v.getRationale(), v.getKind(), v.getAuthor().getUsername(),
                v.getCreatedAt());
    }
}
