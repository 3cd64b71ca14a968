package org.privacyimpact.security;

import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry.FieldChange;
import org.privacyimpact.audit.AuditWriter;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.validation.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage accounts. Protected here as well as in the view: a call from anywhere without the admin role
 * is refused, so a forgotten button cannot become a privilege escalation. (Services use @PreAuthorize; the
 * views' @RolesAllowed is read by Vaadin's navigation access control only — JSR-250 method security would
 * wrap views in proxies that Vaadin cannot use.) Every change is in the audit trail; a password never is.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserQuery users;
    private final PasswordEncoder encoder;
    private final AuditWriter audit;
    private final CurrentAccount account;

    /** Account names, roles and whether they are enabled; never the password hash. */
    public record AccountSummary(String username, UserQuery.Role role, boolean enabled) {
    }

    public List<AccountSummary> accounts(int offset, int limit) {
        return users.all(offset, limit).stream()
                .map(account -> new AccountSummary(account.username(), account.role(), account.enabled())).toList();
    }

    public int countAccounts() {
        return users.count();
    }

    @Transactional
    public void create(String username, String password, UserQuery.Role role) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw ValidationException.of("username",
                    "3 to 100 letters, digits or . _ @ - (no spaces)");
        }
        if (users.find(name).isPresent()) {
            throw ValidationException.of("username", "This user name is taken");
        }
        requireStrong(password);
        if (role == null) {
            throw ValidationException.of("role", "Choose curator or admin");
        }
        users.create(name, encoder.encode(password), role);
        audit.write(account.name(), AuditAction.CREATE, RecordType.ACCOUNT, name, null,
                List.of(new FieldChange("role", null, role.code()), new FieldChange("enabled", null, "true")));
    }

    /**
     * Sets a new password, e.g. to replace the first admin's one-time password or for a curator who lost theirs.
     * The audit entry says that it changed, never what it is.
     */
    @Transactional
    public void setPassword(String username, String password) {
        if (users.find(username).isEmpty()) {
            throw ValidationException.of("username", "No account \"" + username + "\"");
        }
        requireStrong(password);
        users.setPasswordHash(username, encoder.encode(password));
        audit.write(account.name(), AuditAction.UPDATE, RecordType.ACCOUNT, username, null,
                List.of(new FieldChange("password", "(set)", "(changed)")));
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("password", "At least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!SignInLimits.passwordFits(password)) {
            throw ValidationException.of("password", "At most " + SignInLimits.MAX_PASSWORD_BYTES
                    + " bytes (72 plain letters, fewer accented ones): longer passwords cannot be checked");
        }
    }

    /** Changes an account's role or disables it; an admin cannot lock out the last enabled admin. */
    @Transactional
    public void update(String username, UserQuery.Role role, boolean enabled) {
        var existing = users.find(username)
                .orElseThrow(() -> ValidationException.of("username", "No account \"" + username + "\""));
        if (role == null) {
            throw ValidationException.of("role", "Choose curator or admin");
        }
        boolean staysAdmin = role == UserQuery.Role.ADMIN && enabled;
        if (existing.role() == UserQuery.Role.ADMIN && existing.enabled() && !staysAdmin
                && users.otherEnabledAdmins(username) == 0) {
            throw ValidationException.of("role", "This is the only enabled admin: make another admin first");
        }
        List<FieldChange> changes = new ArrayList<>();
        if (existing.role() != role) {
            changes.add(new FieldChange("role", existing.role().code(), role.code()));
        }
        if (existing.enabled() != enabled) {
            changes.add(new FieldChange("enabled", String.valueOf(existing.enabled()), String.valueOf(enabled)));
        }
        if (changes.isEmpty()) {
            return;
        }
        users.update(username, role, enabled);
        audit.write(account.name(), AuditAction.UPDATE, RecordType.ACCOUNT, username, null, changes);
    }
}
