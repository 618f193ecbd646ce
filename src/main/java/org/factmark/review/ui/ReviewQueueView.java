package org.factmark.review.ui;

import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.factmark.article.ArticleService;
import org.factmark.article.ArticleSummary;
import org.factmark.base.ui.Notices;
import org.factmark.claim.Rating;
import org.factmark.claim.Verdict;
import org.factmark.base.live.ClaimEvents;
import org.factmark.base.ui.LiveUpdates;
import org.factmark.review.Review;
import org.factmark.review.ReviewService;
import org.factmark.review.ReviewViews.DisputeInfo;
import org.factmark.review.ReviewViews.DisputeItem;
import org.factmark.review.ReviewViews.QueueItem;
import org.factmark.review.ReviewViews.SourceItem;
import org.factmark.security.Role;

/**
 * The review queue: claims IN_REVIEW whose verdict someone else wrote, oldest first, each with the quote in its
 * sentence, the sources, the rating and the rationale (hidden under blind review until the reviewer's own rating),
 * Approve and Dispute; then the disputes the user may settle; and the blind-review setting per article.
 */
@Route("review")
@PageTitle("Review queue | Factmark")
// without the role: the in-app "No access" page (403), also in production mode, not a disguised 404
@AccessDeniedErrorRouter
@RolesAllowed({Role.Names.REVIEWER, Role.Names.ADMIN})
public class ReviewQueueView extends VerticalLayout {
    private final ReviewService reviews;
    private final Div queue = new Div();
    private final Div settle = new Div();

    public ReviewQueueView(ReviewService reviews, ArticleService articles, ClaimEvents claimEvents) {
        // colleagues' changes appear without a reload (docs/scale-out.md); open dialogs are left alone
        LiveUpdates.onClaimChanges(this, claimEvents, changes -> UiSupport.keepingUserState(this, this::refresh));
        this.reviews = reviews;
        queue.setId("review-queue");
        queue.addClassName("review-list");
        settle.setId("settle-queue");
        settle.addClassName("review-list");
        add(new H2("Review queue"), blindSetting(articles), queue, new H3("Disputes to settle"), settle);
        setWidthFull();
        addClassNames("review-view", "review-queue");
        setMaxWidth("70rem");
        refresh();
    }

