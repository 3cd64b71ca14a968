package org.privacyimpact.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.privacyimpact.common.address.AddressReader;

/**
 * Says, above a view, which parts of its address could not be used and why, so that a mistyped or outdated link
 * shows the defaults with an explanation rather than an error page or a silently different chart.
 */
public class IgnoredParameters extends Div {

    public IgnoredParameters() {
        addClassName("ignored-parameters");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void show(List<String> ignored) {
        removeAll();
        setVisible(!ignored.isEmpty());
        if (!ignored.isEmpty()) {
            add(new Span(AddressReader.ignoredInWords(ignored)));
        }
    }
}
