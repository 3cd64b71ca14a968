package org.privacyimpact.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's default error page, which in development mode prints the stack trace. Visitors
 * get a reference to quote; the details go to the server log under the same reference.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong")
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailableException.explains(parameter.getCaughtException())) {
            // a connection lost in the middle of a query: the same page as when none could be had
            event.rerouteToError(new DatabaseUnavailableException(parameter.getCaughtException()), null);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while showing {}", reference, event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        removeAll();
        addClassName("error-view");
        add(new H2("Something went wrong"),
                new Paragraph("The page could not be shown. Nothing you entered was lost. If this keeps happening, "
                        + "tell us the reference " + reference + "."),
                new Anchor(Routes.OVERVIEW, "Back to the dashboard"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
