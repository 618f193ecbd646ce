package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Disabling an account or removing a role reaches open sessions at once; failed logins are throttled. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountSessionsTest {
    static final String PASSWORD = "violet harbour lamp";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    AccountStates states;
    @Autowired
    LoginThrottle throttle;

    @Autowired
    jakarta.servlet.ServletContext servletContext;

    /**
     * A logged-in page request passes the filters and is forwarded to Vaadin's servlet by name; MockMvc has no
     * Vaadin servlet, so a stand-in records the forward (the filters' answer is what these tests read).
     */
    @org.junit.jupiter.api.BeforeEach
    void vaadinServletStandIn() {
        if (servletContext instanceof org.springframework.mock.web.MockServletContext mock
                && mock.getNamedDispatcher("springServlet") == null) {
            mock.registerNamedDispatcher("springServlet", new org.springframework.mock.web.MockRequestDispatcher("/"));
        }
    }

    @AfterEach
    void realClock() {
        throttle.setClock(Clock.systemUTC());
    }

    AppUser newUser(Set<Role> roles) throws Exception {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        return SystemAuthentication.call(() -> users.create(name, PASSWORD, name, roles));
    }

    /** Each test logs in from its own address, so the per-address count of one test never locks another. */
    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String user, String password, String address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", user).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(address));
    }

    MockHttpSession logIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void a_disabled_users_open_browser_session_is_logged_out_on_its_next_request() throws Exception {
        AppUser u = newUser(EnumSet.of(Role.REVIEWER));
        MockHttpSession session = logIn(u.getUsername());
        mvc.perform(get("/review").session(session)).andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isNull());

        SystemAuthentication.run(() -> users.setEnabled(u.getId(), false));

        mvc.perform(get("/review").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_removed_role_leaves_the_open_session_at_once_and_a_new_role_arrives() throws Exception {
        AppUser u = newUser(EnumSet.of(Role.ANNOTATOR, Role.REVIEWER));
        MockHttpSession session = logIn(u.getUsername());
        SystemAuthentication.run(() -> users.setRoles(u.getId(), EnumSet.of(Role.ANNOTATOR, Role.ADMIN)));

        mvc.perform(get("/review").session(session)).andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isNull());
        SecurityContext stored = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ANNOTATOR", "ROLE_ADMIN").doesNotContain("ROLE_REVIEWER");
    }

    @Test
    void the_services_role_checks_see_the_current_roles_not_those_of_the_login() throws Exception {
        AppUser admin2 = newUser(EnumSet.of(Role.ADMIN));
        Authentication atLogin = UsernamePasswordAuthenticationToken.authenticated(admin2.getUsername(), null,
                java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        SystemAuthentication.run(() -> users.setRoles(admin2.getId(), EnumSet.of(Role.ANNOTATOR)));

        AtomicReference<Throwable> inRequest = new AtomicReference<>();
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.getContext().setAuthentication(atLogin);
            new CurrentAccountFilter(states).doFilter(new MockHttpServletRequest("GET", "/admin/users"),
                    new MockHttpServletResponse(), new MockFilterChain() {
                        @Override
                        public void doFilter(jakarta.servlet.ServletRequest rq, jakarta.servlet.ServletResponse rs) {
                            try {
                                users.list();
                            } catch (Throwable t) {
                                inRequest.set(t);
                            }
                        }
                    });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertThat(inRequest.get()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_disabled_user_is_refused_on_the_api() throws Exception {
        AppUser u = newUser(EnumSet.of(Role.ANNOTATOR));
        mvc.perform(get("/api/articles").with(httpBasic(u.getUsername(), PASSWORD)).with(from("10.20.0.1"))).andExpect(status().isOk());
        SystemAuthentication.run(() -> users.setEnabled(u.getId(), false));
        mvc.perform(get("/api/articles").with(httpBasic(u.getUsername(), PASSWORD)).with(from("10.20.0.1")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void repeated_wrong_passwords_on_the_api_get_429_with_retry_after_and_the_right_password_works_after_the_wait()
            throws Exception {
        AppUser u = newUser(EnumSet.of(Role.ANNOTATOR));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/articles").with(httpBasic(u.getUsername(), "wrong")).with(from("10.21.0." + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/articles").with(httpBasic(u.getUsername(), PASSWORD)).with(from("10.21.1.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.error").value("too_many_requests"));

        java.time.Instant later = java.time.Instant.now().plus(Duration.ofSeconds(61));
        throttle.setClock(Clock.fixed(later, java.time.ZoneOffset.UTC));
        mvc.perform(get("/api/articles").with(httpBasic(u.getUsername(), PASSWORD)).with(from("10.21.1.1")))
                .andExpect(status().isOk());
    }

    @Test
    void too_many_failures_from_one_address_are_throttled_for_every_account() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/articles").with(httpBasic("nobody" + i, "wrong")).with(from("10.22.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/articles").with(httpBasic("alice", "demo")).with(from("10.22.0.1")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/articles").with(httpBasic("alice", "demo")).with(from("10.22.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void the_login_form_is_throttled_too_and_keeps_the_reason_for_the_login_view() throws Exception {
        AppUser u = newUser(EnumSet.of(Role.ANNOTATOR));
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(u.getUsername(), "wrong", "10.23.0.1"))
                    .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login?error"));
        }
        var result = mvc.perform(login(u.getUsername(), PASSWORD, "10.23.0.2"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login?error")).andReturn();
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }
}
