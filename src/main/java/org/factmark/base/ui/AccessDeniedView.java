package org.factmark.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A screen the user's roles do not open: a page inside the app's frame, with status 403 and a way back. */
@ParentLayout(MainLayout.class)
@PageTitle("No access | Factmark")
@PermitAll
public class AccessDeniedView extends DeadEnd implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("no-access", "No access",
                "Your account's roles do not open this screen. Ask an admin if you need it.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return answer(event.getLocation().getPath(), HttpServletResponse.SC_FORBIDDEN);
    }
}
