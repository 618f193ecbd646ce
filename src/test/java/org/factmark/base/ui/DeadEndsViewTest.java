package org.factmark.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * A screen the user's roles do not open shows a page inside the app's frame. (Unknown addresses are tested in the
 * real browser, {@link DeadEndsBrowserTest}: their status comes from the servlet filter chain, which Karibu skips.)
 */
class DeadEndsViewTest extends KaribuTest {

    @Test
    void a_screen_the_roles_do_not_open_shows_no_access_inside_the_layout() {
        loginAs("alice"); // annotator only: the agreement screen is for reviewers and admins
        UI.getCurrent().navigate("agreement");
        AccessDeniedView view = _get(AccessDeniedView.class);
        _get(SideNav.class, s -> s.withId("main-nav"));
        assertThat(view.getElement().getTextRecursively()).contains("No access").doesNotContain("Could not navigate");
    }
}
