package org.privacyimpact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.privacyimpact.dataset.SourceCitation;

/** Where a number comes from: the document, a link to it, and the sentence that states the number. */
public class SourceDialog extends Dialog {


    public SourceDialog(String what, String stated, SourceCitation source, boolean verified, String notes) {
        setHeaderTitle("Source: " + what);
        addClassName("source-dialog");
        setMaxWidth("44rem");
        add(sourceOf(stated, source, verified, notes));
        Button close = new Button("Close", event -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
    }

    /** A number as stated, its document, a link to it, its verbatim quote and our note: one source's block. */
    public static Div sourceOf(String stated, SourceCitation source, boolean verified, String notes) {
        Div body = new Div();
        body.addClassName("source-block");
        body.add(new Paragraph(new Span("Figure: "), strong(stated), verifiedBadge(verified)));
        Paragraph document = new Paragraph(new Span(source.title()));
        if (source.publisher() != null) {
            document.add(new Span(" — " + source.publisher()));
        }
        if (source.publishedOn() != null) {
            document.add(new Span(", published " + DayInWords.of(source.publishedOn())));
        }
        body.add(document);

        Anchor link = new Anchor(source.url(), source.url(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("source-url");
        body.add(new Paragraph(link));

        Div quote = new Div(new Span("“" + source.quote() + "”"));
        quote.addClassName("source-quote");
        quote.getElement().setAttribute("role", "blockquote");
        body.add(quote);
        if (notes != null && !notes.isBlank()) {
            body.add(new Paragraph("Note: " + notes));
        }
        return body;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("figure-value");
        return span;
    }

    /** What the mark of an unverified figure says when pointed at. */
    public static final String UNVERIFIED_MEANS = "The source is weak or disputed; treat this number with caution";

    /** Unverified figures are loaded and shown, but never without this mark. */
    public static Span verifiedBadge(boolean verified) {
        Span badge = new Span(verified ? "verified" : "unverified");
        badge.addClassName(verified ? "verified" : "unverified");
        badge.getElement().setAttribute("title", verified
                ? "The number appears word for word in the quoted source" : UNVERIFIED_MEANS);
        badge.addClassName("verified-badge");
        return badge;
    }
}
