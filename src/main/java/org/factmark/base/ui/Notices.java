package org.factmark.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Notifications with consistent wording and placement. All text is set as text, never as HTML. */
public final class Notices {
    private Notices() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(8000);
        Span msg = new Span(text);
        msg.addClassName("notice-error");
        Button close = new Button("Close", e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        n.add(new HorizontalLayout(msg, close));
        n.open();
        return n;
    }

    /**
     * Someone else saved the same item first (optimistic locking): say so and offer to reload, which must
     * discard the user's stale copy and show the current one.
     */
    public static Notification staleEdit(Runnable reload) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        Span msg = new Span("Someone else changed this claim after you opened it. Your change was not saved.");
        msg.setId("stale-edit-message");
        Button reloadButton = new Button("Reload", e -> {
            n.close();
            reload.run();
        });
        reloadButton.setId("stale-edit-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button("Close", e -> n.close());
        n.add(new HorizontalLayout(msg, reloadButton, close));
        n.open();
        return n;
    }
}
