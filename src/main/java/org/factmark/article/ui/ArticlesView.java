package org.factmark.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;

@Route("")
@PageTitle("Articles | Factmark")
@PermitAll
public class ArticlesView extends VerticalLayout {

    public ArticlesView(ArticleService articles) {
        Grid<ArticleSummary> grid = new Grid<>();
        grid.setId("articles-grid");
        grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(ArticleSummary::publisher).setHeader("Publisher");
        grid.addColumn(ArticleSummary::publishedAt).setHeader("Date");
        grid.addColumn(ArticleSummary::claimCount).setHeader("Claims");
        grid.setItems(q -> articles.list("", VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) articles.count(""));
        // the annotator (claim.ui.ArticleView) is reached by its route string: article.ui may not import claim.ui
        grid.addItemClickListener(e -> UI.getCurrent().navigate("articles/" + e.getItem().id()));
        add(new H2("Articles"), grid);
        setSizeFull();
    }
}
