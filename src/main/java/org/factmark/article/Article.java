package org.factmark.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.factmark.base.AbstractEntity;
import org.factmark.base.CodePoints;
import org.factmark.base.SearchKeys;
import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A news article. Its body is normalised once at import (NFC, \n line ends) and never changes afterwards, because
 * claims point into it by code-point offsets; {@link #getBodySha256()} fingerprints it.
 */
@Entity
@Table(name = "articles")
@Audited
public class Article extends AbstractEntity {
    public static final int MAX_TITLE = 500;
    public static final int MAX_URL = 2000;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_LANGUAGE = 35;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    /** The title folded for search (no case, no accents); derived, so not audited. */
    @NotAudited
    @Column(name = "title_key", length = MAX_TITLE * 3)
    private String titleKey;

    @Column(name = "url", length = MAX_URL)
    private String url;

    @Column(name = "publisher", length = MAX_PUBLISHER)
    private String publisher;

    @Column(name = "published_at")
    private LocalDate publishedAt;

    @Column(name = "language", length = MAX_LANGUAGE)
    private String language;

    // not @Lob: on PostgreSQL Hibernate would map it to an oid large object; LONG32 is text there, clob on H2
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false, length = Length.LONG32)
    private String body;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "body_sha256", nullable = false, length = 64)
    private String bodySha256;

    @Column(name = "body_length", nullable = false)
    private int bodyLength;

    @Column(name = "blind_review", nullable = false)
    private boolean blindReview;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", length = 64)
    private String createdBy;

    protected Article() {
    }

    Article(String title, String url, String publisher, LocalDate publishedAt, String language, String body,
            String bodySha256, String createdBy) {
        this.title = title;
        this.titleKey = SearchKeys.fold(title);
        this.url = url;
        this.publisher = publisher;
        this.publishedAt = publishedAt;
        this.language = language;
        this.body = body;
        this.bodySha256 = bodySha256;
        this.bodyLength = CodePoints.length(body);
        this.createdBy = createdBy;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getPublishedAt() {
        return publishedAt;
    }

    public String getLanguage() {
        return language;
    }

    /** The normalised plain text; code-point offsets of claims index into it. */
    public String getBody() {
        return body;
    }

    public String getBodySha256() {
        return bodySha256;
    }

    /** Length of the body in code points. */
    public int getBodyLength() {
        return bodyLength;
    }

    /** Blind second opinion: a second reviewer rates before seeing the first verdict. */
    public boolean isBlindReview() {
        return blindReview;
    }

    void setBlindReview(boolean blindReview) {
        this.blindReview = blindReview;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
