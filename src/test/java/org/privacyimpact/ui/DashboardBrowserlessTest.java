package org.privacyimpact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless tests of the dashboard's views: open an address as a browser would and get its view. */
public abstract class DashboardBrowserlessTest extends SpringBrowserlessTest {

    /** The database the views read, for counting what a view should show from the tables themselves. */
    @Autowired
    protected DSLContext db;

    /** Navigates to the address (query string included), lets the UI respond, and returns the view shown. */
    protected <T> T open(String location, Class<T> view) {
        BrowserlessNavigation.open(location);
        roundTrip();
        return view.cast(getCurrentView());
    }

    /**
     * Checks the link to a brief (a PDF of the data API) in the part of a view: the browser fetches it itself, so
     * it needs no session and can be shared.
     */
    protected void assertBriefOffered(Component within, String anchorClass, String address, String text) {
        Anchor brief = find(Anchor.class, within).all().stream()
                .filter(anchor -> anchor.hasClassName(anchorClass)).findFirst().orElseThrow();
        assertThat(brief.getHref()).isEqualTo(address);
        assertThat(brief.getElement().getTextRecursively()).isEqualTo(text);
        assertThat(brief.isRouterIgnore()).isTrue();
    }
}
