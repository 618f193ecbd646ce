package org.factmark.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factmark.base.AbstractEntity;
import org.factmark.security.AppUser;
import org.hibernate.envers.Audited;

/** One user's rating of one claim, with a rationale. Never edited: a revision is a new verdict. */
@Entity
@Table(name = "verdicts")
@Audited
public class Verdict extends AbstractEntity {
    public static final int MAX_RATIONALE = 10000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private AppUser author;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private VerdictKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 20)
    private Rating rating;

    @Column(name = "rationale", length = 20000)
    private String rationale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Verdict() {
    }

    Verdict(Claim claim, AppUser author, VerdictKind kind, Rating rating, String rationale) {
        this.claim = claim;
        this.author = author;
        this.kind = kind;
        this.rating = rating;
        this.rationale = rationale;
    }

    public Claim getClaim() {
        return claim;
    }

    public AppUser getAuthor() {
        return author;
    }

    public VerdictKind getKind() {
        return kind;
    }

    public Rating getRating() {
        return rating;
    }

    public String getRationale() {
        return rationale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
