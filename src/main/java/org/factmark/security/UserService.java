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
    public static final int MIN_PASSWORD = 4;

    private final UserRepository users;
    private final PasswordEncoder encoder;

    UserService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
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

    /** Creates an account. Called by admins in the UI, and by start-up code (demo users, bootstrap admin). */
    @Transactional
    public AppUser create(String username, String password, String displayName, Set<Role> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2," + AppUser.MAX_USERNAME + "}")) {
            throw new InvalidInputException("username", "A username has 2 to " + AppUser.MAX_USERNAME
                    + " letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "Give the user at least one role.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "The username " + username + " is taken.");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return users.save(new AppUser(username, encoder.encode(password), name, roles));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser adminCreate(String username, String password, String displayName, Set<Role> roles) {
        return create(username, password, displayName, roles);
    }
}
