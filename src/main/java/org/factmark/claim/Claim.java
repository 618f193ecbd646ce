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
import org.factmark.article.Article;
import org.factmark.base.AbstractEntity;
import org.factmark.base.TextSpan;
import org.factmark.security.AppUser;
import org.hibernate.envers.Audited;

/**
 * A check-worthy span of one article: code-point offsets [start, end) into the article body, with the exact quote
 * and some context on either side (W3C TextPositionSelector + TextQuoteSelector).
 */
@Entity
@Table(name = "claims")
@Audited
public class Claim extends AbstractEntity {
    public static final int CONTEXT_CODE_POINTS = 32;
    public static final int MAX_QUOTE = 5000;
    public static final int MAX_CLAIMANT = 200;
    public static final int MAX_RESTATEMENT = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "quote", nullable = false, length = 20000)
    private String quote;

    @Column(name = "prefix", nullable = false, length = 200)
    private String prefix = "";

    @Column(name = "suffix", nullable = false, length = 200)
    private String suffix = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, length = 20)
    private ClaimType type = ClaimType.OTHER;

    @Column(name = "claimant", length = MAX_CLAIMANT)
    private String claimant;

    @Column(name = "restatement", length = MAX_RESTATEMENT)
    private String restatement;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private AppUser author;

    /** The verdict in force: the author's latest, or an adjudicator's final one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verdict_id")
    private Verdict verdict;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checked_by_id")
    private AppUser checkedBy;

    protected Claim() {
    }

    Claim(Article article, TextSpan span, String quote, String prefix, String suffix, ClaimType type, AppUser author) {
        this.article = article;
        this.start = span.start();
        this.end = span.end();
        this.quote = quote;
        this.prefix = prefix;
        this.suffix = suffix;
        this.type = type == null ? ClaimType.OTHER : type;
        this.author = author;
    }

    public Article getArticle() {
        return article;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public TextSpan getSpan() {
        return new TextSpan(start, end);
    }

    public String getQuote() {
        return quote;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    /**
     * The context before the quote as a reader sees it: "…" in front only where the text goes on beyond it (the
     * stored prefix was cut at {@link #CONTEXT_CODE_POINTS}); a shorter prefix reaches the start of the text.
     */
    public String shownPrefix() {
        if (prefix.isEmpty()) return "";
        return org.factmark.base.CodePoints.length(prefix) >= CONTEXT_CODE_POINTS ? "…" + prefix : prefix;
    }

    /** The context after the quote as a reader sees it: "…" only where the text goes on (no "October.…" at the end). */
    public String shownSuffix() {
        if (suffix.isEmpty()) return "";
        return org.factmark.base.CodePoints.length(suffix) >= CONTEXT_CODE_POINTS ? suffix + "…" : suffix;
    }

    public ClaimType getType() {
        return type;
    }

    void setType(ClaimType type) {
        this.type = type;
    }

    public String getClaimant() {
        return claimant;
    }

    void setClaimant(String claimant) {
        this.claimant = claimant;
    }

    public String getRestatement() {
        return restatement;
    }

    void setRestatement(String restatement) {
        this.restatement = restatement;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public AppUser getAuthor() {
        return author;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public AppUser getCheckedBy() {
        return checkedBy;
    }

    void touch() {
        this.updatedAt = Instant.now();
    }

    /** The author submits (or revises) the verdict: the claim goes to IN_REVIEW. */
    void submitted(Verdict verdict) {
        this.verdict = verdict;
        this.status = ClaimStatus.IN_REVIEW;
        this.submittedAt = verdict.getCreatedAt();
        this.checkedAt = null;
        this.checkedBy = null;
        touch();
    }

    /** Approved by a colleague, or settled: the claim is CHECKED with the given verdict in force. */
    void checked(Verdict inForce, AppUser by, Instant at) {
        this.verdict = inForce;
        this.status = ClaimStatus.CHECKED;
        this.checkedBy = by;
        this.checkedAt = at;
        touch();
    }

    /** The author takes the claim back out of review: DRAFT again; the verdict stays as the author's draft. */
    void withdrawn() {
        this.status = ClaimStatus.DRAFT;
        this.submittedAt = null;
        touch();
    }

    void disputed() {
        this.status = ClaimStatus.DISPUTED;
        touch();
    }
}
