package org.privacyimpact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A plain "not found" page; Vaadin's default lists every route in development mode. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("error-view");
        // only our own words reach the reader: Vaadin's messages name its routes and classes
        add(new H2("Page not found"));
        if (parameter.getException() instanceof NotInDatasetException missing) {
            Anchor list = new Anchor(missing.listRoute(), missing.listName());
            list.addClassName("not-found-list");
            add(new Paragraph(missing.getMessage()), new Paragraph(list));
        } else {
            add(new Paragraph("There is no page at this address."));
        }
        add(new Anchor(Routes.OVERVIEW, "Back to the dashboard"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
