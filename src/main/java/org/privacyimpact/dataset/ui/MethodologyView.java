package org.privacyimpact.dataset.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.SourceSummary;
import org.privacyimpact.dataset.UserBaseMetric;

/** How the numbers are made, for a reader who is not a statistician: definitions, caveats, sources, versions. */
@Route("methodology")
@PageTitle("Sources & methodology — Privacy Impact Dashboard")
@AnonymousAllowed
public class MethodologyView extends VerticalLayout {

    static final String TITLE = "Sources & methodology";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final Grid<SourceSummary> sources = new Grid<>();
    final Div releases = new Div();

    public MethodologyView(DatasetQuery dataset) {
        addClassName("view");
        setPadding(false);
        add(new H2(TITLE),
                new Paragraph("Every number on this dashboard comes from a published source and is stored with "
                        + "the sentence of that source that states it. Click a number anywhere to read it."),
                new H3("What the numbers count"),
                countKinds(),
                new H3("What the rates divide by"),
                metrics(),
                new H3("Read with care"),
                caveats(),
                new H3("Sources"));
        configureSources(dataset);
        add(sources, new H3("Dataset versions"), releases);
        dataset.releases().forEach(release -> releases.add(release(release)));
    }

    private static Component countKinds() {
        Div kinds = new Div();
        kinds.add(new Paragraph("Counts of different kinds measure different things. They are shown separately and "
                + "never added together."));
        for (CountKind kind : CountKind.values()) {
            kinds.add(new H4(kind.label()), new Paragraph(kind.definition()));
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
                + "otherwise the table says \"n/a\" and why. No rate is given where the people counted are not "
                + "that country's people: numbers an operator selected abroad, or an organisation's staff counted "
                + "where it is based."));
        for (UserBaseMetric metric : UserBaseMetric.values()) {
            metrics.add(new H4(capitalised(metric.label())), new Paragraph(metric.definition()));
        }
        return metrics;
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

    private void configureSources(DatasetQuery dataset) {
        sources.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sources.setWidthFull();
        sources.setHeight("22rem");
        sources.getElement().setAttribute("aria-label", "Sources cited by the dataset");
        sources.addComponentColumn(MethodologyView::document).setHeader("Source").setKey("source").setFlexGrow(4);
        sources.addColumn(source -> source.targetFigures() + source.userBases()).setHeader("Figures citing it")
                .setKey("figures").setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        sources.setItems(query -> dataset.sources(query.getOffset(), query.getLimit()).stream(),
                query -> dataset.countSources());
    }

    private static Component document(SourceSummary source) {
        Div cell = new Div(new Span(source.title()));
        if (source.publisher() != null || source.publishedOn() != null) {
            String publisher = source.publisher() == null ? "" : source.publisher();
            String date = source.publishedOn() == null ? "" : DATE.format(source.publishedOn());
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
        Div block = new Div(new H4(release.version() + " — " + DATE.format(release.releasedOn())),
                new Paragraph(release.summary()), changes);
        block.addClassName("dataset-release");
        return block;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
