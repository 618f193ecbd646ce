package org.factmark.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.base.InvalidInputException;
import org.factmark.base.StartupLock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.factmark.security.Role;
import org.factmark.security.SystemAuthentication;
import org.factmark.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode (factmark.demo=true): the demo accounts, and on first start into an empty database the seed articles
 * from seed-data/. Existing accounts and articles are never touched, so starting again changes nothing.
 * <p>
 * Loaded as a lifecycle bean in a phase before the web server's ({@link #PHASE}): the server accepts connections
 * only after the demo accounts exist, so the API never answers 401 to a demo user just after start.
 * <p>
 * Demo mode is read when the application starts, not as a bean condition, so the same build-time bean definitions
 * (Spring AOT, decision 083) serve a start with and without it.
 */
@Component
class DemoData implements SmartLifecycle {
    /** Before {@link WebServerApplicationContext#START_STOP_LIFECYCLE_PHASE}, when the web server starts accepting. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1000;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    record SeedArticle(String file, String title, String url, String publisher, LocalDate publishedAt, String language) {
    }

    private final UserService users;
    private final ArticleService articles;
    private final JsonMapper json;
    private final DemoClaims demoClaims;
    private final StartupLock startupLock;

    private final boolean withClaims;

    private final org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    DemoData(UserService users, ArticleService articles, JsonMapper json, DemoClaims demoClaims, StartupLock startupLock,
             @org.springframework.beans.factory.annotation.Value("${factmark.demo.claims:true}") boolean withClaims,
             org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> securityStrategy,
             ApplicationStartup applicationStartup,
             @org.springframework.beans.factory.annotation.Value("${factmark.demo:false}") boolean demo) {
        this.demo = demo;
        this.applicationStartup = applicationStartup;
        this.startupLock = startupLock;
        this.securityStrategy = securityStrategy;
        this.withClaims = withClaims;
        this.users = users;
        this.articles = articles;
        this.json = json;
        this.demoClaims = demoClaims;
    }

    private final ApplicationStartup applicationStartup;
    private final boolean demo;

    private volatile boolean running;

    @Override
    public void start() {
        if (!demo) {
            running = true;
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Demo mode: loading the demo data failed", e);
        }
        running = true;
    }

    /** Loads what is missing (idempotent). */
    void run() throws Exception {
        // This runs while the context starts, before Vaadin has put its security-context strategy (the one this
        // context's method security reads) into the static holder; do it now so the system login below is seen.
        SecurityContextHolderStrategy strategy = securityStrategy.getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        // several nodes starting at once on an empty database: one loads, the others then find the data there
        StartupStep step = applicationStartup.start("factmark.demo-data"); // in -Dfactmark.startup.report
        try {
            startupLock.run("demo-data", () -> SystemAuthentication.run(this::load));
        } finally {
            step.end();
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void load() throws Exception {
        user("alice", "Alice Annotator", EnumSet.of(Role.ANNOTATOR));
        user("bob", "Bob Reviewer", EnumSet.of(Role.ANNOTATOR, Role.REVIEWER));
        user("carol", "Carol Reviewer", EnumSet.of(Role.REVIEWER));
        user("admin", "Desk Admin", EnumSet.of(Role.ADMIN));
        if (articles.count("") > 0) return;
        List<SeedArticle> seed = json.readValue(read("seed-data/articles.json"),
                json.getTypeFactory().constructCollectionType(List.class, SeedArticle.class));
        Map<String, Article> byFile = new HashMap<>();
        for (SeedArticle s : seed) {
            try {
                byFile.put(s.file(), articles.create(new ArticleDraft(s.title(), s.url(), s.publisher(),
                        s.publishedAt(), s.language(), read("seed-data/articles/" + s.file()))));
            } catch (InvalidInputException e) {
                // e.g. a small factmark.article.max-body-chars: skip that article rather than fail the start
                log.warn("Demo mode: seed article {} not loaded: {}", s.file(), e.getMessage());
            }
        }
        log.info("Demo mode: loaded {} of {} seed articles", byFile.size(), seed.size());
        if (!withClaims) return;
        List<DemoClaims.DemoClaim> claims = json.readValue(read("seed-data/demo-claims.json"),
                json.getTypeFactory().constructCollectionType(List.class, DemoClaims.DemoClaim.class));
        demoClaims.load(claims, byFile);
        log.info("Demo mode: loaded {} demo claims", claims.size());
    }

    private void user(String name, String displayName, EnumSet<Role> roles) {
        if (users.find(name).isEmpty()) users.createDemoAccount(name, PASSWORD, displayName, roles);
    }

    static String read(String classpath) throws IOException {
        try (InputStream in = new ClassPathResource(classpath).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
