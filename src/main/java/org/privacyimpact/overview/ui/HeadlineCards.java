package org.privacyimpact.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.privacyimpact.dataset.DatasetStatistics;
import org.privacyimpact.ui.FigureLinks;
import org.privacyimpact.ui.SourceDialog;

/** The overview's headline cards ({@link HeadlineCard}); a kind's number opens its figure's source. */
class HeadlineCards extends Div {

    HeadlineCards() {
        addClassName("stat-cards");
    }

    void show(DatasetStatistics statistics) {
        removeAll();
        for (HeadlineCard card : HeadlineCard.of(statistics)) {
            DatasetStatistics.Largest largest = card.largest();
            Component number;
            if (largest == null) {
                number = new Span(card.value());
            } else {
                String what = largest.kind().label().toLowerCase() + ", the largest figure";
                number = FigureLinks.sourceButton(card.value(), what, () -> new SourceDialog(what,
                        largest.describe(), largest.source(), largest.verified(), largest.notes()), card.verified());
            }
            add(card(number, card.label(), card.detail()));
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
