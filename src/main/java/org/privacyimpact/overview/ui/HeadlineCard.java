package org.privacyimpact.overview.ui;

import java.util.ArrayList;
import java.util.List;

import org.privacyimpact.dataset.DatasetStatistics;

/**
 * One of the overview's headline cards in words, the same in the view and in its first screen: the dataset's
 * incidents and countries, then a card per kind that leads with people — the kind's largest single figure, in
 * words — and gives the number of figures second: "13 figures" never reads as 13 people, and kinds are never
 * added.
 *
 * @param largest the figure a kind's card leads with (its source opens from the number); null for the counts
 */
record HeadlineCard(String value, String label, String detail, DatasetStatistics.Largest largest) {

    /** Whether the card's number is verified; the dataset's own counts are. */
    boolean verified() {
        return largest == null || largest.verified();
    }

    static List<HeadlineCard> of(DatasetStatistics statistics) {
        List<HeadlineCard> cards = new ArrayList<>();
        cards.add(new HeadlineCard(String.valueOf(statistics.incidents()), "incidents",
                "campaigns and investigations, each with its sources", null));
        cards.add(new HeadlineCard(String.valueOf(statistics.countriesWithFigures()), "countries",
                "with at least one figure of people targeted", null));
        for (DatasetStatistics.KindStatistics ofKind : statistics.kinds()) {
            DatasetStatistics.Largest largest = ofKind.largest();
            // the figure's own note says what its people were ("mostly not spyware infections")
            String note = largest.notes() == null || largest.notes().isBlank() ? "" : " " + largest.notes().strip()
                    + (largest.notes().strip().endsWith(".") ? "" : ".");
            cards.add(new HeadlineCard(largest.describe(), largest.counted(),
                    (ofKind.figures() == 1 ? "%s · %s.%s The only figure of this kind."
                            : "%s · %s.%s The largest of %,d figures of this kind, in %,d %s; figures overlap, so "
                            + "they are never added up.")
                            .formatted(largest.area().name(), largest.incidentShortName(), note, ofKind.figures(),
                                    ofKind.countries(), ofKind.countries() == 1 ? "country" : "countries"),
                    largest));
        }
        return List.copyOf(cards);
    }
}
