package org.factmark.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factmark.base.AbstractEntity;
import org.hibernate.envers.Audited;

/** A claim that was started from an earlier CHECKED claim's rating and sources ("already checked elsewhere"). */
@Entity
@Table(name = "claim_links")
@Audited
public class ClaimLink extends AbstractEntity {
    @Column(name = "claim_id", nullable = false)
    private long claimId;
    @Column(name = "earlier_claim_id", nullable = false)
    private long earlierClaimId;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClaimLink() {
    }

    ClaimLink(long claimId, long earlierClaimId, String createdBy) {
        this.claimId = claimId;
        this.earlierClaimId = earlierClaimId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public long getClaimId() {
        return claimId;
    }

    public long getEarlierClaimId() {
        return earlierClaimId;
    }
}
