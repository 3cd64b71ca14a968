package org.privacyimpact.brief;

import java.util.List;
import java.util.function.Predicate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.XhtmlWriter;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.exposure.BarScale;
import org.privacyimpact.exposure.CompetingFigure;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.UserBase;
import org.privacyimpact.incident.IncidentDetail;

/**
 * A brief laid out as one XHTML document for the PDF renderer: made for A4 paper, black and white and a screen
 * reader. Marks are words ("unverified", "at least"), never colour alone; tables have header rows that repeat
 * on each page; every number carries the number of its note in the list of sources at the end.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class BriefXhtml {

    static final String UNVERIFIED = "unverified";
    /** Said in place of a text the brief's typeface cannot draw, rather than printing empty boxes. */
    static final String NOT_SHOWN = "[written in a script this PDF cannot show: read it at the address]";

    private final Brief brief;
    private final Predicate<String> showable;
    private final XhtmlWriter out = XhtmlWriter.forXml();
    private final SourceNotes notes = new SourceNotes();

    /**
     * @param showable whether the typeface can draw every character of a text
     * @param css      the brief's style sheet
     */
    static String of(Brief brief, Predicate<String> showable, String css) {
        return new BriefXhtml(brief, showable).write(css);
    }

    private String write(String css) {
        String name = brief.title() + ": brief";
        out.start("head").element("title", name + " — Privacy Impact Dashboard")
                .empty("meta", "name", "author", "content", "Privacy Impact Dashboard")
                .empty("meta", "name", "subject", "content", "Figures of people targeted by surveillance and their "
                        + "rates per million, with sources; dataset " + brief.release().version())
                .element("style", css).end();
        out.start("body");
        out.element("div", name + " · Privacy Impact Dashboard, dataset " + brief.release().version(),
                "class", "running-footer");
        header();
        howToRead();
        if (brief.kinds().isEmpty()) {
            out.element("p", "The dataset has no figures of people targeted in " + brief.title() + ".");
        }
        brief.kinds().forEach(this::section);
        incidents();
        sources();
        out.start("div", "class", "cite")
                .element("h2", "Cite and follow")
                .start("p").text("Cite as: ").text(shown(brief.citation())).end()
                .start("p").text("The live view, with every figure as the dataset holds it today: ")
                .element("a", brief.liveUrl(), "href", brief.liveUrl(), "title", "The live view in the dashboard")
                .end()
                .end();
        return out.finish();
    }

    private void header() {
        out.element("p", "Privacy Impact Dashboard · brief", "class", "kicker")
                .element("h1", brief.title())
                .element("p", brief.about(), "class", "about")
                .element("p", "Dataset " + brief.release().version() + ", released " + brief.release().releasedOn()
                        + " · made " + brief.madeOn(), "class", "about");
    }

    private void howToRead() {
        out.start("div", "class", "how-to-read").element("h2", "How to read this brief").start("ul")
                .element("li", "Each kind of count has its own table. Kinds are never added together: a number on a "
                        + "leaked list is not a confirmed infection.")
                .element("li", "A rate is people counted per million of a denominator: the platform's users, "
                        + "internet users or the population, as of the year shown. \"About\", \"at least\" (the "
                        + "true rate may be higher), \"at most\" (it may be lower) and \"roughly\" (it may be "
                        + "either) say how exact it is.")
                .element("li", "Where a denominator does not fit the count, there is no rate, and the table says "
                        + "why.")
                .element("li", "\"" + UNVERIFIED + "\" marks a number resting on a weak source or an estimate: "
                        + "it is shown, and should be read with care.")
                .element("li", "A number in brackets, such as [1], is the number of its source at the end, with "
                        + "the sentence that states it.")
                .end().end();
    }

    private void section(Brief.KindSection section) {
        out.start("div", "class", "kind").start("div", "class", "kind-figures");
        out.element("h2", section.kind().label()).element("p", section.kind().explanation(), "class", "explain");
        if (!section.rows().isEmpty()) {
            figuresTable(section);
        }
        out.end();
        if (!section.ranking().isEmpty()) {
            chart(section);
            if (rankingListsOtherFigures(section)) {
                rankingTable(section);
            }
        }
        out.end();
    }

    /** Whether the chart draws figures the table above does not list (the world brief's countries). */
    private static boolean rankingListsOtherFigures(Brief.KindSection section) {
        java.util.Set<Long> listed = section.rows().stream().map(row -> row.figure().figureId())
                .collect(java.util.stream.Collectors.toSet());
        return section.ranking().stream().anyMatch(row -> !listed.contains(row.figureId()));
    }

    private void figuresTable(Brief.KindSection section) {
        out.start("table", "class", "figures").start("thead").start("tr")
                .element("th", "Incident", "scope", "col", "class", "incident-column")
                .element("th", "Counted", "scope", "col", "class", "counted-column")
                .element("th", "Other sources", "scope", "col", "class", "others-column");
        for (Denominator denominator : Denominator.values()) {
            out.element("th", "Per million " + denominator.label(), "scope", "col", "class", "rate-column");
        }
        out.end().end().start("tbody");
        for (Brief.FigureRow row : section.rows()) {
            TargetedPerMillion figure = row.figure();
            out.start("tr", "data-figure", String.valueOf(figure.figureId()));
            out.start("td").text(figure.incidentShortName());
            out.element("div", yearsOf(figure) + (figure.area().isWorldwide() ? " · worldwide" : ""), "class",
                    "small").end();
            out.start("td");
            out.element("strong", figure.describeTargeted()).text(" " + figure.countKind()
                    .counted(figure.targetedCount(), figure.countedUnit()));
            noteAndMark(figure.figureSource(), figure.figureVerified());
            if (figure.figureNotes() != null) {
                out.element("div", shown(figure.figureNotes()), "class", "small");
            }
            out.end();
            competing(figure.competingFigures());
            for (Denominator denominator : Denominator.values()) {
                rateCell(row.rates().get(denominator));
            }
            out.end();
        }
        out.end().end();
    }

    private void competing(List<CompetingFigure> others) {
        out.start("td");
        if (others.isEmpty()) {
            out.text("none stored");
        }
        for (CompetingFigure other : others) {
            out.start("div").text(other.describe());
            noteAndMark(other.source(), other.verified());
            out.end();
        }
        out.end();
    }

    private void rateCell(TargetedPerMillion row) {
        out.start("td");
        if (row == null) {
            out.text("not listed");
        } else if (row.perMillion() == null) {
            out.text("No rate: ").text(row.rateUnavailable().label());
        } else {
            UserBase base = row.userBase();
            out.element("strong", row.describeRate());
            if (row.restsOnUnverified()) {
                out.text(" ").element("em", UNVERIFIED);
            }
            out.start("div", "class", "small").text("of " + base.describe() + " " + usersOf(base));
            noteAndMark(base.source(), base.verified());
            if (row.describeYearGap() != null) {
                out.text("; " + row.describeYearGap());
            }
            out.end();
        }
        out.end();
    }

    /**
     * The section's chart: one bar per row, its length the rate on a scale from zero shared by every bar, its
     * value in words beside it. A bar that rests on an unverified number is drawn hollow and says so.
     */
    private void chart(Brief.KindSection section) {
        BarScale scale = BarScale.of(section.ranking());
        out.start("div", "class", "chart");
        out.element("h3", section.rankingTitle() + " (" + section.kind().label().toLowerCase(java.util.Locale.ROOT)
                + ")");
        out.element("p", "Bars are drawn to scale from zero; a hollow bar rests on an unverified number.",
                "class", "small");
        out.start("table", "class", "bars").start("thead").start("tr")
                .element("th", "Figure", "scope", "col").element("th", "Rate (bar)", "scope", "col")
                .element("th", "Per million", "scope", "col").end().end().start("tbody");
        for (TargetedPerMillion row : section.ranking()) {
            String label = (row.area().isWorldwide() ? "" : row.area().name() + ": ") + row.incidentShortName();
            double share = scale.share(row.perMillion()) * 100;
            out.start("tr", "data-figure", String.valueOf(row.figureId())).element("td", label, "class", "bar-label")
                    .start("td", "class", "bar-cell")
                    .empty("div", "class", row.restsOnUnverified() ? "bar hollow" : "bar",
                            "style", String.format(java.util.Locale.ROOT, "width: %.2f%%", share))
                    .end()
                    .start("td", "class", "bar-value").text(row.describeRate());
            if (row.restsOnUnverified()) {
                out.text(" ").element("em", UNVERIFIED);
            }
            out.end().end();
        }
        out.end().end().end();
    }

    /** The world brief's countries with their numbers and sources, below the chart that draws them. */
    private void rankingTable(Brief.KindSection section) {
        out.start("table", "class", "figures ranking").start("thead").start("tr")
                .element("th", "Country", "scope", "col", "class", "country-column")
                .element("th", "Incident", "scope", "col", "class", "incident-column")
                .element("th", "Counted", "scope", "col", "class", "counted-column")
                .element("th", "Per million " + Denominator.PLATFORM_USERS.label(), "scope", "col", "class",
                        "rate-column")
                .end().end().start("tbody");
        for (TargetedPerMillion row : section.ranking()) {
            out.start("tr", "data-figure", String.valueOf(row.figureId())).element("td", row.area().name())
                    .start("td").text(row.incidentShortName()).element("div", yearsOf(row), "class", "small").end()
                    .start("td").element("strong", row.describeTargeted())
                    .text(" " + row.countKind().counted(row.targetedCount(), row.countedUnit()));
            noteAndMark(row.figureSource(), row.figureVerified());
            out.end();
            rateCell(row);
            out.end();
        }
        out.end().end();
    }

    private void incidents() {
        if (brief.incidents().isEmpty()) {
            return;
        }
        out.element("h2", "The incidents");
        for (IncidentDetail incident : brief.incidents()) {
            out.start("div", "class", "incident")
                    .element("h3", incident.name() + " (" + incident.years() + ")")
                    .element("p", incident.toolOrVendor() + (incident.platform() == null ? ""
                            : " · through " + incident.platform()), "class", "small")
                    .element("p", shown(incident.summary()));
            out.start("p").element("strong", "Caveats: ").text(incident.caveats() == null ? "none recorded."
                    : shown(incident.caveats())).end();
            out.start("p").element("strong", "Reply: ");
            if (incident.rightOfReply() == null) {
                out.text("no published reply by the vendor or a government was found.");
            } else {
                out.text(shown(incident.rightOfReply()));
                if (incident.rightOfReplySource() != null) {
                    note(incident.rightOfReplySource());
                }
            }
            out.end().end();
        }
    }

    private void sources() {
        out.start("div", "class", "sources").element("h2", "Sources");
        out.element("p", "Each note gives the document, its address and the sentence in it that states the number.",
                "class", "small");
        out.start("ol");
        int number = 0;
        for (SourceCitation source : notes.cited()) {
            number++;
            out.start("li", "id", "source-" + number).element("strong", shown(source.title()));
            String publisher = source.publisher() == null || source.publisher().isBlank() ? "" : source.publisher();
            String date = source.publishedOn() == null ? "" : source.publishedOn().toString();
            String byline = String.join(", ", java.util.stream.Stream.of(publisher, date)
                    .filter(part -> !part.isEmpty()).toList());
            if (!byline.isEmpty()) {
                out.text(". " + shown(byline));
            }
            out.text(". ").element("a", source.url(), "href", source.url(), "title", "Source " + number + " online");
            if (source.quote() != null) {
                out.element("div", "“" + shown(source.quote()) + "”", "class", "quote");
            }
            out.end();
        }
        out.end().end();
    }

    /** The source's note number, linked to it, and the mark of an unverified number. */
    private void noteAndMark(SourceCitation source, boolean verified) {
        note(source);
        if (!verified) {
            out.text(" ").element("em", UNVERIFIED);
        }
    }

    private void note(SourceCitation source) {
        int number = notes.number(source);
        // a link's title is what a screen reader says for it in a tagged PDF (PDF/UA), rather than "[3]"
        out.text(" ").element("a", "[" + number + "]", "href", "#source-" + number, "class", "note", "title",
                "Source " + number);
    }

    private String shown(String text) {
        return showable.test(text) ? text : NOT_SHOWN;
    }

    private static String yearsOf(TargetedPerMillion row) {
        return row.incidentYear() == row.lastYear() ? String.valueOf(row.incidentYear())
                : row.incidentYear() + "–" + row.lastYear();
    }

    /** "WhatsApp users", "internet users", "people": what the denominator counts. */
    private static String usersOf(UserBase base) {
        return switch (base.metric()) {
            case INTERNET_USERS, POPULATION -> base.metric().label();
            default -> base.platform() + " " + base.metric().label();
        };
    }
}
