package org.privacyimpact.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
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
}
