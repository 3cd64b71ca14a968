package org.privacyimpact.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.privacyimpact.dataset.DatasetStatistics;
import org.privacyimpact.ui.FigureLinks;
import org.privacyimpact.ui.SourceDialog;

/**
 * The overview's headline: the dataset's incidents and countries, then a card per kind that leads with people —
 * the kind's largest single figure, in words, opening its source — and gives the number of figures second: "13
 * figures" never reads as 13 people, and kinds are never added.
 */
class HeadlineCards extends Div {

    HeadlineCards() {
        addClassName("stat-cards");
    }

    void show(DatasetStatistics statistics) {
        removeAll();
        add(card(new Span(String.valueOf(statistics.incidents())), "incidents",
                        "campaigns and investigations, each with its sources"),
                card(new Span(String.valueOf(statistics.countriesWithFigures())), "countries",
                        "with at least one figure of people targeted"));
        for (DatasetStatistics.KindStatistics ofKind : statistics.kinds()) {
            DatasetStatistics.Largest largest = ofKind.largest();
            String what = largest.kind().label().toLowerCase() + ", the largest figure";
            Component number = FigureLinks.sourceButton(largest.describe(), what,
                    () -> new SourceDialog(what, largest.describe(), largest.source(), largest.verified(),
                            largest.notes()), largest.verified());
            // the figure's own note says what its people were ("mostly not spyware infections")
            String note = largest.notes() == null || largest.notes().isBlank() ? "" : " " + largest.notes().strip()
                    + (largest.notes().strip().endsWith(".") ? "" : ".");
            add(card(number, largest.counted(),
                    (ofKind.figures() == 1 ? "%s · %s.%s The only figure of this kind."
                            : "%s · %s.%s The largest of %,d figures of this kind, in %,d %s; figures overlap, so "
                            + "they are never added up.")
                            .formatted(largest.area().name(), largest.incidentShortName(), note, ofKind.figures(),
                                    ofKind.countries(), ofKind.countries() == 1 ? "country" : "countries")));
        }
    }

    private static Component card(Component number, String what, String detail) {
        number.getElement().getClassList().add("stat-value");
        Span label = new Span(what);
        label.addClassName("stat-label");
        Span more = new Span(detail);
        more.addClassName("stat-detail");
        Div card = new Div(number, label, more);
        card.addClassName("stat-card");
        return card;
    }
}
