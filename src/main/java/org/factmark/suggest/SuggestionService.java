package org.factmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.factmark.base.ConflictException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.TextSpan;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim suggestions of an article, and the annotators' decisions on them. The engine's output is filtered here:
 * nothing that overlaps an existing claim or a span rejected before in the article is suggested. Accepting marks
 * the span through {@link ClaimService} exactly like a hand-made claim (same rules, audit and result) and records
 * the origin.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SuggestionService {
    private final SuggestionEngine engine = new SuggestionEngine();
    private final ArticleService articles;
    private final ClaimService claims;
    private final SuggestionDecisionRepository decisions;

    SuggestionService(ArticleService articles, ClaimService claims, SuggestionDecisionRepository decisions) {
        this.articles = articles;
        this.claims = claims;
        this.decisions = decisions;
    }

    public String engineVersion() {
        return SuggestionEngine.VERSION;
    }

    /** The current suggestions for the article, in text order. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long articleId) {
        Article article = articles.get(articleId);
        List<TextSpan> taken = new ArrayList<>();
        for (Claim c : claims.listForArticle(articleId)) taken.add(new TextSpan(c.getStart(), c.getEnd()));
        for (SuggestionDecision d : decisions.findByArticleIdAndDecision(articleId, SuggestionDecision.Kind.REJECT)) {
            taken.add(new TextSpan(d.getStart(), d.getEnd()));
        }
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : engine.suggest(article.getBody(), article.getTitle())) {
            if (taken.stream().noneMatch(t -> t.overlaps(s.span()))) out.add(s);
        }
        return out;
    }

    /**
     * Accepts the suggestion at exactly [start, end) as a claim of {@code type} (null: the proposed type).
     * Offsets outside the article: 400; no such suggestion any more (taken, rejected, or never proposed): 409.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public Claim accept(long articleId, int start, int end, ClaimType type) {
        Suggestion s = current(articleId, start, end);
        Claim c = claims.markAt(articleId, s.start(), s.end(), s.quote(), type == null ? s.type() : type, null);
        decisions.save(new SuggestionDecision(articleId, s, SuggestionDecision.Kind.ACCEPT, c.getId(), CurrentUser.require()));
        return c;
    }

    /** Rejects the suggestion at exactly [start, end): it is not suggested again in this article. */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public void reject(long articleId, int start, int end) {
        Suggestion s = current(articleId, start, end);
        decisions.save(new SuggestionDecision(articleId, s, SuggestionDecision.Kind.REJECT, null, CurrentUser.require()));
    }

    /** Where a claim came from, when it was accepted from a suggestion. */
    @Transactional(readOnly = true)
    public Optional<SuggestionDecision> origin(long claimId) {
        claims.get(claimId);   // the caller may see the claim
        return decisions.findFirstByClaimId(claimId);
    }

    /** Decisions so far, with the acceptance rate per cue and per engine version. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    public SuggestionQualityReport quality() {
        List<SuggestionDecision> all = decisions.findAll();
        long accepted = all.stream().filter(d -> d.getDecision() == SuggestionDecision.Kind.ACCEPT).count();
        return new SuggestionQualityReport(new SuggestionQualityReport.Row("all", accepted, all.size() - accepted),
                rows(all, d -> d.getCue().key()), rows(all, SuggestionDecision::getEngineVersion));
    }

    private static List<SuggestionQualityReport.Row> rows(List<SuggestionDecision> all, Function<SuggestionDecision, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        for (SuggestionDecision d : all) {
            counts.computeIfAbsent(key.apply(d), k -> new long[2])[d.getDecision() == SuggestionDecision.Kind.ACCEPT ? 0 : 1]++;
        }
        List<SuggestionQualityReport.Row> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new SuggestionQualityReport.Row(k, v[0], v[1])));
        return out;
    }

    private Suggestion current(long articleId, int start, int end) {
        Article article = articles.get(articleId);
        int length = article.getBodyLength();
        if (start < 0 || start >= length) {
            throw new InvalidInputException("start", "start must be a code-point offset inside the article (0.." + (length - 1) + ").");
        }
        if (end <= start || end > length) {
            throw new InvalidInputException("end", "end must be after start and at most " + length + " (code points, end exclusive).");
        }
        return suggestions(articleId).stream().filter(s -> s.start() == start && s.end() == end).findFirst()
                .orElseThrow(() -> new ConflictException("The span " + start + ".." + end
                        + " is not suggested (any more): it was taken by a claim, rejected, or never proposed. Reload the suggestions."));
    }
}
