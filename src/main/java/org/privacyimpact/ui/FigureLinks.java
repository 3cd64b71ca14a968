package org.privacyimpact.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

/** A number that opens its source in one click, and "n/a" that says why in words, on hover and to screen readers. */
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

    /**
     * "n/a" with its reason in a few words under it, so that a phone, which has no hover, shows it too; the full
     * explanation on hover and for screen readers.
     */
    public static Component notAvailable(String text, String shortReason, String explanation) {
        Span value = new Span(text);
        Span reason = new Span(shortReason);
        reason.addClassName("cell-note");
        Span cell = new Span(value, reason);
        cell.addClassName("no-rate");
        cell.getElement().setAttribute("title", explanation);
        cell.getElement().setAttribute("aria-label", text + ": " + explanation);
        return cell;
    }
}
