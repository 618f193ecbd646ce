package org.factmark.article.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.factmark.article.ArticleImporter;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.article.ArticleJson;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;

/** The desk's start page: every article with its claim progress, a title search, and import. */
@Route("")
@PageTitle("Articles | Factmark")
@PermitAll
public class ArticlesView extends VerticalLayout {
    private static final String[] STATUS_LABELS = {"Draft", "In review", "Checked", "Disputed"};

    private final Grid<ArticleSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private String filter = "";
    private ArticleSummary focused;

    public ArticlesView(ArticleService articles, ArticleImporter importer) {
        search.setId("article-search");
        search.setPlaceholder("Search titles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.addValueChangeListener(e -> {
            filter = e.getValue() == null ? "" : e.getValue().strip();
            grid.setEmptyStateText(emptyText());
            grid.getDataProvider().refreshAll();
        });

        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        if (CurrentUser.hasRole(Role.ANNOTATOR) || CurrentUser.hasRole(Role.ADMIN)) {
            Button importButton = new Button("Import article", VaadinIcon.PLUS.create(),
                    e -> new ImportDialog(articles, importer, saved -> open(saved.getId())).open());
            importButton.setId("import-button");
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(importButton);
        }

        grid.setId("articles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArticleSummary::title).setKey("title").setSortProperty("title").setHeader("Title")
                .setFlexGrow(4).setTooltipGenerator(ArticleSummary::title);
        grid.addColumn(ArticleSummary::publisher).setKey("publisher").setSortProperty("publisher")
                .setHeader("Publisher").setFlexGrow(1);
        grid.addColumn(ArticleSummary::publishedAt).setKey("publishedAt").setSortProperty("publishedAt")
                .setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < ArticleJson.STATUSES.size(); i++) {
            String status = ArticleJson.STATUSES.get(i);
            grid.addColumn(s -> s.count(status)).setKey(status).setHeader(STATUS_LABELS[i])
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(ArticleSummary::claimCount).setKey("total").setHeader("Claims").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> articles.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) articles.count(filter));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        // Keyboard: arrow keys move the focused row (the grid's own navigation), Enter opens it.
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) open(focused.id());
        }, Key.ENTER).listenOn(grid);
        grid.setEmptyStateText(emptyText());
        grid.setSizeFull();

        add(new H2("Articles"), toolbar, grid);
        setSizeFull();
    }

    private String emptyText() {
        return filter.isEmpty() ? "No articles yet. Import one to start marking claims."
                : "No article title matches \u201c" + filter + "\u201d. Search ignores case and accents; try fewer letters.";
    }

    private static void open(long id) {
        UI.getCurrent().navigate("articles/" + id);
    }

    Grid<ArticleSummary> grid() {
        return grid;
    }
}
