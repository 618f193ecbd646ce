package org.factmark.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A page's first answer carries its UI already navigated to the address (Vaadin's "eager server load": the first
 * UIDL inside the HTML), so the browser skips the init and navigation round trips before anything is drawn
 * (decision 088). Every page except {@code /logout}: its view logs out while the page itself is being answered,
 * and the browser never followed the redirect to the login page.
 */
@Component
class EagerServerLoad implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(EagerServerLoad::eager);
    }

    static boolean eager(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("/+$", "");
        return !path.equals("/logout");
    }
}
