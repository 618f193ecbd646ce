package org.factmark.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.UUID;
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
}
