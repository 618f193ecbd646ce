package org.factmark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.factmark.security.LoginThrottledException;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** The login form says why a login failed: a wrong password, or too many failures (with the wait). */
class LoginViewTest extends KaribuTest {

    /** The texts the browser's vaadin-login-form shows (the i18n property). */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_throttled_login_shows_the_wait_instead_of_wrong_password() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginThrottledException(Duration.ofSeconds(42)));
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Too many failed logins\"")
                .contains("\"message\":\"Too many failed logins. Try again in 42 seconds.\"");
    }

    @Test
    void a_wrong_password_shows_the_usual_message() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).doesNotContain("Too many failed logins");
    }
}
