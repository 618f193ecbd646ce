package org.factmark.review;

import jakarta.persistence.EntityManagerFactory;
import org.factmark.base.live.ClaimChange;
import org.factmark.base.live.ClaimEvents;
import org.factmark.claim.Claim;
import org.factmark.claim.Source;
import org.factmark.claim.Verdict;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Publishes a {@link ClaimChange} after every committed change to a claim or to what hangs on it (verdicts,
 * sources, reviews, comments), whichever service made it: one place, no call in each service method.
 */
@Component
class ClaimChangeCapture implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {
    private final ClaimEvents events;

    ClaimChangeCapture(EntityManagerFactory emf, ClaimEvents events) {
        this.events = events;
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    private void changed(Object entity) {
        Claim claim = switch (entity) {
            case Claim c -> c;
            case Verdict v -> v.getClaim();
            case Source s -> s.getClaim();
            case Review r -> r.getClaim();
            case Comment c -> c.getClaim();
            default -> null;
        };
        if (claim == null || claim.getId() == null) return;
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        long articleId = claim.getArticle() == null ? 0 : claim.getArticle().getId();
        events.publish(new ClaimChange(claim.getId(), articleId, who == null ? null : who.getName()));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
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
        return true;
    }
}
