package org.factmark;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings. Server push (WebSocket) carries colleagues' changes to open views (docs/scale-out.md). Plain CSS from frontend/ is served as a static file (no npm bundle; see STACK notes). */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://app/factmark.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Factmark");
    }
}
