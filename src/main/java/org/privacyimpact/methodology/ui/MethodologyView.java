package org.privacyimpact.methodology.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.privacyimpact.common.address.ApiAddresses;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.SourceFilter;
import org.privacyimpact.dataset.SourceSummary;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.exposure.RateCoverageQuery;
import org.privacyimpact.exposure.ui.RateCoverageTable;
import org.privacyimpact.ui.AppShell;
import org.privacyimpact.ui.DayInWords;
import org.privacyimpact.ui.LumoIcon;
import org.privacyimpact.ui.MainLayout;
import org.privacyimpact.ui.Routes;

/**
 * How the numbers are made, for a reader who is not a statistician: definitions, caveats, versions, sources. The
 * sources can be searched (the words are in the address as {@code q}) and are listed at full length, a page of
 * them at a time, so the list scrolls with the page however many there are.
 */
@Route(Routes.METHODOLOGY)
@Menu(title = "Sources & methodology", order = MainLayout.VIEWS + 3)
@PageTitle("Sources & methodology — Privacy Impact Dashboard")
@AnonymousAllowed
public class MethodologyView extends VerticalLayout implements BeforeEnterObserver {

    static final String TITLE = "Sources & methodology";
    /** Listed at first and added by each "Show more": today's dataset fits on the first page. */
    static final int SOURCES_PER_PAGE = 100;

    private final DatasetQuery dataset;
    private final int allSources;
    final TextField search = new TextField("Search sources");
    final Span sourceCount = new Span();
    final Grid<SourceSummary> sources = new Grid<>();
    final Button showMore = new Button();
    final Div releases = new Div();
    final Anchor feed = new Anchor(AppShell.RELEASES_FEED, "the releases' Atom feed");
    private SourceFilter filter = SourceFilter.ALL;
    private int matching;
    private int listed;

    public MethodologyView(DatasetQuery dataset, RateCoverageQuery coverage) {
        this.dataset = dataset;
        this.allSources = dataset.countSources(SourceFilter.ALL);
        addClassName("view");
        setPadding(false);
        add(new H2(TITLE),
                new Paragraph("Every number on this dashboard comes from a published source and is stored with "
                        + "the sentence of that source that states it. Click a number anywhere to read it."),
                new H3("What the numbers count"),
                countKinds(),
                new H3("What the rates divide by"),
                metrics(),
                new H3("How exact a rate is"),
                bounds(),
                new H3("How complete the comparison is"),
                new RateCoverageTable(coverage.coverage(), coverage.missingUserFigures()),
                new H3("Reading the charts"),
                charts(),
                new H3("Read with care"),
                caveats(),
                new H3("For analysts: the data API"),
                dataApi(),
                new H3("Dataset versions"),
                releasesFeed(),
                releases,
                // last: however many sources there are, the list does not push anything else down
                new H3("Sources"));
        configureSources();
        add(sourcesToolbar(), sources, showMore);
        dataset.releases().forEach(release -> releases.add(release(release)));
    }

    /** Analysts and newsrooms follow new versions in a feed reader rather than by coming back to look. */
    /** Where an analyst's tools read the same rows as the pages, with every code this page explains. */
    private static Component dataApi() {
        return new Paragraph(new Text("Every table on this dashboard can be read as JSON or CSV from the data API, "
                + "with the same filters as the pages, the codes explained above (count_kind, rate_bound, "
                + "rate_unavailable) and every source and quote. Its description, for tools that read OpenAPI, is at "),
                file(ApiAddresses.OPENAPI), new Text("; every figure, as CSV, is at "), file(ApiAddresses.FIGURES_CSV),
                new Text("."));
    }

    /** A link to a file the browser fetches itself rather than through the router. */
    private static Anchor file(String address) {
        Anchor link = new Anchor(address, address);
        link.setRouterIgnore(true);
        return link;
    }

    private Component releasesFeed() {
        // a file, not a view: the browser fetches it rather than Vaadin's router
        feed.getElement().setAttribute("router-ignore", true);
        feed.getElement().setAttribute("type", "application/atom+xml");
        return new Paragraph(new Text("To hear of each new version, subscribe to "), feed,
                new Text(" in a feed reader."));
    }

