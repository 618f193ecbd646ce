package org.factmark.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.UUID;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.factmark.security.ApiTokenService;
import org.factmark.security.Role;
import org.factmark.security.SystemAuthentication;
import org.factmark.security.UserService;
import org.factmark.testsupport.KaribuLogin;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountViewTest extends KaribuTest {
    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApiTokenService tokens;

    private static PasswordField pw(String id) {
        return _get(PasswordField.class, s -> s.withId(id));
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() throws Exception {
        String name = "fay" + UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.run(() -> users.create(name, "violet harbour lamp", "Fay", EnumSet.of(Role.ANNOTATOR)));
        KaribuLogin.login(name, "ANNOTATOR");
        UI.getCurrent().navigate("account");

        pw("current-password").setValue("wrong");
        pw("new-password").setValue("amber lighthouse tram");
        pw("repeat-password").setValue("amber lighthouse tram");
        _click(_get(Button.class, s -> s.withId("change-password-save")));
        assertThat(pw("current-password").isInvalid()).isTrue();
        assertThat(encoder.matches("violet harbour lamp", users.loadUserByUsername(name).getPassword())).isTrue();

        pw("current-password").setValue("violet harbour lamp");
        _click(_get(Button.class, s -> s.withId("change-password-save")));
        assertThat(encoder.matches("amber lighthouse tram", users.loadUserByUsername(name).getPassword())).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_user_creates_a_token_sees_it_once_and_revokes_it_from_the_list() throws Exception {
        String name = "gil" + UUID.randomUUID().toString().substring(0, 6);
        SystemAuthentication.run(() -> users.create(name, "violet harbour lamp", "Gil", EnumSet.of(Role.ANNOTATOR)));
        KaribuLogin.login(name, "ANNOTATOR");
        UI.getCurrent().navigate("account");

        _get(TextField.class, s -> s.withId("token-name")).setValue("nightly export");
        _click(_get(Button.class, s -> s.withId("create-token")));
        TextField shown = _get(TextField.class, s -> s.withId("token-value"));
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getValue()).startsWith("fmk_");
        assertThat(tokens.authenticate(shown.getValue())).hasValueSatisfying(a -> assertThat(a.getName()).isEqualTo(name));

        Grid<ApiTokenService.TokenInfo> grid = _get(Grid.class, s -> s.withId("token-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ApiTokenService.TokenInfo row = GridKt._get(grid, 0);
        assertThat(row.name()).isEqualTo("nightly export");
        Button revoke = (Button) GridKt._getCellComponent(grid, 0, "actions");
        assertThat(revoke.getId()).contains("revoke-token-" + row.id());
        _click(revoke);
        assertThat(GridKt._get(grid, 0).revoked()).isTrue();
        assertThat(tokens.authenticate(shown.getValue())).isEmpty();

        // a fresh view never shows the token again
        UI.getCurrent().navigate("my-claims");
        UI.getCurrent().navigate("account");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(TextField.class, s -> s.withId("token-value"));
    }
}
