package org.factmark.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that names no screen (or no such article or claim): a page inside the app's frame, with status 404
 * and a way back, instead of the framework's bare error text. Never shows exception text.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found | Factmark")
@PermitAll
public class NotFoundView extends DeadEnd implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("not-found", "Page not found",
                "There is nothing at this address. It may have been mistyped, or the article or claim it named "
                        + "no longer exists.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return answer(event.getLocation().getPath(), HttpServletResponse.SC_NOT_FOUND);
    }
}
