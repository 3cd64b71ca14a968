package org.privacyimpact.country.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.common.address.Addresses;
import org.privacyimpact.common.address.BriefAddresses;
import org.privacyimpact.common.address.EmbedAddresses;
import org.privacyimpact.country.CountryProfile.UserBaseLine;
import org.privacyimpact.country.CountryProfile;
import org.privacyimpact.country.CountryQuery;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.FiguresReport;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.exposure.TargetedPerMillionCsv;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.ui.ExposureGrid;
import org.privacyimpact.ui.CopyLinkButton;
import org.privacyimpact.ui.DownloadBar;
import org.privacyimpact.ui.EmbedButton;
import org.privacyimpact.ui.FigureLinks;
import org.privacyimpact.ui.IgnoredParameters;
import org.privacyimpact.ui.NotInDatasetException;
import org.privacyimpact.ui.Routes;
import org.privacyimpact.ui.SourceDialog;

/**
 * One country: every incident and figure about it, one table per count kind (never mixed), each with its rate
 * against the chosen denominator; every user, internet-user and population figure over time. Address:
 * /countries/IN, with ?denominator=internet_users (formerly per=) to change the denominator.
 */
@Route(Routes.COUNTRY)
@AnonymousAllowed
public class CountryProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CountryQuery countries;
    private final TargetedPerMillionQuery exposure;
    private CountryProfile profile;
    private Denominator denominator = ExposureParameters.DEFAULT.denominator();
    private boolean showing;

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Select<Denominator> per = new Select<>();
    final Div figures = new Div();
    final IgnoredParameters ignoredParameters = new IgnoredParameters();
    final Grid<UserBaseLine> userBases = new Grid<>();
    final Div downloads = new Div();

    private final RecordsCsv csv;
    private final TargetedPerMillionCsv exposureCsv;

    private final FiguresReport report;
    private String origin = "";

    public CountryProfileView(CountryQuery countries, TargetedPerMillionQuery exposure, RecordsCsv csv,
                              TargetedPerMillionCsv exposureCsv, FiguresReport report) {
        this.countries = countries;
        this.exposure = exposure;
        this.csv = csv;
        this.exposureCsv = exposureCsv;
        this.report = report;
        UI.getCurrent().getPage().fetchCurrentURL(url -> origin = url.getProtocol() + "://" + url.getAuthority());
        addClassName("view");
        setPadding(false);

        per.setLabel("Rates per million");
        per.setItems(Denominator.values());
        per.setItemLabelGenerator(Denominator::label);
        per.addValueChangeListener(event -> {
            if (!showing && event.getValue() != null) {
                UI.getCurrent().navigate(CountryProfileView.class, parameters(profile.iso2()),
                        new QueryParameters(ExposureParameters.write(
                                ExposureParameters.DEFAULT.withDenominator(event.getValue()))));
            }
        });
        configureUserBases();
        add(new RouterLink("← Compare countries", org.privacyimpact.exposure.ui.CompareView.class), title, facts,
                ignoredParameters, new Div(per, new CopyLinkButton()), downloads, figures,
                new H3("User figures over time"),
                new Paragraph("Platform users, internet users and population as sources state them. A rate uses "
                        + "the figure of the chosen kind nearest to the incident, within two years; a verified one "
                        + "first."), userBases,
                new Paragraph(new Anchor(Routes.METHODOLOGY,
                        "How the numbers are made, and what to read with care")));
    }

    public static RouteParameters parameters(String iso2) {
        return new RouteParameters(Routes.COUNTRY_ISO, iso2);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String iso = event.getRouteParameters().get(Routes.COUNTRY_ISO).orElse("").toUpperCase(Locale.ROOT);
        profile = countries.profile(iso).orElseThrow(() -> new NotInDatasetException("The dataset has no country "
                + "with the code \"" + iso + "\". Compare countries lists those with figures.", "Compare countries",
                Routes.COMPARE));
        AddressReader reader = AddressReader.lenient(event.getLocation().getQueryParameters().getParameters());
        denominator = reader.one(ExposureParameters.DENOMINATOR, ExposureParameters.DEFAULT.denominator());
        ignoredParameters.show(reader.ignored());
        show();
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "Country" : profile.name()) + " — Privacy Impact Dashboard";
    }

    private void show() {
        showing = true;
        try {
            per.setValue(denominator);
        } finally {
            showing = false;
        }
        title.setText(profile.name());
        facts.setText(profile.placeAndCodes());
        String iso = profile.iso2();
        DownloadBar bar = new DownloadBar();
        bar.csv("Figures", "download-csv", "Every figure about this country, with sources and quotes",
                () -> "country-" + iso + "-figures.csv",
                out -> csv.figures(new FigureFilter(iso, null, null, null, null, null), out));
        bar.csv("User figures", "download-user-bases",
                "Platform users, internet users and population over time, with sources",
                () -> "country-" + iso + "-user-figures.csv",
                out -> csv.userBases(new UserBaseFilter(null, iso, null), out));
        bar.zip("Report (.zip)", "download-report",
                "The figures with data.csv, metadata.json with units and sources, README with a citation",
                () -> "country-" + iso + "-report.zip",
                out -> report.write(new FigureFilter(iso, null, null, null, null, null),
                        profile.name() + ": figures of people targeted", origin + "/countries/" + iso, out));
        bar.document("Country brief (PDF)", "download-brief",
                "A4 pages for a briefing pack: the figures, their rates, the incidents and every source",
                BriefAddresses.country(iso));
        downloads.removeAll();
        downloads.add(bar);
        figures.removeAll();
        if (profile.kinds().isEmpty()) {
            figures.add(new Paragraph("The dataset has no figures of people targeted in " + profile.name() + "."));
        }
        for (CountKind kind : profile.kinds()) {
            ExposureGrid grid = new ExposureGrid(exposure, profile.name() + ": " + kind.label())
                    .forOneCountryAndKind();
            // a handful of rows per kind: show them all rather than a scrolling box
            grid.setHeight(null);
            grid.setAllRowsVisible(true);
            ExposureFilter filter = ExposureFilter.of(kind).withDenominator(denominator)
                    .withCountries(java.util.Set.of(iso)).withWorldwide(false);
            grid.show(filter);
            Map<String, List<String>> embedParameters = ExposureParameters.write(ExposureParameters.DEFAULT
                    .withCountKind(kind).withDenominator(denominator));
            int withRate = exposure.countWithRate(filter);
            EmbedButton embed = new EmbedButton(() -> Addresses.withQuery(origin + "/" + EmbedAddresses.country(iso),
                    embedParameters),
                    () -> profile.name() + ": " + kind.label() + ", per million " + denominator.label(),
                    () -> EmbedButton.heightForBars(withRate));
            // no figure of the kind has a rate against this denominator: there is no chart to embed
            embed.setVisible(withRate > 0);
            figures.add(new H3(kind.label()), new Paragraph(kind.explanation()), grid,
                    downloadsOf(bar.linkedCsv("Rates as CSV", "download-rates",
                            "This table's rows with every source and quote", () -> exposureCsv.fileName(filter)
                                    .replace(".csv", "-" + iso.toLowerCase() + ".csv"),
                            out -> exposureCsv.write(filter, grid.currentSort(), out)), embed));
        }
        userBases.setItems(profile.userBases());
    }

    private static Div downloadsOf(Component... links) {
        Div downloads = new Div(links);
        downloads.addClassName("downloads");
        downloads.addClassName("table-downloads");
        return downloads;
    }

    private void configureUserBases() {
        userBases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        userBases.setAllRowsVisible(true);
        userBases.setWidthFull();
        userBases.getElement().setAttribute("aria-label", "User figures over time");
        // what and how many first, the platform frozen, so that a phone shows the number a reader came for
        userBases.addColumn(UserBaseLine::platform).setHeader("Of").setWidth("7.5rem").setFlexGrow(1)
                .setFrozen(true);
        userBases.addComponentColumn(CountryProfileView::usersCell).setHeader("Number")
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(1);
        userBases.addColumn(UserBaseLine::asOf).setHeader("As of").setWidth("5rem").setFlexGrow(0);
        userBases.addColumn(line -> line.metric().label()).setHeader("Measure")
                .setTooltipGenerator(line -> line.metric().explanation()).setWidth("8rem").setFlexGrow(1);
        // wide enough that a worked-out figure's note takes a few lines, not a phone's whole screen per row
        userBases.addColumn(line -> line.notes() == null ? "" : line.notes()).setHeader("Notes").setWidth("26rem")
                .setFlexGrow(4);
    }

    private static Component usersCell(UserBaseLine line) {
        String what = line.platform() + " " + line.metric().label();
        return FigureLinks.sourceButton(line.describe(), what,
                () -> new SourceDialog(what, line.describe() + " (" + line.asOf() + ")", line.source(),
                        line.verified(), line.notes()),
                line.verified());
    }
}
