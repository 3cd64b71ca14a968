package org.privacyimpact.ui;

import com.vaadin.browserless.SpringBrowserlessTest;

/** Browserless tests of the dashboard's views: open an address as a browser would and get its view. */
public abstract class DashboardBrowserlessTest extends SpringBrowserlessTest {

    /** Navigates to the address (query string included), lets the UI respond, and returns the view shown. */
    protected <T> T open(String location, Class<T> view) {
        BrowserlessNavigation.open(location);
        roundTrip();
        return view.cast(getCurrentView());
    }
}
