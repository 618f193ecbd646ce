package org.factmark.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.export.ExportCli;
import org.factmark.export.ExportFilter;
import org.factmark.export.ExportFormat;
import org.factmark.export.ExportService;
import org.factmark.testsupport.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Online backup of an H2 file database while annotators write, restored into a fresh database on the command line. */
@SpringBootTest
class BackupRestoreTest {
    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("factmark-backup-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR + "/source;LAZY_QUERY_EXECUTION=1;WRITE_DELAY=0");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Autowired
    BackupService backups;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ExportService exports;
    @Autowired
    WebApplicationContext ctx;
    @Autowired
    JsonMapper json;

    @Test
    void a_backup_taken_while_claims_are_written_restores_to_a_consistent_database_with_every_earlier_claim()
            throws Exception {
        Article article = TestUsers.as("alice", () -> articles.create(new ArticleDraft("Backup test", null, null, null, "en",
                "Exports rose by twelve percent in the first half of the year, the ministry said. ".repeat(60))));
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 10; i++) acknowledged.add(mark(article, next.getAndIncrement()));
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = Stream.generate(() -> Thread.ofPlatform().start(() -> {
            while (!stop.get()) acknowledged.add(mark(article, next.getAndIncrement()));
        })).limit(3).toList();
        Thread.sleep(300);

        Set<Long> beforeBackup = new HashSet<>(acknowledged);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        TestUsers.run("admin", () -> backups.backup(zip));
        Set<Long> afterBackup = new HashSet<>(acknowledged);
        Thread.sleep(300);
        stop.set(true);
        for (Thread w : writers) w.join();

        Path backupFile = DIR.resolve("backup.zip");
        Files.write(backupFile, zip.toByteArray());
        String restoredUrl = "--spring.datasource.url=jdbc:h2:file:" + DIR + "/restored;LAZY_QUERY_EXECUTION=1;WRITE_DELAY=0";
        ByteArrayOutputStream restoreLog = new ByteArrayOutputStream();
        assertThat(BackupCli.run(new String[] {"restore", "--input", backupFile.toString(), restoredUrl},
                new PrintStream(restoreLog, true, StandardCharsets.UTF_8), null)).as(restoreLog::toString).isZero();

        ByteArrayOutputStream source = new ByteArrayOutputStream();
        TestUsers.run("admin", () -> exports.export(ExportFilter.parse("ALL", null, null, null, null, null),
                ExportFormat.JSONL, source, null));
        Path restoredExport = DIR.resolve("restored.jsonl");
        assertThat(ExportCli.run(new String[] {"export", "--format", "jsonl", "--status", "ALL", "--output",
                restoredExport.toString(), restoredUrl})).isZero();

        Map<String, String> sourceLines = records(source.toString(StandardCharsets.UTF_8));
        Map<String, String> restoredLines = records(Files.readString(restoredExport));
        Set<Long> restoredClaims = claimIds(restoredLines);
        assertThat(restoredClaims).as("every claim acknowledged before the backup began").containsAll(beforeBackup);
        assertThat(afterBackup.size() + 0L).as("claims were written during and after the backup")
                .isLessThan(acknowledged.size());
        assertThat(sourceLines).as("the restored database holds some state the source went through: every record "
                + "of the restored export is in the source's export as it is").containsAllEntriesOf(restoredLines);
        assertThat(claimIds(sourceLines)).as("the claims written after the backup are the only difference")
                .containsAll(restoredClaims);
        Set<Long> missing = new HashSet<>(claimIds(sourceLines));
        missing.removeAll(restoredClaims);
        assertThat(missing).allMatch(id -> !beforeBackup.contains(id));
    }

    @Test
    void restore_refuses_a_database_that_exists_already_and_a_file_that_is_no_backup() throws Exception {
        Path zip = DIR.resolve("again.zip");
        try (var out = Files.newOutputStream(zip)) {
            TestUsers.run("admin", () -> backups.backup(out));
        }
        String url = "--spring.datasource.url=jdbc:h2:file:" + DIR + "/twice";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(BackupCli.run(new String[] {"restore", "--input", zip.toString(), url}, new PrintStream(err, true), null))
                .as(err::toString).isZero();
        assertThat(BackupCli.run(new String[] {"restore", "--input", zip.toString(), url}, new PrintStream(err), null)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("restore needs a fresh database");

        Path notZip = Files.writeString(DIR.resolve("notes.zip"), "not a zip");
        assertThat(BackupCli.run(new String[] {"restore", "--input", notZip.toString(), "--spring.datasource.url=jdbc:h2:file:"
                + DIR + "/other"}, new PrintStream(err), null)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a Factmark backup");
        assertThat(DIR.resolve("other.mv.db")).doesNotExist();
    }

    @Test
    void only_an_admin_may_back_up() throws Exception {
        assertThatThrownBy(() -> TestUsers.run("bob", () -> backups.backup(new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(ctx).apply(springSecurity()).build();
        mvc.perform(get("/api/admin/backup").with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
        MvcResult started = mvc.perform(get("/api/admin/backup").with(httpBasic("admin", "demo")))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"factmark-backup-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).startsWith('P', 'K');
    }

    private long mark(Article article, int i) {
        int start = (i * 7) % 4000;
        return TestUsers.as("alice", () -> claims.mark(article.getId(), start, start + 5 + i / 570, false, ClaimType.OTHER, null)).getId();
    }

    /** Records of a JSONL export by type and id (username for accounts); the header (with its time) is left out. */
    private Map<String, String> records(String jsonl) {
        Map<String, String> out = new TreeMap<>();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) continue;
            JsonNode o = json.readTree(line);
            String type = o.path("type").asString();
            if (type.equals("header")) continue;
            String key = type + ":" + (type.equals("user") ? o.path("username").asString() : o.path("id").asString());
            out.put(key, line);
        }
        return out;
    }

    private static Set<Long> claimIds(Map<String, String> records) {
        Set<Long> ids = new HashSet<>();
        for (String k : records.keySet()) if (k.startsWith("claim:")) ids.add(Long.parseLong(k.substring(6)));
        return ids;
    }
}
