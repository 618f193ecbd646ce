package org.factmark.export;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factmark.base.InvalidInputException;
import org.factmark.security.SystemAuthentication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code java -jar factmark.jar export --format csv --output checked.csv [filters]} and
 * {@code java -jar factmark.jar import --input dataset.jsonl}. Starts only {@link ExportCliConfig} (no web server),
 * runs as {@link SystemAuthentication}, prints a summary to stderr and returns the exit code (0 ok, 1 failure,
 * 2 bad arguments). Arguments of the form {@code --some.property=value} go to Spring (e.g. the database URL).
 */
public final class ExportCli {
    public static final String USAGE = """
            Usage:
              java -jar factmark.jar export --format FORMAT --output FILE|- [filters] [--bom]
              java -jar factmark.jar import --input FILE
            Formats: %s
            Filters:
              --status CHECKED|ALL   claims to export (default CHECKED; any claim status name also works)
              --article ID           claims of one article
              --from DATE --to DATE  checked (or, for unchecked claims, created) on these days, e.g. 2026-01-31
              --rating RATING        rating of the verdict in force, e.g. FALSE
              --annotator USERNAME   claims marked by this user
              --bom                  CSV only: start with a UTF-8 byte order mark (for Excel)
              --card FILE            also write the dataset card (Markdown; JSON when FILE ends in .json)
            Database: the same settings as the server, e.g. --spring.datasource.url=jdbc:h2:file:./data/factmark
            Claim addresses (ClaimReview url, AVeriTeC fact_checking_article): the desk's public address, e.g.
              --factmark.export.claim-url=https://desk.example.org/articles/{articleId}/claims/{id}
            Import needs an empty database; it keeps all ids and creates missing users as disabled accounts.
            """.formatted(ExportFormat.ids());

    private ExportCli() {
    }

    /** True when the first program argument selects the command line instead of the web server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("export") || args[0].equals("import"));
    }

    /** Parsed command line. {@code springArgs} are the {@code --name=value} arguments passed to Spring. */
    record Command(String verb, Map<String, String> options, List<String> springArgs) {
        String opt(String name) {
            return options.get(name);
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }
    }

    private static final List<String> EXPORT_OPTIONS = List.of("format", "output", "status", "article", "from", "to",
            "rating", "annotator", "card");
    private static final List<String> EXPORT_FLAGS = List.of("bom");
    private static final List<String> IMPORT_OPTIONS = List.of("input");

