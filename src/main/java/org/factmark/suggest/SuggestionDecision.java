package org.factmark.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factmark.base.AbstractEntity;
import org.factmark.claim.ClaimType;
import org.hibernate.envers.Audited;

/**
 * An annotator's decision on a suggested span. An ACCEPT names the claim it created: that is the claim's record of
 * origin (cue and engine version). A REJECT keeps the span from being suggested again in the article.
 */
@Entity
@Table(name = "suggestion_decisions")
@Audited
public class SuggestionDecision extends AbstractEntity {
    public enum Kind { ACCEPT, REJECT }

    @Column(name = "article_id", nullable = false)
    private long articleId;
    @Column(name = "start_offset", nullable = false)
    private int start;
    @Column(name = "end_offset", nullable = false)
    private int end;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 10)
    private Kind decision;
    @Enumerated(EnumType.STRING)
    @Column(name = "cue", nullable = false, length = 20)
    private Cue cue;
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, length = 20)
    private ClaimType type;
    /** The suggestion's score in percent. */
    @Column(name = "score", nullable = false)
    private int score;
    @Column(name = "engine_version", nullable = false, length = 40)
    private String engineVersion;
    @Column(name = "claim_id")
    private Long claimId;
    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected SuggestionDecision() {
    }

    SuggestionDecision(long articleId, Suggestion s, Kind decision, Long claimId, String decidedBy) {
        this.articleId = articleId;
        this.start = s.start();
        this.end = s.end();
        this.decision = decision;
        this.cue = s.cue();
        this.type = s.type();
        this.score = (int) Math.round(s.score() * 100);
        this.engineVersion = SuggestionEngine.VERSION;
        this.claimId = claimId;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    public long getArticleId() {
        return articleId;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public Kind getDecision() {
        return decision;
    }

    public Cue getCue() {
        return cue;
    }

    public ClaimType getType() {
        return type;
    }

    public String getEngineVersion() {
        return engineVersion;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
