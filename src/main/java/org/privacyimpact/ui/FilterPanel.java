package org.privacyimpact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;

/**
 * A view's filters under a line that says what they are set to. Open on a desk; on a phone, where the filters
 * would push the chart a screen or two down, closed until the reader opens it.
 */
public class FilterPanel extends Details {

    /** Below this window width (px) the filters start closed. */
    static final int PHONE = 600;

    private final Span summary = new Span();

    public FilterPanel(Component filters) {
        summary.addClassName("filter-summary");
        setSummary(summary);
        add(filters);
        addClassName("filter-panel");
        setOpened(true);
        addAttachListener(event -> event.getUI().getPage().retrieveExtendedClientDetails(
                details -> setOpened(details.getWindowInnerWidth() >= PHONE)));
    }

    /** "Filters: Notified by the platform · platform users · all incidents" */
    public void setFilterSummary(String text) {
        summary.setText("Filters: " + text);
    }
}
