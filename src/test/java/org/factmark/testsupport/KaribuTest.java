package org.factmark.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.communication.rpc.PublishedServerEventHandlerRpcHandler;
import com.vaadin.flow.shared.JsonConstants;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of browserless view tests (Karibu-Testing) on the full Spring context with the demo data.
 * Call {@link #loginAs} then {@code UI.getCurrent().navigate(...)}.
 */
@SpringBootTest
public abstract class KaribuTest {
    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) routes = new Routes().autoDiscoverViews("org.factmark");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuLogin.logout();
        MockVaadin.tearDown();
    }

    /** Logs in one of the demo users with their demo roles. */
    protected void loginAs(String user) {
        KaribuLogin.login(user, TestUsers.roles(user));
    }

    /**
     * Sends the same RPC that {@code element.$server.method(args)} sends from the browser, through Flow's real
     * handler (which checks @ClientCallable and enabled state and converts the JSON arguments).
     */
    protected static void callFromClient(Component c, String method, Object... args) {
        ObjectNode inv = JacksonUtils.createObjectNode();
        inv.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_PUBLISHED_SERVER_EVENT_HANDLER);
        inv.put(JsonConstants.RPC_NODE, c.getElement().getNode().getId());
        inv.put(JsonConstants.RPC_TEMPLATE_EVENT_METHOD_NAME, method);
        ArrayNode a = inv.putArray(JsonConstants.RPC_TEMPLATE_EVENT_ARGS);
        for (Object v : args) {
            if (v instanceof Integer i) a.add(i);
            else if (v instanceof Long l) a.add(l);
            else if (v instanceof Boolean b) a.add(b);
            else a.add(String.valueOf(v));
        }
        new PublishedServerEventHandlerRpcHandler().handle(UI.getCurrent(), inv).ifPresent(Runnable::run);
    }
}
