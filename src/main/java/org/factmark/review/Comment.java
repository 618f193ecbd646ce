package org.factmark.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factmark.base.AbstractEntity;
import org.factmark.claim.Claim;
import org.factmark.security.AppUser;
import org.hibernate.envers.Audited;

/** A remark on a claim, shown in its timeline. */
@Entity
@Table(name = "comments")
@Audited
public class Comment extends AbstractEntity {
    public static final int MAX_BODY = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private AppUser author;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Comment() {
    }

    Comment(Claim claim, AppUser author, String body) {
        this.claim = claim;
        this.author = author;
        this.body = body;
    }

    public Claim getClaim() {
        return claim;
    }

    public AppUser getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
