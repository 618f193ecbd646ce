package org.factmark.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factmark.base.ui.Notices;
import org.factmark.claim.ClaimStatus;
import org.factmark.claim.Rating;
import org.factmark.claim.Verdict;
import org.factmark.base.live.ClaimEvents;
import org.factmark.base.ui.LiveUpdates;
import org.factmark.review.MyWorkService;
import org.factmark.review.MyWorkService.Activity;
import org.factmark.review.ReviewService;
import org.factmark.review.ReviewViews.DisputeInfo;
import org.factmark.review.ReviewViews.MyClaim;

/**
 * The current user's claims by status, disputes first with the reviewer's rating and comment, where the author
 * revises the verdict (back to review) or takes the reviewer's rating (checked).
 */
@Route("my-claims")
@PageTitle("My claims | Factmark")
@PermitAll
public class MyClaimsView extends VerticalLayout {
    static final List<ClaimStatus> ORDER = List.of(ClaimStatus.DISPUTED, ClaimStatus.IN_REVIEW, ClaimStatus.DRAFT, ClaimStatus.CHECKED);

    private final ReviewService reviews;
    private final Div content = new Div();

    public MyClaimsView(ReviewService reviews, ClaimEvents claimEvents, MyWorkService work) {
        // colleagues' changes appear without a reload (docs/scale-out.md); open dialogs are left alone
        LiveUpdates.onClaimChanges(this, claimEvents, changes -> UiSupport.keepingUserState(this, this::refresh));
        this.reviews = reviews;
        content.setId("my-claims");
        content.setWidthFull();
        add(new H2("My claims"), sinceLastVisit(work.sinceLastVisit()), content);
        work.visitedMyClaims(); // what is shown now is no longer new
        setWidthFull();
        addClassNames("review-view", "my-claims");
        setMaxWidth("70rem");
        refresh();
    }

    /** What others did on my claims since I last opened this view: reviews and comments, newest first. */
    private static Component sinceLastVisit(List<Activity> news) {
        Div box = new Div();
        box.setId("since-last-visit");
        box.add(new H3("Since your last visit"));
        if (news.isEmpty()) {
            Paragraph none = new Paragraph("Nothing new on your claims.");
            none.addClassName("muted");
            box.add(none);
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (Activity a : news) {
            ListItem li = new ListItem();
            li.addClassName("since-entry");
            Anchor link = new Anchor(ClaimLinks.claim(a.articleId(), a.claimId()), "“" + shortQuote(a.quote()) + "”");
            if (!shortQuote(a.quote()).equals(a.quote())) Tooltip.forComponent(link).withText(a.quote()); // cut: the full quote
            li.add(new Span(a.who() + " " + a.what() + " "), link,
                    new Span(" in " + a.articleTitle() + " · " + UiSupport.time(a.at())));
            list.add(li);
        }
        box.add(list);
        return box;
    }

    private static String shortQuote(String q) {
        return q.codePointCount(0, q.length()) <= 80 ? q : q.substring(0, q.offsetByCodePoints(0, 79)) + "…";
    }

    void refresh() {
        content.removeAll();
        List<MyClaim> mine = reviews.myClaims();
        if (mine.isEmpty()) content.add(new Paragraph("You have not marked any claim yet."));
        for (ClaimStatus status : ORDER) {
            List<MyClaim> group = mine.stream().filter(m -> m.status() == status).toList();
            if (group.isEmpty()) continue;
            H3 heading = new H3(status.label() + " (" + group.size() + ")");
            heading.setId("my-claims-" + status.name().toLowerCase(java.util.Locale.ROOT));
            content.add(heading);
            group.forEach(m -> content.add(card(m)));
        }
    }

    private Component card(MyClaim m) {
        Div card = new Div();
        card.setId("my-claim-" + m.claimId());
        UiSupport.card(card);
        Span quote = new Span(m.quote());
        quote.addClassName("claim-quote");
        quote.getStyle().set("font-weight", "bold");
        card.add(new Div(UiSupport.statusBadge(m.claimId(), m.status()), new Span(" "),
                new Anchor(ClaimLinks.claim(m.articleId(), m.claimId()), m.articleTitle())));
        card.add(new Paragraph(quote));
        if (m.rating() != null) {
            Span rating = new Span("Your verdict: " + m.rating().label());
            rating.setId("my-rating-" + m.claimId());
            card.add(new Div(rating));
            if (m.rationale() != null) card.add(new Paragraph(m.rationale()));
        }
        if (m.checkedBy() != null) {
            Span by = new Span("Checked by " + m.checkedBy());
            by.addClassName("muted");
            card.add(new Div(by));
        }
        DisputeInfo d = m.dispute();
        if (m.status() == ClaimStatus.DISPUTED && d != null) {
            Div dispute = new Div();
            dispute.setId("dispute-info-" + m.claimId());
            dispute.addClassName("dispute");
            dispute.add(new Paragraph(d.reviewer() + " disputed it and rates it " + d.rating().label() + ":"));
            Paragraph comment = new Paragraph(d.comment());
            comment.setId("dispute-comment-" + m.claimId());
            dispute.add(comment);
            Button revise = new Button("Revise verdict…", e -> openRevise(m));
            revise.setId("revise-" + m.claimId());
            Button accept = new Button("Accept reviewer's rating (" + d.rating().label() + ")…", e -> UiSupport.confirm(
                    "Accept " + d.reviewer() + "'s rating?", "Your verdict is replaced by " + d.rating().label()
                            + " and the claim becomes checked; you can no longer revise it here.",
                    "Accept " + d.rating().label(), "confirm-accept", () -> {
                if (UiSupport.attempt(() -> reviews.acceptDisputedRating(m.claimId(), m.verdictId()), this::refresh)) {
                    Notices.success("You took " + d.reviewer() + "'s rating: the claim is checked.");
                    refresh();
                }
            }));
            accept.setId("accept-" + m.claimId());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dispute.add(new HorizontalLayout(revise, accept));
            card.add(dispute);
        }
        Details timeline = new Details("Timeline and comments");
        timeline.setId("timeline-details-" + m.claimId());
        timeline.addOpenedChangeListener(e -> {
            if (e.isOpened() && timeline.getContent().findAny().isEmpty()) timeline.add(new ClaimTimeline(reviews, m.claimId()));
        });
        card.add(timeline);
        return card;
    }

    private void openRevise(MyClaim m) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Revise your verdict");
        Select<Rating> rating = UiSupport.ratingSelect("Rating", "revise-rating");
        rating.setValue(m.rating());
        TextArea rationale = new TextArea("Rationale");
        rationale.setId("revise-rationale");
        rationale.setMaxLength(Verdict.MAX_RATIONALE);
        rationale.setWidthFull();
        rationale.setValue(m.rationale() == null ? "" : m.rationale());
        Button confirm = new Button("Submit for review", e -> {
            if (UiSupport.attempt(() -> reviews.reviseDisputed(m.claimId(), rating.getValue(), rationale.getValue()), this::refresh)) {
                d.close();
                Notices.success("Revised: the claim is back in review.");
                refresh();
            }
        });
        confirm.setId("confirm-revise");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(rating, rationale));
        d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
        d.setWidth("32rem");
        d.open();
    }
}
