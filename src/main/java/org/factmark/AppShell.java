package org.factmark;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.List;
import java.util.Map;

/** Page-wide settings. Server push (WebSocket) carries colleagues' changes to open views (docs/scale-out.md). Plain CSS from frontend/ is served as a static file (no npm bundle; see STACK notes). */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://app/factmark.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Factmark");
        // An article page's own scripts start loading with the HTML, in parallel with Vaadin's bundle, not after the
        // view's round trip asked for them (decision 087); the later imports find them loaded. (Not the styles: Vaadin
        // asks for those with a version parameter, a different address that a preload would not serve.)
        if (settings.getRequest() != null && isArticlePage(settings.getRequest().getPathInfo())) {
            for (String script : ARTICLE_SCRIPTS) settings.addLink(script, Map.of("rel", "modulepreload"));
        }
    }

    /** What the annotator page loads besides Vaadin's bundle (claim/ui/ArticleBody, suggest/ui/SuggestionsPanel). */
    static final List<String> ARTICLE_SCRIPTS = List.of("app/annotator.js", "app/suggestions.js");

    static boolean isArticlePage(String path) {
        return path != null && path.matches("/articles/\\d+(/claims/\\d+)?/?");
    }
}