    void refresh() {
        queue.removeAll();
        var items = reviews.queue();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph("Nothing to review: no claim of someone else is waiting.");
            none.setId("review-queue-empty");
            queue.add(none);
        }
        items.forEach(i -> queue.add(card(i)));
        settle.removeAll();
        var disputes = reviews.disputesToSettle();
        if (disputes.isEmpty()) settle.add(new Paragraph("No dispute for you to settle."));
        disputes.forEach(d -> settle.add(settleCard(d)));
    }

    // ---- one claim waiting for review ------------------------------------------------------------------------

    private Component card(QueueItem i) {
        Div card = new Div();
        card.setId("review-item-" + i.claimId());
        UiSupport.card(card);

        Anchor open = new Anchor(ClaimLinks.claim(i.articleId(), i.claimId()), i.articleTitle());
        Span meta = new Span(i.type().label() + " · marked by " + i.author() + " · submitted " + UiSupport.time(i.submittedAt()));
        meta.addClassName("muted");
        card.add(new Div(open), meta);
        card.add(sentence(i.sentenceBefore(), i.quote(), i.sentenceAfter(), "sentence-" + i.claimId()));
        card.add(sources(i));

        if (i.verdictHidden()) {
            card.add(blindForm(i));
        } else {
            Div verdict = new Div();
            verdict.addClassName("verdict");
            Span rating = new Span(i.rating().label());
            rating.setId("rating-" + i.claimId());
            rating.addClassName("rating");
            Paragraph rationale = new Paragraph(i.rationale() == null ? "" : i.rationale());
            rationale.setId("rationale-" + i.claimId());
            verdict.add(new Span("Rating: "), rating, rationale);
            if (i.myBlindRating() != null) {
                Span mine = new Span("Your blind rating: " + i.myBlindRating().label());
                mine.setId("my-blind-rating-" + i.claimId());
                verdict.add(mine);
            }
            card.add(verdict);
            if (i.mayReview()) {
                Button approve = new Button("Approve…", e -> UiSupport.confirm("Approve this claim?",
                        "It becomes checked with " + i.author() + "'s rating (" + i.rating().label()
                                + ") and leaves the queue; the approval is recorded under your name.", "Approve", "confirm-approve", () -> {
                    if (UiSupport.attempt(() -> reviews.approve(i.claimId(), i.verdictId(), null), this::refresh)) {
                        Notices.success("Approved: the claim is checked.");
                        refresh();
                    }
                }));
                approve.setId("approve-" + i.claimId());
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                Button dispute = new Button("Dispute…", e -> openDispute(i));
                dispute.setId("dispute-" + i.claimId());
                dispute.addThemeVariants(ButtonVariant.LUMO_ERROR);
                card.add(new HorizontalLayout(approve, dispute));
            }
        }
        card.add(timeline(i.claimId()));
        return card;
    }

    static Paragraph sentence(String before, String quote, String after, String id) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.addClassName("quote-in-sentence");
        Span q = new Span(quote);
        q.addClassName("claim-quote");
        q.getStyle().set("font-weight", "bold").set("background", "var(--lumo-primary-color-10pct)");
        p.add(new Text(before), q, new Text(after));
        return p;
    }

    private static Component sources(QueueItem i) {
        UnorderedList list = new UnorderedList();
        list.setId("sources-" + i.claimId());
        list.addClassName("sources");
        if (i.sources().isEmpty()) list.add(new ListItem("No sources."));
        for (SourceItem s : i.sources()) {
            ListItem li = new ListItem();
            li.add(UiSupport.sourceLink(s.url(), s.title()));
            StringBuilder more = new StringBuilder(" (" + s.stance().label());
            if (s.publisher() != null) more.append(", ").append(s.publisher());
            more.append(")");
            li.add(new Span(more.toString()));
            if (s.excerpt() != null) {
                Paragraph ex = new Paragraph(s.excerpt());
                ex.addClassName("muted");
                li.add(ex);
            }
            list.add(li);
        }
        return list;
    }

    private Component blindForm(QueueItem i) {
        Div box = new Div();
        box.addClassName("blind-form");
        box.setId("blind-form-" + i.claimId());
        Paragraph why = new Paragraph("Blind review: give your own rating first; the author's rating and rationale are shown after.");
        Select<Rating> rating = UiSupport.ratingSelect("Your rating", "blind-rating-" + i.claimId());
        TextArea rationale = new TextArea("Your reasoning (optional)");
        rationale.setId("blind-rationale-" + i.claimId());
        rationale.setMaxLength(Verdict.MAX_RATIONALE);
        rationale.setWidthFull();
        Button give = new Button("Give my rating", e -> {
            if (UiSupport.attempt(() -> reviews.secondOpinion(i.claimId(), i.verdictId(), rating.getValue(), rationale.getValue()), this::refresh)) {
                Notices.success("Your rating is recorded; the verdict is shown now.");
                refresh();
            }
        });
        give.setId("blind-submit-" + i.claimId());
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(why, rating, rationale, give);
        return box;
    }

    private void openDispute(QueueItem i) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Dispute the rating " + i.rating().label());
        Select<Rating> rating = UiSupport.ratingSelect("Your rating", "dispute-rating");
        TextArea comment = new TextArea("Why (required)");
        comment.setId("dispute-comment");
        comment.setMaxLength(Review.MAX_COMMENT);
        comment.setWidthFull();
        Button confirm = new Button("Dispute", e -> {
            if (rating.getValue() == null) {
                rating.setInvalid(true);
                rating.setErrorMessage("Choose your rating.");
                return;
            }
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage("Say why you disagree.");
                return;
            }
            if (UiSupport.attempt(() -> reviews.dispute(i.claimId(), i.verdictId(), rating.getValue(), comment.getValue()), () -> {
                d.close();
                refresh();
            })) {
                d.close();
                Notices.success("Disputed: the author will see your rating and comment.");
                refresh();
            }
        });
        confirm.setId("confirm-dispute");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> d.close());
        cancel.setId("cancel-dispute");
        d.add(new VerticalLayout(rating, comment));
        d.getFooter().add(cancel, confirm);
        d.setWidth("32rem");
        d.open();
    }

    // ---- disputes to settle ----------------------------------------------------------------------------------

    private Component settleCard(DisputeItem i) {
        Div card = new Div();
        card.setId("settle-item-" + i.claimId());
        UiSupport.card(card);
        card.add(new Div(new Anchor(ClaimLinks.claim(i.articleId(), i.claimId()), i.articleTitle())));
        card.add(sentence(i.sentenceBefore(), i.quote(), i.sentenceAfter(), "settle-sentence-" + i.claimId()));
        card.add(new Paragraph(i.author() + " rated it " + i.authorRating().label() + ": "
                + (i.authorRationale() == null ? "" : i.authorRationale())));
        DisputeInfo d = i.dispute();
        if (d != null) {
            card.add(new Paragraph(d.reviewer() + " disputed with " + d.rating().label() + ": " + d.comment()));
        }
        Button open = new Button("Settle…", e -> openSettle(i));
        open.setId("settle-" + i.claimId());
        card.add(open, timeline(i.claimId()));
        return card;
    }

    private void openSettle(DisputeItem i) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Settle the dispute");
        Select<Rating> rating = UiSupport.ratingSelect("Final rating", "settle-rating");
        TextArea rationale = new TextArea("Rationale (required)");
        rationale.setId("settle-rationale");
        rationale.setMaxLength(Verdict.MAX_RATIONALE);
        rationale.setWidthFull();
        Button confirm = new Button("Settle", e -> {
            if (UiSupport.attempt(() -> reviews.settle(i.claimId(), i.verdictId(), rating.getValue(), rationale.getValue()), () -> {
                d.close();
                refresh();
            })) {
                d.close();
                Notices.success("Settled: the claim is checked with your rating.");
                refresh();
            }
        });
        confirm.setId("confirm-settle");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> d.close());
        d.add(new VerticalLayout(rating, rationale));
        d.getFooter().add(cancel, confirm);
        d.setWidth("32rem");
        d.open();
    }

    // ---- shared pieces ---------------------------------------------------------------------------------------

    private Details timeline(long claimId) {
        Details details = new Details("Timeline and comments");
        details.setId("timeline-details-" + claimId);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) details.add(new ClaimTimeline(reviews, claimId));
        });
        return details;
    }

    private Component blindSetting(ArticleService articles) {
        ComboBox<ArticleSummary> article = new ComboBox<>("Article");
        article.setId("blind-article");
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setItems(q -> articles.list(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        article.setWidth("30rem");
        Checkbox blind = new Checkbox("Blind second opinion: reviewers rate before they see the verdict");
        blind.setId("blind-enabled");
        blind.setEnabled(false);
        article.addValueChangeListener(e -> {
            blind.setEnabled(e.getValue() != null);
            blind.setValue(e.getValue() != null && articles.get(e.getValue().id()).isBlindReview());
        });
        blind.addValueChangeListener(e -> {
            if (!e.isFromClient() || article.getValue() == null) return;
            long id = article.getValue().id();
            if (UiSupport.attempt(() -> articles.setBlindReview(id, e.getValue()), this::refresh)) {
                Notices.success(e.getValue() ? "Blind review is on for this article." : "Blind review is off for this article.");
                refresh();
            } else {
                blind.setValue(e.getOldValue());
            }
        });
        HorizontalLayout row = new HorizontalLayout(article, blind);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Details d = new Details("Blind second opinion per article", row);
        d.setId("blind-setting");
        return d;
    }
}
