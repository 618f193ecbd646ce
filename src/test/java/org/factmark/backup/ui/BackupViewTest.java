package org.factmark.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class BackupViewTest extends KaribuTest {
    @Test
    void an_admin_finds_the_backup_download_and_is_told_when_the_database_cannot_be_backed_up_online() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/backup");
        Anchor download = _get(Anchor.class, spec -> spec.withId("backup-download"));
        assertThat(download.getText()).isEqualTo("Download backup");
        // the test database is in memory: no online backup, and the view says so
        assertThat(download.isEnabled()).isFalse();
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("pg_dump"));
    }

    @Test
    void an_annotator_cannot_open_the_backup_view() {
        loginAs("alice");
        // the in-app "No access" page (base/ui/AccessDeniedView), inside the layout, instead of the backup view
        UI.getCurrent().navigate("admin/backup");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(org.factmark.base.ui.AccessDeniedView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(BackupView.class)).isEmpty();
    }
}
