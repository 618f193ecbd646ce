package org.factmark.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.factmark.security.AppUser;
import org.factmark.security.Role;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersViewTest extends KaribuTest {
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;

    @SuppressWarnings("unchecked")
    private static Grid<AppUser> grid() {
        return _get(Grid.class, s -> s.withId("users-grid"));
    }

    private static List<String> usernames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < _size(grid()); i++) names.add(_get(grid(), i).getUsername());
        return names;
    }

    private static void clickEdit(String username) {
        int row = usernames().indexOf(username);
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(grid(), row, "actions"));
    }

    @Test
    void admin_reaches_the_users_view_and_sees_the_accounts() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/users");
        assertThat(usernames()).contains("alice", "bob", "carol", "admin");
    }

    @Test
    void annotator_cannot_reach_the_users_view() {
        loginAs("alice");
        // the in-app "No access" page (base/ui/AccessDeniedView), inside the layout
        UI.getCurrent().navigate("admin/users");
        _get(org.factmark.base.ui.AccessDeniedView.class);
        assertThat(_find(UsersView.class)).isEmpty();
        _assertNone(Grid.class, s -> s.withId("users-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_creates_a_user_who_can_then_log_in() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("new-user-button")));
        String name = "dana" + UUID.randomUUID().toString().substring(0, 6);
        _get(TextField.class, s -> s.withId("new-username")).setValue(name);
        _get(TextField.class, s -> s.withId("new-display-name")).setValue("Dana Desk");
        _get(PasswordField.class, s -> s.withId("new-password")).setValue("ochre tram seventy");
        _get(CheckboxGroup.class, s -> s.withId("new-roles")).setValue(EnumSet.of(Role.ANNOTATOR, Role.REVIEWER));
        _click(_get(Button.class, s -> s.withId("new-user-save")));

        assertThat(usernames()).contains(name);
        UserDetails login = users.loadUserByUsername(name);
        assertThat(login.isEnabled()).isTrue();
        assertThat(encoder.matches("ochre tram seventy", login.getPassword())).isTrue();
        assertThat(login.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ANNOTATOR", "ROLE_REVIEWER");
    }

    @Test
    void new_user_with_a_too_short_password_is_refused_next_to_the_field() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("new-user-button")));
        String name = "shorty" + UUID.randomUUID().toString().substring(0, 6);
        _get(TextField.class, s -> s.withId("new-username")).setValue(name);
        _get(PasswordField.class, s -> s.withId("new-password")).setValue("abc");
        _click(_get(Button.class, s -> s.withId("new-user-save")));
        assertThat(_get(PasswordField.class, s -> s.withId("new-password")).isInvalid()).isTrue();
        assertThat(users.find(name)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_disables_a_user_and_changes_their_roles() {
        loginAs("admin");
        String name = "erin" + UUID.randomUUID().toString().substring(0, 6);
        users.adminCreate(name, "ochre tram seventy", "Erin", EnumSet.of(Role.ANNOTATOR));
        UI.getCurrent().navigate("admin/users");
        clickEdit(name);
        _get(CheckboxGroup.class, s -> s.withId("edit-roles")).setValue(EnumSet.of(Role.REVIEWER));
        _get(Checkbox.class, s -> s.withId("edit-enabled")).setValue(false);
        _click(_get(Button.class, s -> s.withId("edit-user-save")));

        UserDetails login = users.loadUserByUsername(name);
        assertThat(login.isEnabled()).isFalse();
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_REVIEWER");
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_cannot_remove_their_own_admin_role_or_disable_themselves() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/users");
        clickEdit("admin");
        _get(CheckboxGroup.class, s -> s.withId("edit-roles")).setValue(EnumSet.of(Role.REVIEWER));
        _click(_get(Button.class, s -> s.withId("edit-user-save")));
        assertThat(_get(Span.class, s -> s.withId("edit-user-error")).getText()).contains("own ADMIN role");

        // adding a role while disabling oneself: refused as a whole, the added role is not stored either
        _get(CheckboxGroup.class, s -> s.withId("edit-roles")).setValue(EnumSet.of(Role.ADMIN, Role.REVIEWER));
        _get(Checkbox.class, s -> s.withId("edit-enabled")).setValue(false);
        _click(_get(Button.class, s -> s.withId("edit-user-save")));
        assertThat(_get(Span.class, s -> s.withId("edit-user-error")).getText()).contains("disable your own");

        UserDetails admin = users.loadUserByUsername("admin");
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }

    @Test
    void a_common_password_or_the_users_own_name_is_refused_next_to_the_field_with_the_reason() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("new-user-button")));
        String name = "quentin.harbour" + UUID.randomUUID().toString().substring(0, 4);
        _get(TextField.class, s -> s.withId("new-username")).setValue(name);
        _get(PasswordField.class, s -> s.withId("new-password")).setValue("password123");
        _click(_get(Button.class, s -> s.withId("new-user-save")));
        PasswordField pw = _get(PasswordField.class, s -> s.withId("new-password"));
        assertThat(pw.isInvalid()).isTrue();
        assertThat(pw.getErrorMessage()).startsWith("This password is too easy to guess");

        pw.setValue(name);
        _click(_get(Button.class, s -> s.withId("new-user-save")));
        assertThat(pw.getErrorMessage()).startsWith("This password is too easy to guess");
        assertThat(users.find(name)).isEmpty();
    }

    @Test
    void an_admin_resets_a_users_password_under_the_same_policy() {
        loginAs("admin");
        String name = "gus" + UUID.randomUUID().toString().substring(0, 6);
        users.adminCreate(name, "ochre tram seventy", "Gus", EnumSet.of(Role.ANNOTATOR));
        UI.getCurrent().navigate("admin/users");
        clickEdit(name);
        _get(PasswordField.class, s -> s.withId("edit-password")).setValue("12345678");
        _click(_get(Button.class, s -> s.withId("edit-user-save")));
        assertThat(_get(Span.class, s -> s.withId("edit-user-error")).getText()).startsWith("This password is too easy to guess");
        assertThat(encoder.matches("ochre tram seventy", users.loadUserByUsername(name).getPassword())).isTrue();

        _get(PasswordField.class, s -> s.withId("edit-password")).setValue("copper kettle marsh");
        _click(_get(Button.class, s -> s.withId("edit-user-save")));
        assertThat(encoder.matches("copper kettle marsh", users.loadUserByUsername(name).getPassword())).isTrue();
    }
}
