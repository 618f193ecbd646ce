package org.factmark.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factmark.base.InvalidInputException;
import org.factmark.base.ui.Notices;
import org.factmark.security.CurrentUser;
import org.factmark.security.UserService;

/** Every user: change one's own password. Reached from the user box in the top bar. */
@Route("account")
@PageTitle("My account | Factmark")
@PermitAll
public class AccountView extends VerticalLayout {

    public AccountView(UserService users) {
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField fresh = new PasswordField("New password");
        fresh.setId("new-password");
        fresh.setHelperText("At least " + UserService.MIN_PASSWORD + " characters.");
        PasswordField repeat = new PasswordField("New password again");
        repeat.setId("repeat-password");
        Button save = new Button("Change password", e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                Notices.success("Password changed.");
            } catch (InvalidInputException ex) {
                PasswordField f = "currentPassword".equals(ex.getField()) ? current : fresh;
                f.setErrorMessage(ex.messageForField());
                f.setInvalid(true);
            }
        });
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("30em");
        add(new H2("My account"), new Paragraph("Logged in as " + CurrentUser.username().orElse("?") + "."), form, save);
    }
}
