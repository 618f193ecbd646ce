package org.factmark.suggest;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.factmark.base.ConflictException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Source;
import org.factmark.claim.SourceInput;
import org.factmark.security.CurrentUser;
import org.factmark.security.SystemAuthentication;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Already checked elsewhere": earlier CHECKED claims in other articles that state the same normalised figure or
 * date with overlapping key terms (Lucene, {@link CheckedClaimsIndex}). The index is built from the database in
 * the background once the application is ready (so neither Lucene nor the build is on the start-up path; decision
 * 083) and kept current from Hibernate's after-commit events on claims: a changed claim is marked and re-read
 * (through {@link ClaimService}) before the next search. A search that comes before the first build has finished
 * waits for it, so it never sees a half-built index.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CheckedElsewhereService {
    public record EarlierCheck(long claimId, long articleId, String articleTitle, String quote, String rating,
                               int sources) {
    }

    private final ArticleService articles;
    private final ClaimService claims;
    private final ClaimLinkRepository links;
    private final EntityManagerFactory emf;
    private static final Logger log = LoggerFactory.getLogger(CheckedElsewhereService.class);

    /** The index once built; searches wait for it. Replaced by each {@link #rebuild()}. */
    private volatile CompletableFuture<CheckedClaimsIndex> index = new CompletableFuture<>();
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();

    CheckedElsewhereService(ArticleService articles, ClaimService claims, ClaimLinkRepository links,
                            EntityManagerFactory emf) {
        this.articles = articles;
        this.claims = claims;
        this.links = links;
        this.emf = emf;
    }

    @PostConstruct
    void listenToClaimChanges() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        ClaimChanges l = new ClaimChanges();
        registry.appendListeners(EventType.POST_COMMIT_INSERT, l);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, l);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, l);
    }

    /** Once the server is up: builds the index on a thread of its own (searches meanwhile wait for it). */
    @EventListener(ApplicationReadyEvent.class)
    @PreAuthorize("permitAll()")
    public void buildInBackground() {
        CompletableFuture<CheckedClaimsIndex> first = index;
        Thread t = new Thread(() -> {
            try {
                rebuild();
            } catch (Throwable e) {
                log.error("Building the checked-claims index failed; \"already checked elsewhere\" is unavailable", e);
                first.completeExceptionally(e);
            }
        }, "checked-claims-index");
        t.setDaemon(true);
        t.start();
    }

    /** Builds the index from the database, with nobody logged in: the reads inside run as the system user. */
    @PreAuthorize("permitAll()")
    public void rebuild() throws Exception {
        CheckedClaimsIndex fresh = new CheckedClaimsIndex();
        // changes committed from here on are marked again and re-read before the next search
        dirty.clear();
        SystemAuthentication.run(() -> {
            int page = 0;
            Page<Claim> p;
            do {
                p = claims.find(ClaimStatus.CHECKED, null, PageRequest.of(page++, 500));
                for (Claim c : p) fresh.put(new CheckedClaimsIndex.Entry(c.getId(), c.getArticle().getId(), c.getQuote()));
            } while (p.hasNext());
        });
        if (!index.complete(fresh)) index = CompletableFuture.completedFuture(fresh);
    }

    /** The built index, waiting for the first build if it is still running. */
    private CheckedClaimsIndex index() {
        try {
            return index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the checked-claims index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The checked-claims index could not be built", e.getCause());
        }
    }

    /**
     * Earlier verdicts for one of the caller's claims, best first. Not one transaction on purpose: each read is its
     * own, so a claim deleted meanwhile is skipped instead of spoiling the caller's transaction.
     */
    public List<EarlierCheck> earlier(long claimId) {
        Claim c = claims.get(claimId);
        return earlier(c.getArticle().getId(), c.getQuote(), claimId);
    }

    /** Earlier verdicts for any text of an article (a suggestion's quote), best first. */
    public List<EarlierCheck> earlier(long articleId, String text, long exceptClaimId) {
        CheckedClaimsIndex index = index();
        refresh(index);
        List<EarlierCheck> out = new ArrayList<>();
        for (CheckedClaimsIndex.Hit h : index.search(text, articleId, 6)) {
            if (h.claimId() == exceptClaimId) continue;
            Claim e;
            try {
                e = claims.get(h.claimId());
            } catch (NotFoundException gone) {
                dirty.add(h.claimId());
                continue;
            }
            if (e.getStatus() != ClaimStatus.CHECKED || e.getVerdict() == null) continue;
            long earlierArticle = e.getArticle().getId();
            out.add(new EarlierCheck(e.getId(), earlierArticle, articles.get(earlierArticle).getTitle(), e.getQuote(),
                    e.getVerdict().getRating().name(), claims.sources(e.getId()).size()));
        }
        return out;
    }

    /**
     * Starts claim {@code claimId} from the earlier CHECKED claim's sources and rating: the sources are copied, the
     * rating is submitted as this claim's verdict (so it is reviewed like any other) and the link is recorded.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ANNOTATOR','ADMIN')")
    public Claim startFrom(long claimId, long earlierClaimId) {
        Claim earlier = claims.get(earlierClaimId);
        if (earlier.getStatus() != ClaimStatus.CHECKED || earlier.getVerdict() == null) {
            throw new ConflictException("Claim " + earlierClaimId + " is not CHECKED (any more).");
        }
        Claim c = claims.get(claimId);
        if (earlierClaimId == claimId || c.getArticle().getId().equals(earlier.getArticle().getId())) {
            throw new InvalidInputException("earlierClaimId", "Start from a checked claim of another article.");
        }
        for (Source s : claims.sources(earlierClaimId)) {
            claims.addSource(claimId, new SourceInput(s.getUrl(), s.getTitle(), s.getPublisher(), s.getExcerpt(),
                    s.getAccessedOn(), s.getStance()));
        }
        claims.submitVerdict(claimId, earlier.getVerdict().getRating(), "Started from the checked claim " + earlierClaimId
                + " (“" + abbreviate(earlier.getQuote()) + "”, article " + earlier.getArticle().getId() + ").");
        links.save(new ClaimLink(claimId, earlierClaimId, CurrentUser.require()));
        return claims.get(claimId);
    }

    /** Earlier claims this claim was started from. */
    @Transactional(readOnly = true)
    public List<Long> startedFrom(long claimId) {
        claims.get(claimId);
        return links.findByClaimId(claimId).stream().map(ClaimLink::getEarlierClaimId).toList();
    }

    private void refresh(CheckedClaimsIndex index) {
        if (dirty.isEmpty()) return;
        for (Long id : List.copyOf(dirty)) {
            dirty.remove(id);
            try {
                SystemAuthentication.run(() -> {
                    Claim c;
                    try {
                        c = claims.get(id);
                    } catch (NotFoundException gone) {
                        index.remove(id);
                        return;
                    }
                    if (c.getStatus() == ClaimStatus.CHECKED) {
                        index.put(new CheckedClaimsIndex.Entry(c.getId(), c.getArticle().getId(), c.getQuote()));
                    } else {
                        index.remove(id);
                    }
                });
            } catch (Exception e) {
                dirty.add(id);
                throw new IllegalStateException("Could not refresh the checked-claims index for claim " + id, e);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.codePointCount(0, s.length()) <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 79)) + "…";
    }

    /** Marks claims changed by any committed transaction (marking, verdicts, reviews, deletion). */
    private final class ClaimChanges implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
            PostCommitDeleteEventListener {
        @Override
        public void onPostInsert(PostInsertEvent event) {
            if (event.getEntity() instanceof Claim c) dirty.add(c.getId());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            if (event.getEntity() instanceof Claim c) dirty.add(c.getId());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            if (event.getEntity() instanceof Claim c) dirty.add(c.getId());
        }

        @Override
        public void onPostInsertCommitFailed(PostInsertEvent event) {
        }

        @Override
        public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        }

        @Override
        public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return persister.getMappedClass() == Claim.class;
        }
    }
}
