package org.factmark.security.ui;

import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.factmark.base.InvalidInputException;
import org.factmark.base.ui.Notices;
import org.factmark.security.AppUser;
import org.factmark.security.PasswordPolicy;
import org.factmark.security.Role;
import org.factmark.security.UserService;
import org.springframework.dao.OptimisticLockingFailureException;

/** Admins manage accounts: create, change roles, enable or disable. */
@Route("admin/users")
@PageTitle("Users | Factmark")
// without the role: the in-app "No access" page (403), also in production mode, not a disguised 404
@AccessDeniedErrorRouter
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout {
    private final UserService users;
    final Grid<AppUser> grid = new Grid<>();

    public UsersView(UserService users) {
        this.users = users;
        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("new-user-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername).setKey("username").setHeader("Username").setSortable(true);
        grid.addColumn(AppUser::getDisplayName).setKey("displayName").setHeader("Name").setSortable(true);
        grid.addColumn(u -> rolesText(u.getRoles())).setKey("roles").setHeader("Roles");
        grid.addColumn(u -> u.isEnabled() ? "yes" : "no").setKey("enabled").setHeader("Enabled").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(u -> {
            Button edit = new Button("Edit", e -> openEditDialog(u));
            edit.setId("edit-user-" + u.getUsername());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        refresh();
        add(new H2("Users"), create, grid);
        setSizeFull();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static CheckboxGroup<Role> rolesField(String id) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setId(id);
        roles.setItems(Role.values());
        return roles;
    }

    void openCreateDialog() {
        Dialog d = new Dialog();
        d.setId("new-user-dialog");
        d.setHeaderTitle("New user");
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setMaxLength(AppUser.MAX_USERNAME);
        username.setRequiredIndicatorVisible(true);
        TextField displayName = new TextField("Display name");
        displayName.setId("new-display-name");
        displayName.setMaxLength(AppUser.MAX_DISPLAY_NAME);
        PasswordField password = new PasswordField("Password");
        password.setId("new-password");
        password.setHelperText(PasswordPolicy.HINT);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        CheckboxGroup<Role> roles = rolesField("new-roles");
        roles.setValue(EnumSet.of(Role.ANNOTATOR));
        d.add(new FormLayout(username, displayName, password, roles));
        Button save = new Button("Create", e -> {
            for (HasValidation f : new HasValidation[] {username, password, roles}) f.setInvalid(false);
            try {
                AppUser u = users.adminCreate(username.getValue().strip(), password.getValue(), displayName.getValue(),
                        roles.getValue());
                d.close();
                refresh();
                Notices.success("Created " + u.getUsername() + ".");
            } catch (InvalidInputException ex) {
                HasValidation f = switch (ex.getField()) {
                    case "password" -> password;
                    case "roles" -> roles;
                    default -> username;
                };
                f.setErrorMessage(ex.messageForField());
                f.setInvalid(true);
            }
        });
        save.setId("new-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> d.close());
        d.getFooter().add(cancel, save);
        d.open();
    }

    void openEditDialog(AppUser user) {
        Dialog d = new Dialog();
        d.setId("edit-user-dialog");
        d.setHeaderTitle("Edit " + user.getUsername());
        TextField displayName = new TextField("Display name");
        displayName.setId("edit-display-name");
        displayName.setMaxLength(AppUser.MAX_DISPLAY_NAME);
        displayName.setValue(user.getDisplayName());
        CheckboxGroup<Role> roles = rolesField("edit-roles");
        roles.setValue(user.getRoles());
        Checkbox enabled = new Checkbox("Enabled (can log in)", user.isEnabled());
        enabled.setId("edit-enabled");
        PasswordField newPassword = new PasswordField("New password (leave empty to keep the current one)");
        newPassword.setId("edit-password");
        newPassword.setHelperText(PasswordPolicy.HINT);
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Span error = new Span();
        error.setId("edit-user-error");
        error.addClassName("field-error");
        d.add(new VerticalLayout(displayName, roles, enabled, newPassword, error));
        Button save = new Button("Save", e -> {
            try {
                if (!newPassword.getValue().isEmpty()) users.adminResetPassword(user.getId(), newPassword.getValue());
                users.updateAccount(user.getId(), displayName.getValue(), roles.getValue(), enabled.getValue());
                d.close();
                refresh();
                Notices.success("Saved " + user.getUsername() + ".");
            } catch (InvalidInputException ex) {
                error.setText(ex.getMessage());
                refresh();
            } catch (OptimisticLockingFailureException ex) {
                error.setText("Someone else changed this account meanwhile. Close and open it again.");
                refresh();
            }
        });
        save.setId("edit-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> d.close());
        d.getFooter().add(cancel, save);
        d.open();
    }
}
