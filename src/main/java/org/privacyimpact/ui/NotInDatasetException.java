package org.privacyimpact.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A view's address names a record the dataset does not have (an incident, a country): the not-found page says
 * which, in words a reader can act on, rather than only that the address leads nowhere.
 */
public class NotInDatasetException extends NotFoundException {

    public NotInDatasetException(String whatIsMissing) {
        super(whatIsMissing);
    }
}
