package org.privacyimpact.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.security.UserQuery;
import org.privacyimpact.security.UserQuery.Role;
import org.privacyimpact.ui.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class AccountsViewTest extends SignedInBrowserlessTest {

    @Autowired
    UserQuery users;

    /** Opens the accounts page and asks for a curator account with this name and password. */
    private AccountsView create(String username, String password) {
        AccountsView view = open("admin/users", AccountsView.class);
        test(view.username).setValue(username);
        test(view.password).setValue(password);
        test(view.create).click();
        return view;
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminCreatesACuratorAccount() {
        AccountsView view = create("curator-ana", "correct horse battery");

        assertThat(users.find("curator-ana")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.CURATOR);
            assertThat(account.passwordHash()).startsWith("{bcrypt}");
        });
        assertThat(test(view.grid).size()).isEqualTo(2);
    }

    /** A refused change is undone on the form, and why stays beside it rather than in a passing notification. */
    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theOnlyAdminCannotBeDisabledAndTheFormSaysSoAndShowsTheAccountAsItIs() {
        AccountsView view = open("admin/users", AccountsView.class);
        test(view.grid).select(0);
        assertThat(view.editEnabled.getValue()).isTrue();

        test(view.editEnabled).click();
        test(view.saveAccount).click();

        assertThat(view.editEnabled.getValue()).as("the account still signs in").isTrue();
        assertThat(view.editRole.isInvalid()).isTrue();
        assertThat(view.editRole.getErrorMessage()).contains("only enabled admin");
        assertThat(users.find("admin")).hasValueSatisfying(account -> assertThat(account.enabled()).isTrue());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aShortPasswordIsRefusedOnItsField() {
        AccountsView view = create("curator-ana", "short");

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("At least 12 characters");
        assertThat(users.find("curator-ana")).isEmpty();
    }
}