    private static Component countKinds() {
        Div kinds = new Div();
        kinds.add(new Paragraph("Counts of different kinds measure different things. They are shown separately and "
                + "never added together."), new Paragraph("Most sources count people. Some count phone numbers, "
                + "phones, accounts, devices, IP addresses or customers instead, and one person can have several of "
                + "each: every figure says what it counts, and so does every sentence and chart title built on it."));
        for (CountKind kind : CountKind.values()) {
            kinds.add(new H4(kind.label()), new Paragraph(kind.explanation()));
        }
        return kinds;
    }

    private static Component metrics() {
        Div metrics = new Div();
        metrics.add(new Paragraph("A rate is people targeted per million people of a chosen kind in the same country "
                + "(or worldwide): users of the platform the attack went through, internet users, or the whole "
                + "population. Platform users may be monthly active users, users the source did not define, or "
                + "accounts — never devices, which are not people. A rate is shown only when such a figure exists "
                + "for that place within two years of the incident; a verified figure is preferred to a closer "
                + "unverified one. Each rate shows the figure it divides by, its date and the gap in years; "
                + "otherwise the table says \"n/a\" and why. Each figure also says what it may be divided by:"));
        UnorderedList rules = new UnorderedList();
        for (DenominatorRule rule : DenominatorRule.values()) {
            rules.add(new ListItem(rule.label() + ": " + rule.explanation()));
        }
        metrics.add(rules, new Paragraph("So numbers an operator selected abroad, or an organisation's staff counted "
                + "where it is based, get no rate at all, and people a platform notified \"across our platforms "
                + "and others\" are compared with internet users and the population, never with one platform's "
                + "users."));
        for (UserBaseMetric metric : UserBaseMetric.values()) {
            metrics.add(new H4(capitalised(metric.label())), new Paragraph(metric.explanation()));
        }
        return metrics;
    }

    private static Component bounds() {
        return new Div(new Paragraph("A rate is only as exact as its two numbers. Sources often say \"about\", "
                + "\"at least\" or \"up to\": a count stated as a minimum, or confirmed by forensic analysis (which "
                + "only covers what someone had examined), makes the rate a minimum (\"at least 0.013\"), users "
                + "stated as a minimum make it a maximum (\"at most about 0.93\": about 1,400 "
                + "people over more than 1.5 billion users), both together leave no bound (\"roughly\"), and "
                + "\"about\" on either side makes it approximate. Every rate says so wherever it appears: in "
                + "charts, tables, sentences and downloads in words, and in the full CSV and the data API as the "
                + "code rate_bound."));
    }

    private static Component charts() {
        return new Div(new Paragraph("Each chart's title states what it shows, and says so when it rests on an "
                + "unverified number; its subtitle says what is counted and what it is divided by; its source line "
                + "names who published the numbers drawn. Blue marks rest on verified numbers; orange marks, "
                + "hatched or diamond-shaped, on at least one unverified number. On a logarithmic scale each rate "
                + "is a dot on a thin stem: read its position against the ticks, since lengths on such a scale are "
                + "not proportional to the rates. The map shades countries in classes (for example below 0.1, 0.1 "
                + "to 1 and 1 or more per million); a dark grey country has figures of the kind chosen but nothing "
                + "fitting to divide them by, a light grey one has no figure of that kind, which is not the same as "
                + "none targeted."));
    }

    private static Component caveats() {
        UnorderedList caveats = new UnorderedList(
                new ListItem("A number on a leaked list is a phone number that someone selected as a possible "
                        + "target. It does not prove an attack, and one person can have several numbers."),
                new ListItem("A forensic confirmation covers only the phones that someone had examined, so it is a "
                        + "minimum, not a total."),
                new ListItem("A platform's notifications reflect what the platform detected. Platforms have said "
                        + "their alerts can include false alarms, and some counts are of people who said publicly "
                        + "that they were notified."),
                new ListItem("An official disclosure is a number a state body released itself, for example about "
                        + "surveillance it authorised. It is not comparable with researchers' forensic counts."),
                new ListItem("Figures overlap: a country's figure for a campaign is part of that campaign's "
                        + "worldwide total, and one investigation can include victims of another. Do not add rows "
                        + "together."),
                new ListItem("User figures are approximate and dated. Platforms rarely publish audited figures by "
                        + "country, and some figures are years old or are estimates by third parties."),
                new ListItem("When sources disagree, every figure is kept: the preferred one is shown and the others "
                        + "are listed beside it with their own sources."),
                new ListItem("Figures from weak sources, or that could not be checked word for word, are marked "
                        + "\"unverified\" wherever they appear."));
        caveats.addClassName("caveats");
        return caveats;
    }

