package org.factmark;

import org.factmark.backup.BackupCli;
import org.factmark.base.StartupReport;
import org.factmark.export.ExportCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (ExportCli.handles(args) || BackupCli.handles(args)) {
            // the command-line tools have contexts of their own, not the web application's AOT-generated one
            System.clearProperty("spring.aot.enabled");
        }
        if (ExportCli.handles(args)) {
            // `export` / `import` run on the command line without the web server (docs/export.md)
            System.exit(ExportCli.run(args));
        }
        if (BackupCli.handles(args)) {
            // `restore` puts an online backup in place as a fresh database (docs/backup.md)
            System.exit(BackupCli.run(args));
        }
        SpringApplication app = new SpringApplication(Application.class);
        StartupReport.installIfAsked(app); // -Dfactmark.startup.report: where start-up time goes (docs/performance.md)
        app.run(args);
    }
}
