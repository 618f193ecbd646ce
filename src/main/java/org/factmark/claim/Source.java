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
import java.time.LocalDate;
import org.factmark.base.AbstractEntity;
import org.factmark.security.AppUser;
import org.hibernate.envers.Audited;

/** A piece of evidence for or against a claim. */
@Entity
@Table(name = "sources")
@Audited
public class Source extends AbstractEntity {
    public static final int MAX_URL = 2000;
    public static final int MAX_TITLE = 500;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_EXCERPT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @Column(name = "url", nullable = false, length = MAX_URL)
    private String url;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "publisher", length = MAX_PUBLISHER)
    private String publisher;

    @Column(name = "excerpt", length = MAX_EXCERPT)
    private String excerpt;

    @Column(name = "accessed_on")
    private LocalDate accessedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance", nullable = false, length = 10)
    private Stance stance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private AppUser createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Source() {
    }

    Source(Claim claim, AppUser createdBy) {
        this.claim = claim;
        this.createdBy = createdBy;
    }

    void update(String url, String title, String publisher, String excerpt, LocalDate accessedOn, Stance stance) {
        this.url = url;
        this.title = title;
        this.publisher = publisher;
        this.excerpt = excerpt;
        this.accessedOn = accessedOn;
        this.stance = stance;
    }

    public Claim getClaim() {
        return claim;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public LocalDate getAccessedOn() {
        return accessedOn;
    }

    public Stance getStance() {
        return stance;
    }

    public AppUser getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
