package org.factmark.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factmark.base.ConflictException;
import org.factmark.base.InvalidInputException;
import org.factmark.base.ui.Notices;
import org.factmark.suggest.CheckedElsewhereService;
import org.factmark.suggest.CheckedElsewhereService.EarlierCheck;

/**
 * In the claim panel: earlier CHECKED verdicts on the same figure or event in other articles, each with a link and
 * (for a claim still in draft) one click to start from its rating and sources.
 */
class CheckedElsewhereSection extends Div {
    final List<Button> startButtons = new java.util.ArrayList<>();

    CheckedElsewhereSection(CheckedElsewhereService service, long claimId, List<EarlierCheck> earlier, boolean draft,
                            Runnable reload) {
        setId("checked-elsewhere");
        addClassName("checked-elsewhere");
        add(new H4("Already checked elsewhere (" + earlier.size() + ")"));
        for (EarlierCheck e : earlier) {
            Anchor link = new Anchor("articles/" + e.articleId() + "/claims/" + e.claimId(), "“" + e.quote() + "”");
            Span where = new Span(" — " + e.articleTitle() + " · " + e.rating() + " · " + e.sources() + " source(s)");
            where.addClassName("muted");
            Div card = new Div(link, where);
            card.addClassName("checked-elsewhere-item");
            if (draft) {
                Button start = new Button("Start from this verdict", ev -> {
                    try {
                        service.startFrom(claimId, e.claimId());
                        Notices.success("Started from the earlier verdict: sources copied, rating submitted for review.");
                        reload.run();
                    } catch (ConflictException | InvalidInputException x) {
                        Notices.error(x.getMessage());
                    }
                });
                start.addClassName("start-from");
                startButtons.add(start);
                card.add(start);
            }
            add(card);
        }
    }
}
