package org.privacyimpact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.audit.AuditAction;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditLog;
import org.privacyimpact.audit.RecordType;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.security.UserQuery.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Account management is for admins, whoever calls it and from wherever. */
@IntegrationTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserQuery users;

    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminCreatesACuratorWhoseHashIsBcrypt() {
        accounts.create("new-curator", "a long enough password", Role.CURATOR);

        assertThat(users.find("new-curator")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.CURATOR);
            assertThat(account.passwordHash()).startsWith("{bcrypt}$2");
        });
        assertThat(accounts.accounts(0, 50)).extracting(AccountService.AccountSummary::username)
                .contains("new-curator");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void badInputNamesTheField() {
        assertThatThrownBy(() -> accounts.create("a b", "a long enough password", Role.CURATOR))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.create("someone", "short", Role.CURATOR))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.create("someone", "a long enough password", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("role"));
        accounts.create("someone", "a long enough password", Role.CURATOR);
        assertThatThrownBy(() -> accounts.create("someone", "a long enough password", Role.ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("taken"));
    }

    @Test
    @WithMockUser(roles = "CURATOR")
    void aCuratorCannotManageAccountsEvenCallingTheServiceDirectly() {
        assertThatThrownBy(() -> accounts.create("sneaky", "a long enough password", Role.ADMIN))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.accounts(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(users.find("sneaky")).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorCannotEither() {
        assertThatThrownBy(() -> accounts.create("sneaky", "a long enough password", Role.ADMIN))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void roleChangesAreAuditedAndTheLastAdminCannotBeLockedOut() {
        accounts.create("ana", "a long enough password", Role.CURATOR);
        accounts.update("ana", Role.ADMIN, true);

        assertThat(audit.history(RecordType.ACCOUNT, "ana")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(audit.history(RecordType.ACCOUNT, "ana").getFirst().changes())
                .containsExactly(new AuditEntry.FieldChange("role", "curator", "admin"));
        assertThat(audit.history(RecordType.ACCOUNT, "ana")).allMatch(entry -> entry.actor().equals("admin")
                && entry.changes().stream().noneMatch(change -> change.field().contains("password")));

        accounts.update("ana", Role.ADMIN, false);
        assertThatThrownBy(() -> accounts.update("admin", Role.CURATOR, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("role"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminReplacesAPasswordAndTheTrailSaysSoWithoutTheHash() {
        accounts.create("ana", "a long enough password", Role.CURATOR);
        String before = users.find("ana").orElseThrow().passwordHash();

        accounts.setPassword("ana", "another long password");

        assertThat(users.find("ana").orElseThrow().passwordHash()).isNotEqualTo(before).startsWith("{bcrypt}");
        assertThat(audit.history(RecordType.ACCOUNT, "ana").getFirst().changes())
                .containsExactly(new AuditEntry.FieldChange("password", "(set)", "(changed)"));
        assertThatThrownBy(() -> accounts.setPassword("ana", "short"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("password"));
    }
}
