package org.factmark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.function.Consumer;
import org.factmark.base.live.ClaimChange;
import org.factmark.base.live.ClaimEvents;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hooks a view to colleagues' claim changes while it is attached: the handler runs in {@code ui.access} (pushed to
 * the browser) as the view's own user, so every read it makes goes through the services' checks for that user
 * (no method-security bypass; a broadcast carries only ids, never content or ratings).
 */
public final class LiveUpdates {
    private LiveUpdates() {
    }

    public static void onClaimChanges(Component view, ClaimEvents events, Consumer<List<ClaimChange>> handler) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            Runnable unsubscribe = events.subscribe(batch -> ui.access(() -> asUser(currentUser(ui, user), () -> handler.accept(batch))));
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    /**
     * The session's login as it is now (CurrentAccountFilter keeps it current: a removed role is gone from it), so a
     * refresh never runs with the roles the user had when the view opened; the login captured at attach where the
     * session holds none (browserless tests).
     */
    /**
     * Subscribes {@code ui} now, as the user logged in now, until the returned action is run (for a frame such as
     * the main layout that outlives one view and must follow who is logged in).
     */
    public static Runnable subscribe(UI ui, ClaimEvents events, Consumer<List<ClaimChange>> handler) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return events.subscribe(batch -> ui.access(() -> asUser(currentUser(ui, user), () -> handler.accept(batch))));
    }

    private static Authentication currentUser(UI ui, Authentication atAttach) {
        var session = ui.getSession() == null ? null : ui.getSession().getSession();
        Object stored = session == null ? null
                : session.getAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (stored instanceof SecurityContext context && context.getAuthentication() != null) return context.getAuthentication();
        return atAttach;
    }

    private static void asUser(Authentication user, Runnable work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(user);
        SecurityContextHolder.setContext(ctx);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
