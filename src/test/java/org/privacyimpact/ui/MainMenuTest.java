package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.privacyimpact.IntegrationTest;
import org.privacyimpact.methodology.ui.MethodologyView;
import org.springframework.security.test.context.support.WithMockUser;

/** The drawer lists the views from their @Menu, each reader only those they may open. */
@IntegrationTest
class MainMenuTest extends SignedInBrowserlessTest {

    @Test
    void aVisitorSeesThePublicViewsAndTheWayToSignIn() {
        open(Routes.METHODOLOGY, MethodologyView.class);

        assertThat(menu("Views")).containsExactly("Overview=", "Compare countries=compare", "Incidents=incidents",
                "Sources & methodology=methodology");
        assertThat(menu("Curators")).containsExactly("Sign in=login");
    }

    @Test
    @WithMockUser(username = "curator-ana", roles = "CURATOR")
    void aCuratorSeesCurationButNotTheAdminsViews() {
        open(Routes.METHODOLOGY, MethodologyView.class);

        assertThat(menu("Views")).hasSize(4);
        assertThat(menu("Signed in as curator-ana")).containsExactly("Curate the dataset=curate",
                "Import a CSV file=curate/import");
    }

    @Test
    @WithMockUser(username = "admin-bo", roles = "ADMIN")
    void anAdminSeesEveryCurationView() {
        open(Routes.METHODOLOGY, MethodologyView.class);

        assertThat(menu("Signed in as admin-bo")).containsExactly("Curate the dataset=curate",
                "Import a CSV file=curate/import", "Publish a version=admin/releases", "Audit log=admin/audit",
                "Accounts=admin/users");
    }

    /** Each item as "label=path", paths without the leading slash. */
    private List<String> menu(String label) {
        SideNav nav = find(SideNav.class).all().stream().filter(candidate -> label.equals(candidate.getLabel()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu labelled " + label));
        return nav.getItems().stream().map(SideNavItem.class::cast)
                .map(item -> item.getLabel() + "=" + item.getPath().replaceFirst("^/", "")).toList();
    }
}
