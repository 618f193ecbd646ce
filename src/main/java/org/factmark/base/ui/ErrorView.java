package org.factmark.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user sees when a page fails: a plain message and a reference, never the exception's text or stack trace
 * (those go to the server log under the same reference). Replaces Vaadin's InternalServerError page.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page {} failed (reference {})", event.getLocation().getPath(), reference, parameter.getCaughtException());
        removeAll();
        setId("error-view");
        add(new H2("Something went wrong"));
        add(new Paragraph("This page could not be shown. Try again, or tell your administrator the reference "
                + reference + "."));
        add(new Anchor("", "Back to the articles"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
