package org.privacyimpact.overview.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.privacyimpact.common.address.BriefAddresses;
import org.privacyimpact.exposure.BarScale;
import org.privacyimpact.exposure.TargetedPerMillion;
import org.privacyimpact.exposure.ui.RateCharts;
import org.privacyimpact.ui.MainLayout;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.SourceDialog;
import org.privacyimpact.ui.chart.ChartCaption;
import org.privacyimpact.ui.chart.ChartOption;

/**
 * The overview's first screen as HTML elements (jsoup's, which escape every text): the app's header and drawer,
 * the question, the headline cards and the chart of the highest rates. The bars are drawn to scale from zero
 * ({@link BarScale}) in the chart's own colours; a bar that rests on an unverified number is hatched and says
 * "unverified" in words, as every unverified number on the cards does.
 */
final class FirstScreenHtml {

    static final String ID = "first-screen";

    private final Map<String, String> views;

    /** @param views the drawer's views, by title and address */
    FirstScreenHtml(Map<String, String> views) {
        this.views = views;
    }

    Element write(List<HeadlineCard> cards, List<TargetedPerMillion> top, ChartCaption caption) {
        Element screen = new Element("div").id(ID).addClass("first-screen");
        Element drawer = screen.appendElement("nav").addClass("first-screen-drawer")
                .attr("aria-label", MainLayout.VIEWS_HEADING);
        drawer.appendElement("p").addClass("first-screen-drawer-label").text(MainLayout.VIEWS_HEADING);
        Element links = drawer.appendElement("ul");
        views.forEach((title, path) -> links.appendElement("li").appendElement("a").attr("href", path).text(title));
        screen.appendElement("header").addClass("first-screen-navbar")
                .appendElement("h1").addClass("app-title").text(MainLayout.TITLE);
        Element view = screen.appendElement("main").addClass("first-screen-main").appendElement("div").addClass("view");
        view.appendElement("h2").text(OverviewWords.QUESTION);
        view.appendElement("p").text(OverviewWords.INTRODUCTION);
        Element cardList = view.appendElement("div").addClass("stat-cards");
        cards.forEach(card -> card(cardList, card));
        Element download = view.appendElement("p").addClass("first-screen-downloads").text("Download: ");
        download.appendElement("a").attr("href", BriefAddresses.world()).attr("title",
                OverviewWords.WORLD_BRIEF_DESCRIPTION).text(OverviewWords.WORLD_BRIEF);
        chart(view.appendElement("section").addClass("chart-panel"), top, caption);
        view.appendElement("p").addClass("first-screen-waiting").text("The map, the choice of count kind and "
                + "denominator, the tables and the downloads appear when the page's scripts have loaded. ")
                .appendElement("a").attr("href", Routes.COMPARE).text("Compare every country, with filters");
        return screen;
    }

    private static void card(Element cards, HeadlineCard card) {
        Element box = cards.appendElement("div").addClass("stat-card");
        Element value = box.appendElement("span").addClass("stat-value").text(card.value());
        if (card.largest() != null) {
            value.addClass("stat-figure");
        }
        if (!card.verified()) {
            unverified(value.appendText(" "));
        }
        box.appendElement("span").addClass("stat-label").text(card.label());
        box.appendElement("span").addClass("stat-detail").text(card.detail());
    }

    private static void unverified(Element next) {
        next.appendElement("span").addClass("verified-badge").addClass("unverified")
                .attr("title", SourceDialog.UNVERIFIED_MEANS).text("unverified");
    }

    /**
     * The words around the chart as the view has them, and one row per figure: its label, its bar and its rate
     * in words. {@code data-drawn} marks a drawn chart, as the view's charts are marked once ECharts has drawn
     * them.
     */
    private static void chart(Element panel, List<TargetedPerMillion> top, ChartCaption caption) {
        panel.appendElement("h3").addClass("chart-title").text(caption.title());
        panel.appendElement("p").addClass("chart-subtitle").text(caption.subtitle());
        if (!top.isEmpty()) {
            BarScale scale = BarScale.of(top);
            Element bars = panel.appendElement("ol").addClass("drawn-bars").attr("data-drawn", "")
                    .attr("aria-label", caption.title()).attr("style", "--verified: "
                            + ChartOption.VERIFIED_COLOUR + "; --unverified: " + ChartOption.UNVERIFIED_COLOUR);
            for (TargetedPerMillion row : top) {
                Element item = bars.appendElement("li").attr("data-figure", String.valueOf(row.figureId()));
                item.appendElement("span").addClass("drawn-bar-label").text(RateCharts.category(row, true));
                Element track = item.appendElement("span").addClass("drawn-bar-track");
                track.appendElement("span").addClass("drawn-bar").addClass(row.restsOnUnverified() ? "unverified"
                        : "verified").attr("style", String.format(Locale.ROOT, "--share: %.4f",
                        scale.share(row.perMillion())));
                Element value = track.appendElement("span").addClass("drawn-bar-value").text(RateCharts.barLabel(row));
                if (row.restsOnUnverified()) {
                    unverified(value.appendText(" "));
                }
            }
            panel.appendElement("p").addClass("chart-notes").text("Bars are drawn to scale from zero. "
                    + caption.notes());
        }
        panel.appendElement("p").addClass("chart-source").text(caption.source());
    }
}
