package org.factmark.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.server.VaadinSession;
import org.factmark.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | Factmark")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm login = new LoginForm();
    private final AuthenticationContext auth;

    public LoginView(@Value("${factmark.demo:false}") boolean demo, AuthenticationContext auth) {
        this.auth = auth;
        login.setAction("login"); // POST /login is handled by Spring Security's form login
        login.setForgotPasswordButtonVisible(false);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1("Factmark");
        add(title, new Paragraph("Fact-checking annotation workbench"), login);
        if (demo) {
            Paragraph hint = new Paragraph("Demo accounts: alice, bob, carol, admin — password \"demo\".");
            hint.setId("demo-hint");
            hint.addClassName("muted");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Back-button after a successful login: the old "?error" page must not claim the password was wrong.
        if (auth.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Spring's failure handler keeps the last login failure in the HTTP session
            Object failure = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LoginThrottledException t) {
                LoginI18n i18n = LoginI18n.createDefault();
                i18n.getErrorMessage().setTitle("Too many failed logins");
                i18n.getErrorMessage().setMessage(t.getMessage());
                login.setI18n(i18n);
            }
            login.setError(true);
        }
    }
}
