package org.factmark.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: login look-up, creation, and the user records other features attach work to. */
@Service
public class UserService implements UserDetailsService {
    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final boolean demo;

    UserService(UserRepository users, PasswordEncoder encoder,
                @org.springframework.beans.factory.annotation.Value("${factmark.demo:false}") boolean demo) {
        this.users = users;
        this.encoder = encoder;
        this.demo = demo;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(u.getUsername())
                .password(u.getPasswordHash())
                .disabled(!u.isEnabled())
                .roles(u.getRoles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }

    /** The user record of a username; other features use it to attach authorship. */
    @Transactional(readOnly = true)
    public AppUser require(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean noUsers() {
        return users.count() == 0;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> list() {
        return users.findAll().stream().sorted((a, b) -> a.getUsername().compareTo(b.getUsername())).toList();
    }

    /**
     * Creates an account; the password must pass {@link PasswordPolicy}. Called by admins in the UI and by the
     * bootstrap admin at start-up.
     */
    @Transactional
    public AppUser create(String username, String password, String displayName, Set<Role> roles) {
        checkUsername(username);
        PasswordPolicy.check("password", password, username, displayName);
        return insert(username, () -> encoder.encode(password), displayName, roles);
    }

    /** The demo accounts' one password and its hash: hashed once per run, not once per account (decision 083). */
    private volatile String[] demoPasswordHash;

    /**
     * Demo mode only: creates an account whose password skips {@link PasswordPolicy} (the demo accounts' password
     * is "demo", the documented exception). Refused when demo mode is off.
     */
    @Transactional
    public AppUser createDemoAccount(String username, String password, String displayName, Set<Role> roles) {
        if (!demo) throw new IllegalStateException("Demo accounts exist only in demo mode (factmark.demo=true).");
        checkUsername(username);
        if (password == null || password.isEmpty()) throw new InvalidInputException("password", "The password is empty.");
        return insert(username, () -> demoHash(password), displayName, roles);
    }

    private String demoHash(String password) {
        String[] known = demoPasswordHash;
        if (known != null && known[0].equals(password)) return known[1];
        String hash = encoder.encode(password);
        demoPasswordHash = new String[] {password, hash};
        return hash;
    }

    private static void checkUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2," + AppUser.MAX_USERNAME + "}")) {
            throw new InvalidInputException("username", "A username has 2 to " + AppUser.MAX_USERNAME
                    + " letters, digits, dots, dashes or underscores.");
        }
    }

    private AppUser insert(String username, java.util.function.Supplier<String> passwordHash, String displayName,
                           Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "Give the user at least one role.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "The username " + username + " is taken.");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return users.save(new AppUser(username, passwordHash.get(), name, roles));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser adminCreate(String username, String password, String displayName, Set<Role> roles) {
        return create(username, password, displayName, roles);
    }

    /** Replaces a user's roles. An admin cannot take the ADMIN role from themselves (nobody would be left to fix it). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser setRoles(long userId, Set<Role> roles) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "Give the user at least one role.");
        }
        if (isSelf(u) && u.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot remove your own ADMIN role; ask another admin.");
        }
        u.setRoles(roles);
        return u;
    }

    /** Enables or disables an account (a disabled account cannot log in). An admin cannot disable themselves. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser setEnabled(long userId, boolean enabled) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (isSelf(u) && !enabled) {
            throw new InvalidInputException("enabled", "You cannot disable your own account.");
        }
        u.setEnabled(enabled);
        return u;
    }

    /** Changes the display name of an account. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser setDisplayName(long userId, String displayName) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) throw new InvalidInputException("displayName", "The display name is empty.");
        if (name.length() > AppUser.MAX_DISPLAY_NAME) {
            throw new InvalidInputException("displayName", "At most " + AppUser.MAX_DISPLAY_NAME + " characters.");
        }
        u.setDisplayName(name);
        return u;
    }

    /** Display name, roles and enabled in one transaction: all or nothing (the checks of the single setters apply). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser updateAccount(long userId, String displayName, Set<Role> roles, boolean enabled) {
        setDisplayName(userId, displayName);
        setRoles(userId, roles);
        return setEnabled(userId, enabled);
    }

    /** The logged-in user changes their own password, proving they know the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser u = users.findByUsername(CurrentUser.require())
                .orElseThrow(() -> new NotFoundException("User", CurrentUser.require()));
        if (currentPassword == null || !encoder.matches(currentPassword, u.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is wrong.");
        }
        PasswordPolicy.check("newPassword", newPassword, u.getUsername(), u.getDisplayName());
        u.setPasswordHash(encoder.encode(newPassword));
    }

    /** An admin sets a new password for an account (for example after it was forgotten); the policy applies. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void adminResetPassword(long userId, String newPassword) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        PasswordPolicy.check("password", newPassword, u.getUsername(), u.getDisplayName());
        u.setPasswordHash(encoder.encode(newPassword));
    }

    private static boolean isSelf(AppUser u) {
        return CurrentUser.username().map(u.getUsername()::equals).orElse(false);
    }
}
