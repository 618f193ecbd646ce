package org.factmark.article;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.base.SearchKeys;
import org.factmark.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Articles: import (validated, normalised once), listing with claim progress, reading. */
@Service
@PreAuthorize("isAuthenticated()")
public class ArticleService {
    private final ArticleRepository articles;
    private final int maxBodyChars;

    ArticleService(ArticleRepository articles, @Value("${factmark.article.max-body-chars:2000000}") int maxBodyChars) {
        this.articles = articles;
        this.maxBodyChars = maxBodyChars;
    }

    /** Largest accepted body, in characters after normalisation. */
    public int maxBodyChars() {
        return maxBodyChars;
    }

    /**
     * Validates and stores a new article. Throws {@link InvalidInputException} naming the first bad field;
     * nothing is stored then.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public Article create(ArticleDraft draft) {
        String createdBy = CurrentUser.require();
        Valid v = validated(draft);
        return articles.save(new Article(v.title(), v.url(), v.publisher(), draft.publishedAt(), v.language(), v.body(),
                TextNormalizer.sha256(v.body()), createdBy));
    }

    /**
     * Checks a draft as {@link #create} does, without storing anything: a form validates its fields before asking
     * anything else (e.g. whether a duplicate is meant). Throws {@link InvalidInputException} naming the first bad field.
     */
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public void validate(ArticleDraft draft) {
        validated(draft);
    }

    private record Valid(String title, String url, String publisher, String language, String body) {
    }

    private Valid validated(ArticleDraft draft) {
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) throw new InvalidInputException("title", "title: the article needs a title.");
        if (title.length() > Article.MAX_TITLE) {
            throw new InvalidInputException("title", "title: at most " + Article.MAX_TITLE + " characters.");
        }
        String url = blankToNull(draft.url());
        if (url != null) validateUrl(url);
        String publisher = blankToNull(draft.publisher());
        if (publisher != null && publisher.length() > Article.MAX_PUBLISHER) {
            throw new InvalidInputException("publisher", "publisher: at most " + Article.MAX_PUBLISHER + " characters.");
        }
        String language = blankToNull(draft.language());
        if (language != null && !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new InvalidInputException("language", "language: use a language tag such as en, de or pt-BR.");
        }
        if (language != null && language.length() > Article.MAX_LANGUAGE) {
            throw new InvalidInputException("language", "language: at most " + Article.MAX_LANGUAGE + " characters.");
        }
        if (draft.body() != null && draft.body().length() > maxBodyChars * 2L) {
            throw tooLong();
        }
        String body = TextNormalizer.withoutRepeatedTitle(title, TextNormalizer.normalize(draft.body()));
        if (body.isEmpty()) throw new InvalidInputException("body", "body: the article text is empty.");
        if (body.length() > maxBodyChars) throw tooLong();
        return new Valid(title, url, publisher, language, body);
    }

    private InvalidInputException tooLong() {
        return new InvalidInputException("body", "body: the article text is longer than the limit of "
                + maxBodyChars + " characters.");
    }

    static void validateUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw new InvalidInputException("url", "url: use an http or https address, e.g. https://example.org/story.");
            }
            if (url.length() > Article.MAX_URL) {
                throw new InvalidInputException("url", "url: at most " + Article.MAX_URL + " characters.");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("url", "url: not a valid address (" + e.getReason() + ").");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional(readOnly = true)
    public Article get(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    @Transactional(readOnly = true)
    public Optional<Article> findByBody(String normalizedBody) {
        return articles.findFirstByBodySha256(TextNormalizer.sha256(normalizedBody));
    }

    @Transactional(readOnly = true)
    /** Articles whose title contains the filter, ignoring case and accents ("lodz" finds "Łódź"). */
    public long count(String titleFilter) {
        String key = SearchKeys.fold(titleFilter == null ? "" : titleFilter.strip());
        return key.isEmpty() ? articles.count() : articles.countByTitleKeyContaining(key);
    }

    /** A page of articles (newest first unless the pageable sorts), with claim counts by status. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(String titleFilter, Pageable pageable) {
        Pageable p = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        String key = SearchKeys.fold(titleFilter == null ? "" : titleFilter.strip());
        List<Article> page = key.isEmpty() ? articles.findAll(p).getContent() : articles.findByTitleKeyContaining(key, p);
        if (page.isEmpty()) return List.of();
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : articles.countClaimsByStatus(page.stream().map(Article::getId).toList())) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return page.stream().map(a -> new ArticleSummary(a.getId(), a.getTitle(), a.getUrl(), a.getPublisher(),
                a.getPublishedAt(), a.getLanguage(), a.getBodyLength(), Map.copyOf(counts.getOrDefault(a.getId(), Map.of()))))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER','ADMIN')")
    public Article setBlindReview(long id, boolean blind) {
        Article a = get(id);
        a.setBlindReview(blind);
        return a;
    }
}
