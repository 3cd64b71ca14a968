package org.privacyimpact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown while the database cannot be reached. It needs no database itself, hence no layout: the layout's
 * footer reads the dataset's version from the database. The embedded server is started again within seconds,
 * so the page offers to try again rather than a reference to quote.
 */
@PageTitle("Data unavailable")
@AnonymousAllowed
public class DatabaseUnavailableView extends Div implements HasErrorParameter<DatabaseUnavailableException> {

    static final String MESSAGE = "The data is unavailable for a moment; try again shortly.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DatabaseUnavailableException> parameter) {
        String address = event.getLocation().getPathWithQueryParameters();
        log.warn("The database could not be reached while showing /{}: {}", address,
                parameter.getException().getMessage());
        removeAll();
        addClassName("error-view");
        Anchor tryAgain = new Anchor(address.isEmpty() ? "." : address, "Try again");
        // a whole new page load, layout and all, rather than a navigation inside this page
        tryAgain.getElement().setAttribute("router-ignore", true);
        add(new H2("Data unavailable"), new Paragraph(MESSAGE), tryAgain);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