    static Command parse(String[] args) {
        if (args.length == 0 || !(args[0].equals("export") || args[0].equals("import"))) {
            throw new InvalidInputException("command", "the first argument must be 'export' or 'import'.");
        }
        String verb = args[0];
        List<String> valued = verb.equals("export") ? EXPORT_OPTIONS : IMPORT_OPTIONS;
        List<String> flags = verb.equals("export") ? EXPORT_FLAGS : List.of();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw new InvalidInputException("arguments", "unexpected argument '" + a + "'.");
            }
            String name = a.substring(2);
            if (name.contains("=")) {
                String key = name.substring(0, name.indexOf('='));
                if (key.contains(".")) {
                    spring.add(a);
                    continue;
                }
                if (valued.contains(key)) {
                    put(options, key, name.substring(key.length() + 1));
                    continue;
                }
                throw new InvalidInputException(key, "unknown option --" + key + ".");
            }
            if (flags.contains(name)) {
                put(options, name, "true");
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) throw new InvalidInputException(name, "--" + name + " needs a value.");
                put(options, name, args[++i]);
            } else {
                throw new InvalidInputException(name, "unknown option --" + name + ".");
            }
        }
        if (verb.equals("export")) {
            if (!options.containsKey("format")) throw new InvalidInputException("format", "--format is required (" + ExportFormat.ids() + ").");
            if (!options.containsKey("output")) throw new InvalidInputException("output", "--output FILE is required (- for standard output).");
            ExportFormat.parse(options.get("format"));
            filter(options);
        } else if (!options.containsKey("input")) {
            throw new InvalidInputException("input", "--input FILE is required.");
        }
        return new Command(verb, options, spring);
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (options.put(key, value) != null) throw new InvalidInputException(key, "--" + key + " is given twice.");
    }

    static ExportFilter filter(Map<String, String> o) {
        return ExportFilter.parse(o.get("status"), o.get("article"), o.get("from"), o.get("to"), o.get("rating"), o.get("annotator"));
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.err);
    }

    static int run(String[] args, PrintStream err) {
        Command cmd;
        try {
            cmd = parse(args);
        } catch (InvalidInputException e) {
            err.println("factmark: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return 2;
        }
        if (cmd.verb().equals("import") && !Files.isRegularFile(Path.of(cmd.opt("input")))) {
            err.println("factmark: no such file: " + cmd.opt("input"));
            return 2;
        }
        boolean toStdout = "export".equals(cmd.verb()) && "-".equals(cmd.opt("output"));
        List<String> springArgs = new ArrayList<>(cmd.springArgs());
        springArgs.add(0, "--logging.level.root=WARN");
        springArgs.add(0, "--logging.level.org.flywaydb=ERROR");
        if (toStdout) springArgs.add(0, "--logging.threshold.console=OFF");
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ExportCliConfig.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            if (cmd.verb().equals("export")) {
                int code = export(cmd, ctx.getBean(ExportService.class), err, t0);
                if (code == 0 && cmd.opt("card") != null) writeCard(cmd, ctx, err);
                return code;
            }
            return importFile(cmd, ctx.getBean(ImportService.class), err);
        } catch (Exception e) {
            err.println("factmark: " + cmd.verb() + " failed: " + rootMessage(e));
            return 1;
        }
    }

    /** The dataset card of this export, next to it (Markdown, or JSON for a .json file name). */
    private static void writeCard(Command cmd, ConfigurableApplicationContext ctx, PrintStream err) throws Exception {
        DatasetCardService cards = ctx.getBean(DatasetCardService.class);
        ExportFormat format = ExportFormat.parse(cmd.opt("format"));
        DatasetCardService.DatasetCard card = SystemAuthentication.call(() -> cards.card(filter(cmd.options()), format));
        Path file = Path.of(cmd.opt("card"));
        Files.writeString(file, file.toString().endsWith(".json") ? cards.json(card) : DatasetCardService.markdown(card));
        err.printf(Locale.ROOT, "dataset card: %s (%d %s)%n", file, card.total(), card.unit());
    }

    private static int export(Command cmd, ExportService service, PrintStream err, long t0) throws Exception {
        ExportFormat format = ExportFormat.parse(cmd.opt("format"));
        ExportFilter filter = filter(cmd.options());
        String output = cmd.opt("output");
        boolean stdout = output.equals("-");
        Path file = stdout ? null : Path.of(output);
        try (OutputStream out = stdout ? new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ExportService.ExportResult r = SystemAuthentication.call(() -> {
                service.validate(filter);
                return service.export(filter, format, out, null, cmd.flag("bom"));
            });
            out.flush();
            err.printf(Locale.ROOT, "exported %d %s to %s in %.1f s (export %.1f s)%n", r.claims(),
                    format == ExportFormat.CHECKTHAT ? "sentences" : "claims",
                    stdout ? "standard output" : file.toString(), (System.nanoTime() - t0) / 1e9, r.millis() / 1e3);
            return 0;
        } catch (Exception e) {
            if (file != null) Files.deleteIfExists(file);
            if (e instanceof InvalidInputException iie) {
                err.println("factmark: " + iie.getMessage());
                return 2;
            }
            throw e;
        }
    }

    private static int importFile(Command cmd, ImportService service, PrintStream err) throws Exception {
        Path file = Path.of(cmd.opt("input"));
        if (!Files.isRegularFile(file)) {
            err.println("factmark: no such file: " + file);
            return 2;
        }
        try (InputStream in = Files.newInputStream(file)) {
            ImportService.ImportResult r = SystemAuthentication.call(() -> service.importJsonl(in));
            err.printf(Locale.ROOT, "imported %d articles and %d claims from %s in %.1f s (%d users created, disabled)%n",
                    r.articles(), r.claims(), file, r.millis() / 1e3, r.usersCreated());
            return 0;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
