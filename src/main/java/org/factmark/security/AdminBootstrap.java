package org.factmark.security;

import java.util.EnumSet;
import org.factmark.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Without demo mode no account exists. Start once with factmark.bootstrap-admin.username/password set and, if the
 * database has no users yet, that admin is created; later starts ignore the settings.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {
    /** The bootstrap settings break a rule (password policy, username): the app does not start. */
    static class BootstrapAdminRefused extends RuntimeException {
        BootstrapAdminRefused(String message) {
            super(message);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String username;
    private final String password;
    private final boolean demo;
    private final StartupLock startupLock;

    AdminBootstrap(UserService users, @Value("${factmark.bootstrap-admin.username:}") String username,
                   @Value("${factmark.bootstrap-admin.password:}") String password,
                   @Value("${factmark.demo:false}") boolean demo, StartupLock startupLock) {
        this.startupLock = startupLock;
        this.users = users;
        this.demo = demo;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        // several nodes starting at once: one creates the admin, the others then find users
        startupLock.run("bootstrap-admin", this::bootstrap);
    }

    private void bootstrap() {
        if (username.isBlank()) {
            if (!demo && users.noUsers()) {
                log.warn("No user accounts exist. Start with --factmark.bootstrap-admin.username=NAME "
                        + "--factmark.bootstrap-admin.password=SECRET to create the first admin (or --factmark.demo=true for demo accounts).");
            }
            return;
        }
        if (!users.noUsers()) {
            log.info("factmark.bootstrap-admin is set but users exist already: nothing created.");
            return;
        }
        try {
            users.create(username, password, username, EnumSet.of(Role.ADMIN, Role.REVIEWER, Role.ANNOTATOR));
        } catch (org.factmark.base.InvalidInputException e) {
            // shown as one clear line by BootstrapAdminFailureAnalyzer, not as a stack trace
            throw new BootstrapAdminRefused("The bootstrap admin '" + username + "' is refused: " + e.getMessage());
        }
        log.info("Created the first admin account '{}'. Remove the bootstrap settings now.", username);
    }
}
