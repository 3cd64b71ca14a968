package org.privacyimpact.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;

/**
 * Header, navigation drawer and footer around every view. The view sits in the page's main landmark, which the
 * skip link, the first thing a keyboard reaches, moves focus to.
 *
 * <p>The drawer lists the views that carry {@code @Menu} and that the reader may open, read from Vaadin's route
 * registry rather than named here by class: a class named in the layout would put that view's scripts into
 * every page's first load (see {@link Routes}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** {@code @Menu} order of the first public view; public views come before {@link #CURATION}. */
    public static final double VIEWS = 0;
    /** {@code @Menu} order from which a view is listed under the curators' heading. */
    public static final double CURATION = 100;

    static final String MAIN_CONTENT_ID = "main-content";
    /** The header's title, and the heading of the drawer's public views (the overview's first screen copies both). */
    public static final String TITLE = "Privacy Impact Dashboard";
    public static final String VIEWS_HEADING = "Views";

    private final Main mainContent = new Main();

    public MainLayout(DatasetQuery dataset, AuthenticationContext authentication) {
        mainContent.setId(MAIN_CONTENT_ID);
        mainContent.addClassName("main-content");
        // focusable by the skip link, not by Tab
        mainContent.getElement().setAttribute("tabindex", "-1");
        setContent(mainContent);

        H1 title = new H1(TITLE);
        title.addClassName("app-title");
        // the navbar comes first in the app layout, so its first child is the page's first focusable element
        addToNavbar(skipLinkTo(mainContent), new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        navigation.setLabel(VIEWS_HEADING);
        SideNav curation = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            (entry.order() < CURATION ? navigation : curation).addItem(new SideNavItem(entry.title(), entry.path()));
        }
        if (authentication.isAuthenticated()) {
            curation.setLabel("Signed in as " + authentication.getPrincipalName().orElse(""));
        } else {
            curation.setLabel("Curators");
            curation.addItem(new SideNavItem("Sign in", Routes.LOGIN));
        }

        DatasetRelease release = dataset.currentRelease();
        Span version = new Span("Dataset " + release.version() + " ("
                + DayInWords.of(release.releasedOn()) + ")");
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

    /** Views go inside the main landmark rather than straight into the app layout. */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        mainContent.getElement().removeAllChildren();
        mainContent.getElement().appendChild(view.getElement());
        // what AppLayout does after a navigation: on a phone the drawer covers the view, so close it
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /**
     * A link, announced as one, that moves focus to the content. The browser must not follow its address: the
     * page's base address would turn "#main-content" into another page.
     */
    private static Anchor skipLinkTo(Main content) {
        Anchor skipLink = new Anchor("#" + MAIN_CONTENT_ID, "Skip to main content");
        skipLink.addClassName("skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().addEventListener("click", click -> content.getElement().callJsFunction("focus"))
                .preventDefault();
        return skipLink;
    }
}
