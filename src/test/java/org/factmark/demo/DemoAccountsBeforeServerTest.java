package org.factmark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.factmark.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * The web server starts accepting connections only after the demo accounts exist: at the moment it reports itself
 * started (the event is published right after Tomcat opens its port), alice is already in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAccountsBeforeServerTest {
    static final AtomicReference<Boolean> aliceExistedWhenServerStarted = new AtomicReference<>();

    @TestConfiguration
    static class Probe {
        @Bean
        ApplicationListener<WebServerInitializedEvent> demoAccountsProbe(UserService users) {
            return e -> aliceExistedWhenServerStarted.compareAndSet(null, users.find("alice").isPresent());
        }
    }

    @Autowired
    UserService users;

    @Test
    void the_demo_accounts_exist_when_the_web_server_starts_accepting() {
        assertThat(aliceExistedWhenServerStarted.get()).as("alice existed when the server started").isTrue();
    }
}
