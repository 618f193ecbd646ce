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
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.factmark.security.CurrentUser;
import org.factmark.security.Role;

/** The frame around every view: app name, navigation (by role), the user and logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
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
        nav.addItem(new SideNavItem("My claims", "my-claims"));
        if (CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Review queue", "review"));
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
}
