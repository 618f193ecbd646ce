package org.factmark.claim;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.CodePoints;
import org.factmark.base.ConflictException;
import org.factmark.base.ForbiddenException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.base.TextSpan;
import org.factmark.security.AppUser;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;
import org.factmark.security.UserService;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims: marking spans of an article, editing them, their sources, and the author's verdict. The rules are here,
 * not in the views: only the author edits a claim, submits its verdict, or deletes it (and only as a DRAFT);
 * CHECKED claims are locked; a stale edit (older version) is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ClaimService {
    private final ClaimRepository claims;
    private final SourceRepository sources;
    private final VerdictRepository verdicts;
    private final ArticleService articles;
    private final UserService users;
    private final EntityManager em;
    private final VerdictVisibility visibility;

    ClaimService(ClaimRepository claims, SourceRepository sources, VerdictRepository verdicts, ArticleService articles,
                 UserService users, EntityManager em, VerdictVisibility visibility) {
        this.visibility = visibility;
        this.claims = claims;
        this.sources = sources;
        this.verdicts = verdicts;
        this.articles = articles;
        this.users = users;
        this.em = em;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** All claims of an article ordered by position, with author and verdict loaded. */
    @Transactional(readOnly = true)
    public List<Claim> listForArticle(long articleId) {
        articles.get(articleId);
        return claims.findByArticle(articleId);
    }

    @Transactional(readOnly = true)
    public Claim get(long claimId) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        c.getAuthor().getUsername();
        if (c.getVerdict() != null) c.getVerdict().getRating();
        if (c.getCheckedBy() != null) c.getCheckedBy().getUsername();
        return c;
    }

    /**
     * The claim with its sources, verdicts and audit history, as the current user may see them: while the ratings
     * are hidden from them ({@link VerdictVisibility}) only their own verdicts and no verdict lines of the history.
     */
    @Transactional(readOnly = true)
    public ClaimDetails details(long claimId) {
        Claim c = get(claimId);
        boolean hidden = visibility.hidden(c);
        List<Verdict> vs = verdicts.findByClaim(claimId);
        List<HistoryEntry> h = fullHistory(claimId);
        if (hidden) {
            String me = CurrentUser.username().orElse("");
            vs = vs.stream().filter(v -> v.getAuthor().getUsername().equals(me)).toList();
            h = h.stream().filter(e -> !e.verdict()).toList();
        }
        return new ClaimDetails(c, sources.findByClaim(claimId), vs, h, hidden);
    }

    /** Whether the current user may not see this claim's ratings yet (blind second opinion; {@link VerdictVisibility}). */
    @Transactional(readOnly = true)
    public boolean verdictHidden(long claimId) {
        return visibility.hidden(get(claimId));
    }

    /** The claim as REST shows it to the current user (rating withheld while hidden). */
    @Transactional(readOnly = true)
    public ClaimJson json(long claimId) {
        Claim c = get(claimId);
        return ClaimJson.of(c, visibility.hidden(c));
    }

    /** {@link #listForArticle} as REST shows it to the current user. */
    @Transactional(readOnly = true)
    public List<ClaimJson> listJsonForArticle(long articleId) {
        return listForArticle(articleId).stream().map(c -> ClaimJson.of(c, visibility.hidden(c))).toList();
    }

    /** {@link #find} as REST shows it to the current user. */
    @Transactional(readOnly = true)
    public Page<ClaimJson> findJson(ClaimStatus status, Long articleId, Pageable pageable) {
        return find(status, articleId, pageable).map(c -> ClaimJson.of(c, visibility.hidden(c)));
    }

    @Transactional(readOnly = true)
    public List<Source> sources(long claimId) {
        return sources.findByClaim(claimId);
    }

    @Transactional(readOnly = true)
    public List<Verdict> verdicts(long claimId) {
        return verdicts.findByClaim(claimId);
    }

    /**
     * A page of claims, oldest first (by id), optionally only those with {@code status} and/or of one article
     * (null: any). Author and verdict in force are loaded. The pageable's sort is ignored: the order is by id.
     */
    @Transactional(readOnly = true)
    public Page<Claim> find(ClaimStatus status, Long articleId, Pageable pageable) {
        if (articleId != null) articles.get(articleId);
        return claims.search(status, articleId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    // ---- marking -------------------------------------------------------------------------------------------

    /**
     * Marks [start, end) of the article as a claim by the current user. With {@code snap}, a span that starts or
     * ends inside a grapheme cluster (flag, ZWJ emoji, combining sequence) is widened to whole characters: the UI
     * uses this so the saved quote is what the user saw; REST takes offsets as given.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public Claim mark(long articleId, int start, int end, boolean snap, ClaimType type, String claimant) {
        Article article = articles.get(articleId);
        TextSpan span = checkedSpan(article, start, end);
        if (snap) span = Anchors.snapToGraphemes(article.getBody(), span);
        return create(article, span, type, claimant);
    }

    /**
     * Marks [start, end) exactly as given (no snapping), after checking that the caller's idea of the text there
     * matches: {@code expectedQuote} (NFC-normalised) must equal the body's code points [start, end), else 400
     * naming {@code quote}. A null quote skips the check. The REST API uses this when both offsets and quote come.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public Claim markAt(long articleId, int start, int end, String expectedQuote, ClaimType type, String claimant) {
        Article article = articles.get(articleId);
        TextSpan span = checkedSpan(article, start, end);
        if (expectedQuote != null) {
            String actual = CodePoints.slice(article.getBody(), start, end);
            if (!actual.equals(nfc(expectedQuote))) {
                throw new InvalidInputException("quote", "The quote does not match the article text at " + start + ".." + end
                        + " (the text there is \"" + abbreviate(actual) + "\").");
            }
        }
        return create(article, span, type, claimant);
    }

    private static TextSpan checkedSpan(Article article, int start, int end) {
        int length = article.getBodyLength();
        if (start < 0 || start >= length || end > length || end <= start) {
            throw new InvalidInputException(start < 0 || start >= length ? "start" : "end", "The span " + start + ".." + end
                    + " is not inside the article (0.." + length + " code points, end after start).");
        }
        return new TextSpan(start, end);
    }

    /**
     * Marks the occurrence of {@code quote} that the optional prefix/suffix context picks out. No occurrence: 400;
     * several and no context to decide: 409 saying how many places match.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public Claim markQuote(long articleId, String quote, String prefix, String suffix, ClaimType type, String claimant) {
        Article article = articles.get(articleId);
        if (quote == null || quote.isEmpty()) throw new InvalidInputException("quote", "The quote is empty.");
        quote = nfc(quote);
        prefix = prefix == null ? null : nfc(prefix);
        suffix = suffix == null ? null : nfc(suffix);
        List<TextSpan> found = Anchors.find(article.getBody(), quote, prefix, suffix);
        if (found.isEmpty()) {
            boolean quoteAlone = !Anchors.occurrences(article.getBody(), quote).isEmpty();
            throw new InvalidInputException(quoteAlone ? "prefix" : "quote", quoteAlone
                    ? "The quote occurs in the article, but not with the given prefix/suffix."
                    : "The quote does not occur in the article (it must match the stored text exactly, in Unicode NFC).");
        }
        if (found.size() > 1) {
            throw new ConflictException("The quote occurs in " + found.size()
                    + " places in the article; give a prefix or suffix (or start/end offsets) to pick one.");
        }
        return create(article, found.get(0), type, claimant);
    }

    /** Article bodies are stored in NFC, so a quote typed or pasted in another normal form is normalised first. */
    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private Claim create(Article article, TextSpan span, ClaimType type, String claimant) {
        if (span.length() > Claim.MAX_QUOTE) {
            throw new InvalidInputException("end", "A claim is at most " + Claim.MAX_QUOTE + " characters long.");
        }
        Anchors.Quote q = Anchors.quote(article.getBody(), span);
        if (q.exact().isBlank()) throw new InvalidInputException("start", "The selection holds only white space.");
        Claim c = new Claim(article, span, q.exact(), q.prefix(), q.suffix(), type, me());
        c.setClaimant(clean(claimant, Claim.MAX_CLAIMANT, "claimant"));
        return claims.save(c);
    }

    // ---- editing -------------------------------------------------------------------------------------------

    /**
     * Saves the claim's type, claimant and restatement. {@code expectedVersion} is the version the user loaded:
     * if someone saved in between, this throws {@link ObjectOptimisticLockingFailureException} and changes nothing.
     */
    @Transactional
    public Claim update(long claimId, long expectedVersion, ClaimType type, String claimant, String restatement) {
        Claim c = editable(claimId, expectedVersion);
        c.setType(type == null ? ClaimType.OTHER : type);
        c.setClaimant(clean(claimant, Claim.MAX_CLAIMANT, "claimant"));
        c.setRestatement(clean(restatement, Claim.MAX_RESTATEMENT, "restatement"));
        c.touch();
        claims.flush();
        return c;
    }

    @Transactional
    public Source addSource(long claimId, SourceInput in) {
        Claim c = editable(claimId, null);
        Source s = new Source(c, me());
        apply(s, in);
        c.touch();
        return sources.save(s);
    }

    @Transactional
    public Source updateSource(long sourceId, long expectedVersion, SourceInput in) {
        Source s = sources.findById(sourceId).orElseThrow(() -> new NotFoundException("Source", sourceId));
        editable(s.getClaim().getId(), null);
        if (s.getVersion() != expectedVersion) throw new ObjectOptimisticLockingFailureException(Source.class, sourceId);
        apply(s, in);
        sources.flush();
        return s;
    }

    @Transactional
    public void removeSource(long sourceId) {
        Source s = sources.findById(sourceId).orElseThrow(() -> new NotFoundException("Source", sourceId));
        Claim c = editable(s.getClaim().getId(), null);
        if (c.getStatus() != ClaimStatus.DRAFT && c.getVerdict() != null && c.getVerdict().getRating() != Rating.UNVERIFIABLE
                && sources.countByClaim(c.getId()) <= 1) {
            throw new ConflictException("The submitted verdict rests on this source: add another source first.");
        }
        sources.delete(s);
    }

    /**
     * The author submits (or revises) the verdict: rating and rationale are required, and at least one source
     * unless the rating is UNVERIFIABLE. The claim goes to IN_REVIEW. Anyone but the author: 403.
     */
    @Transactional
    public Verdict submitVerdict(long claimId, Rating rating, String rationale) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        AppUser me = me();
        if (!isAuthor(c, me)) {
            throw new ForbiddenException("Only the claim's author (" + c.getAuthor().getUsername() + ") submits its verdict.");
        }
        if (c.getStatus() == ClaimStatus.CHECKED) throw new ConflictException("The claim is CHECKED; its verdict is final.");
        if (rating == null) throw new InvalidInputException("rating", "Choose a rating.");
        String why = clean(rationale, Verdict.MAX_RATIONALE, "rationale");
        if (why == null) throw new InvalidInputException("rationale", "Write a rationale for the rating.");
        if (rating != Rating.UNVERIFIABLE && sources.countByClaim(claimId) == 0) {
            throw new InvalidInputException("sources", "Add at least one source before submitting (or rate it UNVERIFIABLE).");
        }
        Verdict v = verdicts.save(new Verdict(c, me, VerdictKind.AUTHOR, rating, why));
        c.submitted(v);
        return v;
    }

    /**
     * The author withdraws a claim from review: IN_REVIEW goes back to DRAFT, so no review of the verdict that was
     * submitted can happen any more (every review action names the verdict in force and needs IN_REVIEW or
     * DISPUTED). The author edits and submits again (a new verdict). 403 for anyone but the author; 409 unless
     * IN_REVIEW. See docs/decisions/050-review-names-the-verdict.md.
     */
    @Transactional
    public Claim withdraw(long claimId) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        if (!isAuthor(c, me())) throw new ForbiddenException("Only the claim's author withdraws it from review.");
        if (c.getStatus() != ClaimStatus.IN_REVIEW) {
            throw new ConflictException("Only a claim IN_REVIEW can be withdrawn; this one is " + c.getStatus() + ".");
        }
        c.withdrawn();
        claims.flush();
        return c;
    }

    /** The author deletes a DRAFT claim; nobody else may, and not once it has been submitted. */
    @Transactional
    public void delete(long claimId) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        if (!isAuthor(c, me())) throw new ForbiddenException("Only the claim's author may delete it.");
        if (c.getStatus() != ClaimStatus.DRAFT) {
            throw new ConflictException("Only a DRAFT claim can be deleted; this one is " + c.getStatus() + ".");
        }
        sources.deleteAll(sources.findByClaim(claimId));
        claims.delete(c);
    }

    /** Whether the current user may edit the claim's fields and sources (the UI hides what this refuses). */
    @Transactional(readOnly = true)
    public boolean canEdit(Claim c) {
        return c.getStatus() != ClaimStatus.CHECKED
                && (c.getAuthor().getUsername().equals(CurrentUser.username().orElse(null)) || CurrentUser.hasRole(Role.ADMIN));
    }

    /** Compares ids: the author may be an uninitialised Hibernate proxy, whose fields (and so equals) are empty. */
    private static boolean isAuthor(Claim c, AppUser user) {
        return c.getAuthor().getId().equals(user.getId());
    }

    private Claim editable(long claimId, Long expectedVersion) {
        Claim c = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim", claimId));
        if (expectedVersion != null && c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Claim.class, claimId);
        }
        if (c.getStatus() == ClaimStatus.CHECKED) throw new ConflictException("The claim is CHECKED and locked.");
        if (!canEdit(c)) throw new ForbiddenException("Only the claim's author edits it.");
        return c;
    }

    private void apply(Source s, SourceInput in) {
        String url = clean(in.url(), Source.MAX_URL, "url");
        if (url == null) throw new InvalidInputException("url", "A source needs its URL.");
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
                throw new InvalidInputException("url", "Use an http or https address for the source.");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "The source URL is not a valid address (" + e.getReason() + ").");
        }
        String title = clean(in.title(), Source.MAX_TITLE, "title");
        if (title == null) throw new InvalidInputException("title", "A source needs a title.");
        if (in.stance() == null) throw new InvalidInputException("stance", "Say whether the source supports, refutes or gives context.");
        s.update(url, title, clean(in.publisher(), Source.MAX_PUBLISHER, "publisher"),
                clean(in.excerpt(), Source.MAX_EXCERPT, "excerpt"), in.accessedOn(), in.stance());
    }

    private static String clean(String s, int max, String field) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        if (t.length() > max) throw new InvalidInputException(field, field + ": at most " + max + " characters.");
        return t;
    }

    private AppUser me() {
        return users.require(CurrentUser.require());
    }

    // ---- history -------------------------------------------------------------------------------------------

    /**
     * Who changed what and when: the claim's own revisions, its sources and its verdicts, oldest first; without the
     * verdict lines while the current user may not see the ratings ({@link VerdictVisibility}).
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long claimId) {
        List<HistoryEntry> h = fullHistory(claimId);
        return visibility.hidden(get(claimId)) ? h.stream().filter(e -> !e.verdict()).toList() : h;
    }

    private List<HistoryEntry> fullHistory(long claimId) {
        var reader = AuditReaderFactory.get(em);
        // within one revision (same timestamp) the cause reads first: "submitted the verdict" before "status -> IN_REVIEW"
        List<Ranked> out = new ArrayList<>();
        Claim previous = null;
        for (Object o : reader.createQuery().forRevisionsOfEntity(Claim.class, false, true)
                .add(AuditEntity.id().eq(claimId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList()) {
            Object[] row = (Object[]) o;
            Claim c = (Claim) row[0];
            org.factmark.security.AuditRevision rev = (org.factmark.security.AuditRevision) row[1];
            String what = switch ((RevisionType) row[2]) {
                case ADD -> "marked the claim \"" + abbreviate(c.getQuote()) + "\" (" + c.getType().label() + ")";
                case DEL -> "deleted the claim";
                case MOD -> describe(previous, c);
            };
            if (what != null) out.add(new Ranked(new HistoryEntry(rev.getTimestamp(), rev.getUsername(), what), row[2] == RevisionType.ADD ? 0 : 2));
            previous = c;
        }
        for (Object o : reader.createQuery().forRevisionsOfEntity(Source.class, false, true)
                .add(AuditEntity.relatedId("claim").eq(claimId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList()) {
            Object[] row = (Object[]) o;
            Source s = (Source) row[0];
            org.factmark.security.AuditRevision rev = (org.factmark.security.AuditRevision) row[1];
            String what = switch ((RevisionType) row[2]) {
                case ADD -> "added source \"" + abbreviate(s.getTitle()) + "\" (" + s.getStance().label() + ")";
                case MOD -> "edited source \"" + abbreviate(s.getTitle()) + "\"";
                case DEL -> "removed source \"" + abbreviate(s.getTitle()) + "\"";
            };
            out.add(new Ranked(new HistoryEntry(rev.getTimestamp(), rev.getUsername(), what), 1));
        }
        for (Object o : reader.createQuery().forRevisionsOfEntity(Verdict.class, false, true)
                .add(AuditEntity.relatedId("claim").eq(claimId)).add(AuditEntity.revisionType().eq(RevisionType.ADD))
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList()) {
            Object[] row = (Object[]) o;
            Verdict v = (Verdict) row[0];
            org.factmark.security.AuditRevision rev = (org.factmark.security.AuditRevision) row[1];
            String what = switch (v.getKind()) {
                case AUTHOR -> "submitted the verdict " + v.getRating().label();
                case SECOND_OPINION -> "gave a blind second opinion: " + v.getRating().label();
                case REVIEW -> "rated it " + v.getRating().label() + " in review";
                case ADJUDICATION -> "settled the dispute: " + v.getRating().label();
            };
            out.add(new Ranked(new HistoryEntry(rev.getTimestamp(), rev.getUsername(), what, true), 1));
        }
        out.sort(Comparator.comparing((Ranked r) -> r.entry().at()).thenComparingInt(Ranked::rank));
        return out.stream().map(Ranked::entry).toList();
    }

    private record Ranked(HistoryEntry entry, int rank) {
    }

    private static String describe(Claim before, Claim after) {
        if (before == null) return "changed the claim";
        List<String> changes = new ArrayList<>();
        if (before.getType() != after.getType()) changes.add("type " + before.getType().label() + " → " + after.getType().label());
        if (!Objects.equals(before.getClaimant(), after.getClaimant())) changes.add("claimant → " + orNone(after.getClaimant()));
        if (!Objects.equals(before.getRestatement(), after.getRestatement())) changes.add("restatement → " + orNone(after.getRestatement()));
        if (before.getStatus() != after.getStatus()) changes.add("status " + before.getStatus() + " → " + after.getStatus());
        return changes.isEmpty() ? null : String.join("; ", changes);
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : "\"" + abbreviate(s) + "\"";
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return CodePoints.length(s) <= 60 ? s : CodePoints.slice(s, 0, 59) + "…";
    }
}