    private Component sourcesToolbar() {
        search.setPlaceholder("title, publisher or address");
        search.setPrefixComponent(LumoIcon.search());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("source-search");
        search.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UI.getCurrent().navigate(MethodologyView.class, parameters(new SourceFilter(event.getValue())));
            }
        });
        // read out when a search changes the count, without moving focus from the field
        sourceCount.getElement().setAttribute("aria-live", "polite");
        sourceCount.addClassName("source-count");
        FlexLayout toolbar = new FlexLayout(search, sourceCount);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("source-toolbar");
        return toolbar;
    }

    /**
     * Every row is drawn, so the grid is as tall as its rows and the page does the scrolling; only the rows
     * listed so far are fetched, so thousands of sources cost one page at a time.
     */
    private void configureSources() {
        sources.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sources.setWidthFull();
        sources.setAllRowsVisible(true);
        sources.addClassName("source-list");
        sources.getElement().setAttribute("aria-label", "Sources cited by the dataset");
        sources.setEmptyStateText("No source's title, publisher or address contains these words.");
        sources.addComponentColumn(MethodologyView::document).setHeader("Source").setKey("source").setFlexGrow(4);
        sources.addColumn(source -> source.targetFigures() + source.userBases()).setHeader("Figures citing it")
                .setKey("figures").setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0);
        sources.setItems(query -> dataset.sources(filter, query.getOffset(), query.getLimit()).stream(),
                query -> listed);
        showMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showMore.addClickListener(event -> {
            listed = Math.min(matching, listed + SOURCES_PER_PAGE);
            showListed();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> words = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        filter = new SourceFilter(words.isEmpty() ? null : words.getFirst());
        search.setValue(filter.isAll() ? "" : filter.text());
        matching = filter.isAll() ? allSources : dataset.countSources(filter);
        listed = Math.min(matching, SOURCES_PER_PAGE);
        showListed();
    }

    private void showListed() {
        sourceCount.setText(filter.isAll() ? number(allSources) + (allSources == 1 ? " source" : " sources")
                : number(matching) + " of " + number(allSources)
                        + (matching == 1 ? " sources matches" : " sources match"));
        showMore.setText("Show " + number(Math.min(SOURCES_PER_PAGE, matching - listed)) + " more ("
                + number(listed) + " of " + number(matching) + " listed)");
        showMore.setVisible(listed < matching);
        sources.getDataProvider().refreshAll();
    }

    private static QueryParameters parameters(SourceFilter filter) {
        // untrimmed: the field shows what the address says, and a space typed before the next word must stay
        return filter.isAll() ? QueryParameters.empty() : new QueryParameters(Map.of("q", List.of(filter.text())));
    }

    private static String number(int value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private static Component document(SourceSummary source) {
        Div cell = new Div(new Span(source.title()));
        if (source.publisher() != null || source.publishedOn() != null) {
            String publisher = source.publisher() == null ? "" : source.publisher();
            String date = source.publishedOn() == null ? "" : DayInWords.of(source.publishedOn());
            cell.add(new Div(new Span(String.join(", ", Stream.of(publisher, date)
                    .filter(part -> !part.isEmpty()).toList()))));
        }
        Anchor link = new Anchor(source.url(), source.url(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.addClassName("source-url");
        cell.add(new Div(link));
        return cell;
    }

    private static Component release(DatasetRelease release) {
        UnorderedList changes = new UnorderedList();
        release.changes().forEach(change -> changes.add(new ListItem(change)));
        Div block = new Div(new H4(release.version() + " — " + DayInWords.of(release.releasedOn())),
                new Paragraph(release.summary()), changes);
        block.addClassName("dataset-release");
        return block;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
