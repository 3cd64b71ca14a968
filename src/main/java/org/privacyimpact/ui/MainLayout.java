package org.privacyimpact.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.privacyimpact.curation.ui.AuditLogView;
import org.privacyimpact.curation.ui.CurateView;
import org.privacyimpact.curation.ui.ImportView;
import org.privacyimpact.curation.ui.ReleasesView;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.ui.MethodologyView;
import org.privacyimpact.exposure.ui.CompareView;
import org.privacyimpact.incident.ui.IncidentsView;
import org.privacyimpact.overview.ui.OverviewView;
import org.privacyimpact.security.ui.AccountsView;
import org.privacyimpact.security.ui.LoginView;

/** Header, navigation drawer and footer around every view; new views add one SideNavItem here. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(DatasetQuery dataset, AuthenticationContext authentication) {
        H1 title = new H1("Privacy Impact Dashboard");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        navigation.setLabel("Views");
        navigation.addItem(new SideNavItem("Overview", OverviewView.class));
        navigation.addItem(new SideNavItem("Compare countries", CompareView.class));
        navigation.addItem(new SideNavItem("Incidents", IncidentsView.class));
        navigation.addItem(new SideNavItem("Sources & methodology", MethodologyView.class));
        SideNav curation = new SideNav();
        if (authentication.isAuthenticated()) {
            String name = authentication.getPrincipalName().orElse("");
            curation.setLabel("Signed in as " + name);
            curation.addItem(new SideNavItem("Curate the dataset", CurateView.class));
            curation.addItem(new SideNavItem("Import a CSV file", ImportView.class));
            if (authentication.hasRole("ADMIN")) {
                curation.addItem(new SideNavItem("Publish a version", ReleasesView.class));
                curation.addItem(new SideNavItem("Audit log", AuditLogView.class));
                curation.addItem(new SideNavItem("Accounts", AccountsView.class));
            }
        } else {
            curation.setLabel("Curators");
            curation.addItem(new SideNavItem("Sign in", LoginView.class));
        }

        DatasetRelease release = dataset.currentRelease();
        Span version = new Span("Dataset " + release.version() + " ("
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(release.releasedOn()) + ")");
        version.addClassName("dataset-version");
        Footer footer = new Footer(new Span("Every figure links to its source and a verbatim quote. "
                + "Counts of different kinds are never added together."), version);
        footer.addClassName("app-footer");
        VerticalLayout menus = new VerticalLayout(navigation, curation);
        menus.setPadding(false);
        if (authentication.isAuthenticated()) {
            Button signOut = new Button("Sign out", event -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.addClassName("sign-out");
            menus.add(signOut);
        }
        addToDrawer(new Scroller(menus), footer);
        setPrimarySection(Section.DRAWER);
    }
}
