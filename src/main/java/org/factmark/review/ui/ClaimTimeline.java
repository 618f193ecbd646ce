package org.factmark.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.factmark.base.ui.Notices;
import org.factmark.review.Comment;
import org.factmark.review.ReviewService;
import org.factmark.review.ReviewViews.TimelineEntry;

/**
 * A claim's timeline (every edit, verdict, review and comment, oldest first) with a box to add a comment.
 * Ids: {@code timeline-<claimId>}, {@code comment-text-<claimId>}, {@code comment-send-<claimId>}.
 */
public class ClaimTimeline extends Div {
    private final ReviewService reviews;
    private final long claimId;
    private final UnorderedList list = new UnorderedList();

    public ClaimTimeline(ReviewService reviews, long claimId) {
        this.reviews = reviews;
        this.claimId = claimId;
        setId("timeline-" + claimId);
        addClassName("claim-timeline");
        list.addClassName("timeline-entries");
        TextArea text = new TextArea("Comment");
        text.setId("comment-text-" + claimId);
        text.setMaxLength(Comment.MAX_BODY);
        text.setWidthFull();
        Button send = new Button("Add comment");
        send.setId("comment-send-" + claimId);
        send.addClickListener(e -> {
            if (UiSupport.attempt(() -> reviews.comment(claimId, text.getValue()), this::refresh)) {
                text.clear();
                Notices.success("Comment added.");
                refresh();
            }
        });
        HorizontalLayout box = new HorizontalLayout(text, send);
        box.setWidthFull();
        box.setAlignItems(HorizontalLayout.Alignment.END);
        box.expand(text);
        add(list, box);
        refresh();
    }

    public void refresh() {
        list.removeAll();
        for (TimelineEntry e : reviews.timeline(claimId)) {
            ListItem li = new ListItem();
            li.addClassNames("timeline-entry", "timeline-" + e.kind().name().toLowerCase(Locale.ROOT));
            Span when = new Span(UiSupport.time(e.at()));
            when.addClassName("muted");
            Span who = new Span(e.who() == null ? "?" : e.who());
            who.addClassName("timeline-who");
            li.add(when, new Span(" "), who, new Span(" " + e.text()));
            if (e.detail() != null && !e.detail().isBlank()) {
                Paragraph d = new Paragraph(e.detail());
                d.addClassName("timeline-detail");
                li.add(d);
            }
            list.add(li);
        }
        if (list.getChildren().findAny().isEmpty()) list.add(new ListItem("Nothing recorded yet."));
    }
}
