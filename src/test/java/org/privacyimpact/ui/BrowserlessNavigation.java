package org.privacyimpact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Opening an address in a browserless test as a reader's browser would, query string included. */
public final class BrowserlessNavigation {

    private BrowserlessNavigation() {
    }

    public static void open(String location) {
        int query = location.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? location : location.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
    }

    /** The address the view shows now, e.g. "incidents?kind=alleged". */
    public static String currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
