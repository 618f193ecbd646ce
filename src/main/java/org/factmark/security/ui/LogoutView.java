package org.factmark.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * {@code /logout} typed in the address bar logs out, as the Log out button does, and lands on the login page.
 * (The button posts to the same address; Spring Security handles that POST before the router sees it.)
 */
@Route(value = "logout", autoLayout = false)
@PageTitle("Log out | Factmark")
@AnonymousAllowed
public class LogoutView extends VerticalLayout implements BeforeEnterObserver {
    private final AuthenticationContext auth;

    public LogoutView(AuthenticationContext auth) {
        this.auth = auth;
        add(new Paragraph("Logging out…"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            auth.logout();
        } else {
            event.forwardTo(LoginView.class);
        }
    }
}
