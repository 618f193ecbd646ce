package org.factmark.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factmark.security.ApiToken;
import org.factmark.security.ApiTokenService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factmark.base.InvalidInputException;
import org.factmark.base.ui.Notices;
import org.factmark.security.CurrentUser;
import org.factmark.security.PasswordPolicy;
import org.factmark.security.UserService;

/** Every user: change one's own password, manage personal API tokens. Reached from the user box in the top bar. */
@Route("account")
@PageTitle("My account | Factmark")
@PermitAll
public class AccountView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ApiTokenService tokens;
    final Grid<ApiTokenService.TokenInfo> tokenGrid = new Grid<>();

    public AccountView(UserService users, ApiTokenService tokens) {
        this.tokens = tokens;
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField fresh = new PasswordField("New password");
        fresh.setId("new-password");
        fresh.setHelperText(PasswordPolicy.HINT);
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
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
        addTokens();
    }

    /** Personal API tokens: create (shown once), list with last use, revoke. */
    private void addTokens() {
        TextField name = new TextField("Token name");
        name.setId("token-name");
        name.setPlaceholder("e.g. nightly export");
        name.setMaxLength(ApiToken.MAX_NAME);
        DatePicker expires = new DatePicker("Expires (optional)");
        expires.setId("token-expires");
        expires.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        TextField shown = new TextField("Your new token — copy it now, it is not shown again");
        shown.setId("token-value");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        Button create = new Button("Create token", e -> {
            name.setInvalid(false);
            expires.setInvalid(false);
            try {
                Instant until = expires.getValue() == null ? null : expires.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
                ApiTokenService.CreatedToken t = tokens.create(name.getValue(), until);
                shown.setValue(t.token());
                shown.setVisible(true);
                name.clear();
                expires.clear();
                refreshTokens();
            } catch (InvalidInputException ex) {
                if ("expiresAt".equals(ex.getField())) {
                    expires.setErrorMessage(ex.getMessage());
                    expires.setInvalid(true);
                } else {
                    name.setErrorMessage(ex.getMessage());
                    name.setInvalid(true);
                }
            }
        });
        create.setId("create-token");
        tokenGrid.setId("token-grid");
        tokenGrid.addColumn(ApiTokenService.TokenInfo::name).setKey("name").setHeader("Name");
        tokenGrid.addColumn(t -> TIME.format(t.createdAt())).setKey("created").setHeader("Created (UTC)");
        tokenGrid.addColumn(t -> t.lastUsedAt() == null ? "never" : TIME.format(t.lastUsedAt())).setKey("lastUsed").setHeader("Last used");
        tokenGrid.addColumn(t -> t.expiresAt() == null ? "never" : TIME.format(t.expiresAt())).setKey("expires").setHeader("Expires");
        tokenGrid.addColumn(t -> t.revoked() ? "revoked" : t.active(Instant.now()) ? "active" : "expired").setKey("status").setHeader("Status");
        tokenGrid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> {
                tokens.revoke(t.id());
                refreshTokens();
                Notices.success("Revoked " + t.name() + ".");
            });
            revoke.setId("revoke-token-" + t.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setVisible(!t.revoked());
            return revoke;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        tokenGrid.setAllRowsVisible(true);
        refreshTokens();
        FormLayout form = new FormLayout(name, expires);
        form.setMaxWidth("30em");
        add(new H3("API tokens"),
                new Paragraph("For scripts: send a token as \"Authorization: Bearer <token>\" to /api/... instead of your password."),
                form, create, shown, tokenGrid);
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.mine());
    }
}
