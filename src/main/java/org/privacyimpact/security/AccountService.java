package org.privacyimpact.security;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Admins manage accounts. Protected here as well as in the view: a call from anywhere without the admin role
 * is refused, so a forgotten button cannot become a privilege escalation. (Services use @PreAuthorize; the
 * views' @RolesAllowed is read by Vaadin's navigation access control only — JSR-250 method security would
 * wrap views in proxies that Vaadin cannot use.)
 */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserQuery users;
    private final PasswordEncoder encoder;

    AccountService(UserQuery users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Account names, roles and whether they are enabled; never the password hash. */
    public record AccountSummary(String username, UserQuery.Role role, boolean enabled) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> accounts(int offset, int limit) {
        return users.all(offset, limit).stream()
                .map(account -> new AccountSummary(account.username(), account.role(), account.enabled())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int countAccounts() {
        return users.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void create(String username, String password, UserQuery.Role role) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new InvalidInputException("username",
                    "3 to 100 letters, digits or . _ @ - (no spaces)");
        }
        if (users.find(name).isPresent()) {
            throw new InvalidInputException("username", "This user name is taken");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "At least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (role == null) {
            throw new InvalidInputException("role", "Choose curator or admin");
        }
        users.create(name, encoder.encode(password), role);
    }
}
