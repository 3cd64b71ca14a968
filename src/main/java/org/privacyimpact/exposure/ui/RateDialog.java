package org.privacyimpact.exposure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.privacyimpact.exposure.CompetingFigure;
import org.privacyimpact.exposure.ExposureSummary;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.UserBase;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.SourceDialog;

/**
 * What a clicked bar stands for: its sentence, how exact its rate is, and the source of each of its two numbers
 * with the verbatim quote, the other sources' values, and links to its country and incident.
 */
public class RateDialog extends Dialog {

    public RateDialog(TargetedPerMillion row) {
        setHeaderTitle(row.area().name() + " · " + row.incidentShortName());
        addClassName("rate-dialog");
        setMaxWidth("44rem");
        Div body = new Div(new Paragraph(ExposureSummary.sentence(row)));
        if (row.rateBound() != null) {
            Paragraph bound = new Paragraph("How exact: " + row.rateBound().label() + ". "
                    + row.rateBound().explanation());
            bound.addClassName("cell-note");
            body.add(bound);
        }
        body.add(new H4("People targeted"), SourceDialog.sourceOf(row.describeTargeted(), row.figureSource(),
                row.figureVerified(), row.figureNotes()));
        UserBase base = row.userBase();
        if (base != null) {
            body.add(new H4("Divided by: " + ExposureSummary.denominatorWords(base)),
                    SourceDialog.sourceOf(base.qualifier().describe(base.users()) + " (" + base.asOf() + ")",
                            base.source(), base.verified(), base.notes()));
        }
        for (CompetingFigure other : row.competingFigures()) {
            body.add(new H4("Another source says"),
                    SourceDialog.sourceOf(other.describe(), other.source(), other.verified(), other.notes()));
        }
        Paragraph links = new Paragraph(new Anchor(Routes.incident(row.incidentId()), "The incident"));
        if (!row.area().isWorldwide()) {
            links.add(new Span(" · "), new Anchor(Routes.country(row.area().countryIso2()), row.area().name() + "'s page"));
        }
        body.add(links);
        add(body);
        Button close = new Button("Close", event -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
        // a link leaves the page the dialog belongs to
        links.getChildren().filter(Anchor.class::isInstance)
                .forEach(link -> link.getElement().addEventListener("click", event -> close()));
    }
}
