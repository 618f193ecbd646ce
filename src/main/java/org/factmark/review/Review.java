package org.factmark.review;

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
import org.factmark.claim.Claim;
import org.factmark.claim.Rating;
import org.factmark.claim.Verdict;
import org.factmark.security.AppUser;
import org.hibernate.envers.Audited;

/** A colleague's APPROVE or DISPUTE of a verdict; a dispute carries the reviewer's own rating and a comment. */
@Entity
@Table(name = "reviews")
@Audited
public class Review extends AbstractEntity {
    public static final int MAX_COMMENT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verdict_id", nullable = false)
    private Verdict verdict;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id", nullable = false)
    private AppUser reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20)
    private ReviewDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 20)
    private Rating rating;

    @Column(name = "comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Review() {
    }

    Review(Claim claim, Verdict verdict, AppUser reviewer, ReviewDecision decision, Rating rating, String comment) {
        this.claim = claim;
        this.verdict = verdict;
        this.reviewer = reviewer;
        this.decision = decision;
        this.rating = rating;
        this.comment = comment;
    }

    public Claim getClaim() {
        return claim;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public AppUser getReviewer() {
        return reviewer;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public Rating getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
