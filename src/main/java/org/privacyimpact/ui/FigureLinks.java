package org.privacyimpact.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

/** A number that opens its source in one click, and "n/a" that says why on hover and to screen readers. */
public final class FigureLinks {

    private FigureLinks() {
    }

    /**
     * @param what    what the number is, for the dialog title and the accessible name ("people targeted, India")
     * @param dialog  builds the source dialog when the reader asks for it
     */
    public static Component sourceButton(String text, String what, Supplier<SourceDialog> dialog, boolean verified) {
        Button button = new Button(text, event -> dialog.get().open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("figure-link");
        button.getElement().setAttribute("aria-label", text + ": show the source of " + what);
        if (verified) {
            return button;
        }
        return new Span(button, SourceDialog.verifiedBadge(false));
    }

    public static Component notAvailable(String text, String reason) {
        Span span = new Span(text);
        span.addClassName("no-rate");
        span.getElement().setAttribute("title", reason);
        span.getElement().setAttribute("aria-label", text + ": " + reason);
        return span;
    }
}
