package org.factmark.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.factmark.base.live.ClaimEvents;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;

/** The frame around every view: app name, navigation (by role), the user and logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final List<MenuCounts> counts;
    private final Map<String, SideNavItem> counted = new LinkedHashMap<>();

    private final ClaimEvents claimEvents;
    /** Live counts: subscribed for the user logged in (colleagues' work moves the counts without a reload). */
    private Runnable liveCounts = () -> { };
    private String liveFor;

    public MainLayout(AuthenticationContext auth, ObjectProvider<MenuCounts> counts, ClaimEvents claimEvents) {
        this.counts = counts.orderedStream().toList();
        this.claimEvents = claimEvents;
        addDetachListener(e -> {
            liveCounts.run();
            liveCounts = () -> { };
            liveFor = null;
        });
        Span brand = new Span("Factmark");
        brand.addClassName("brand");
        HorizontalLayout right = new HorizontalLayout();
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.addClassName("user-box");
        CurrentUser.username().ifPresent(name -> {
            Span user = new Span(name);
            user.setId("current-user");
            Button account = new Button("Password", e -> getUI().ifPresent(ui -> ui.navigate("account")));
            account.setId("account-link");
            account.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button logout = new Button("Log out", e -> auth.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            right.add(user, account, logout);
        });
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), brand, right);
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(brand);
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem("Articles", ""));
        nav.addItem(counted("My claims", "my-claims"));
        if (CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN)) {
            nav.addItem(counted("Review queue", "review"));
            nav.addItem(new SideNavItem("Agreement", "agreement"));
        }
        nav.addItem(new SideNavItem("Export", "export"));
        if (CurrentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Users", "admin/users"));
            nav.addItem(new SideNavItem("Backup", "admin/backup"));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The menu collapses with the toggle and remembers it per browser (localStorage): a user who closed it to
     * widen the article finds it closed on the next page and the next day. Not in overlay mode (small screens),
     * where the layout closes the drawer itself.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const layout = this, key = 'factmark.menu';
                if (layout.__factmarkMenu) return;
                layout.__factmarkMenu = true;
                const restore = () => { const saved = localStorage.getItem(key);
                    if (!layout.overlay && saved) layout.drawerOpened = saved === 'open'; };
                requestAnimationFrame(restore);
                layout.addEventListener('drawer-opened-changed', e => {
                    if (!layout.overlay) localStorage.setItem(key, e.detail.value ? 'open' : 'closed'); });""");
    }

    private SideNavItem counted(String label, String route) {
        SideNavItem item = new SideNavItem(label, route);
        counted.put(route, item);
        return item;
    }

    /** After every navigation: the counts of waiting work next to the menu entries (none when zero). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String me = CurrentUser.username().orElse(null);
        if (!java.util.Objects.equals(me, liveFor)) {
            liveCounts.run();
            liveFor = me;
            liveCounts = me == null ? () -> { } : getUI().map(ui -> LiveUpdates.subscribe(ui, claimEvents, changes -> {
                if (me.equals(liveFor)) updateCounts(); // a batch queued for an earlier login in this UI is dropped
            })).orElse(() -> { });
        }
        updateCounts();
    }

    private void updateCounts() {
        if (CurrentUser.username().isEmpty()) return;
        counted.forEach((route, item) -> {
            int n = counts.stream().mapToInt(c -> c.count(route)).sum();
            if (n <= 0) {
                item.setSuffixComponent(null);
                return;
            }
            Span badge = new Span(Integer.toString(n));
            badge.setId("menu-count-" + route);
            badge.addClassName("menu-count");
            Span words = new Span(n == 1 ? " item waiting" : " items waiting"); // for screen readers
            words.addClassName("sr-only");
            badge.add(words);
            item.setSuffixComponent(badge);
        });
    }
}
