package org.factmark.claim;

import java.time.Instant;
import java.time.LocalDate;

/** A source (evidence) as the REST API shows it. */
public record SourceJson(long id, long claimId, String url, String title, String publisher, String excerpt,
                         LocalDate accessedOn, Stance stance, String createdBy, long version, Instant createdAt) {

    /** The source must come from a ClaimService method that loads its creator (sources(), addSource()). */
    public static SourceJson of(Source s) {
        return new SourceJson(s.getId(), s.getClaim().getId(), s.getUrl(), s.getTitle(), s.getPublisher(),
                s.getExcerpt(), s.getAccessedOn(), s.getStance(),
                s.getCreatedBy() == null ? null : s.getCreatedBy().getUsername(), s.getVersion(), s.getCreatedAt());
    }
}
