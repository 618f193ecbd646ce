package org.factmark.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinResponse;

/** The shared body of the in-app error pages: a heading, what happened, the address asked for, a way back. */
abstract class DeadEnd extends VerticalLayout {
    private final Paragraph path = new Paragraph();

    DeadEnd(String id, String heading, String text) {
        setId(id);
        addClassName("dead-end");
        path.addClassName("muted");
        path.setId(id + "-path");
        Anchor home = new Anchor("", "Back to the articles");
        home.setId(id + "-home");
        add(new H2(heading), new Paragraph(text), path, home);
    }

    /**
     * Shows the address as plain text (never as HTML, never an exception message) and answers with the status.
     * The router's own status reaches only its JSON navigation answers; when the page itself is loaded from the
     * address bar, the view is built while the HTML page is written, so the status is set on that response too.
     */
    int answer(String p, int status) {
        path.setText("Address: /" + p);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) response.setStatus(status);
        return status;
    }
}
