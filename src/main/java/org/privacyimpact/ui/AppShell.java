package org.privacyimpact.ui;

import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around every view: Lumo theme, our own styles, the site's icon, the feed of releases, and
 * metadata. A first visit loads
 * the components of the overview and the sign-in page (Vaadin's default eager routes); every other view's
 * arrive when it is opened. Naming the overview alone with {@code @LoadDependenciesOnStartup} would save the
 * sign-in form's few kilobytes but makes Vaadin rebuild the production bundle on every build, which needs
 * Node.js: the committed bundle keeps "one command" true on a machine with only a JDK.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/dashboard.css")
@Meta(name = "description", content = "How many people surveillance campaigns targeted, compared with the "
        + "platforms' user bases, with every figure sourced")
public class AppShell implements AppShellConfigurator {

    /** The Atom feed of dataset releases, relative to the page's base. */
    public static final String RELEASES_FEED = "releases.atom";

    /**
     * Browsers that draw SVG icons take the sharp one; the others, and anything that asks for /favicon.ico
     * without reading the page, get the .ico (its "sizes" keeps browsers that can do both from choosing it).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "32x32");
        settings.addLink("favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        // feed readers find the releases feed from any page (methodology links to it too)
        settings.addLink(RELEASES_FEED, Map.of("rel", "alternate", "type", "application/atom+xml",
                "title", "Privacy Impact Dashboard — dataset releases"));
    }
}
