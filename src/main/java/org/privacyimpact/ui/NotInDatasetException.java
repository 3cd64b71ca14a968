package org.privacyimpact.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A view's address names a record the dataset does not have (an incident, a country): the not-found page says
 * which, in words a reader can act on, and links to the list where the records it has are found.
 */
public class NotInDatasetException extends NotFoundException {

    private final String listName;
    private final String listRoute;

    /** "The dataset has no incident …", then a link named {@code listName} to the page at {@code listRoute}. */
    public NotInDatasetException(String whatIsMissing, String listName, String listRoute) {
        super(whatIsMissing);
        this.listName = listName;
        this.listRoute = listRoute;
    }

    public String listName() {
        return listName;
    }

    public String listRoute() {
        return listRoute;
    }
}
