package org.privacyimpact.embed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.common.address.Addresses;
import org.privacyimpact.common.address.EmbedAddresses;
import org.privacyimpact.country.CountryProfile;
import org.privacyimpact.country.CountryQuery;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.dataset.SharedCountryNames;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.exposure.TargetedPerMillionQuery;
import org.privacyimpact.exposure.ui.CompareChart;
import org.privacyimpact.exposure.ui.CompareState;
import org.privacyimpact.overview.OverviewFigures;
import org.privacyimpact.overview.ui.OverviewChoice;
import org.privacyimpact.overview.ui.OverviewMap;
import org.privacyimpact.ui.chart.ChartOption;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The embeddable charts: the Compare view's chart, the overview's map and a country's rates, each on a page of
 * its own that other sites may frame. They read the same address parameters as their views, built by the same
 * classes, so an embed shows what its view shows; a parameter they cannot read is left out and said above the
 * chart, as the views do.
 */
@Controller
@RequiredArgsConstructor
class EmbedController {

    private final TargetedPerMillionQuery exposure;
    private final FilterParameters filters;
    private final DatasetQuery dataset;
    private final OverviewFigures overview;
    private final SharedCountryNames countryNames;
    private final CountryQuery countries;
    private final EmbedScript script;

    /** The Compare view's chart: its rates, or with tab=scatter the people against their denominators. */
    @GetMapping(EmbedAddresses.COMPARE)
    ResponseEntity<String> compare(@RequestParam MultiValueMap<String, String> parameters) {
        CompareState.Parsed read = CompareState.from(parameters, filters);
        CompareState state = read.state();
        CompareChart chart = CompareChart.of(state, exposure, dataset.currentRelease().version());
        String view = Addresses.withQuery(root() + "compare", state.parameters());
        boolean scatter = state.tab() == CompareState.Tab.SCATTER;
        return page(EmbedPage.of(chart.caption(state.tab()).withAddress(view), drawn(chart,
                scatter ? chart.scatter() : chart.bars()), scatter ? EmbedPage.Shape.scatter()
                : EmbedPage.Shape.bars(chart.withRate().size()), view, root(), script.address(), read.ignored()));
    }

    /** The overview's map of one kind and denominator. */
    @GetMapping(EmbedAddresses.MAP)
    ResponseEntity<String> map(@RequestParam MultiValueMap<String, String> parameters) {
        AddressReader reader = AddressReader.lenient(parameters);
        OverviewChoice choice = OverviewChoice.read(reader);
        OverviewMap map = OverviewMap.of(choice, overview, countryNames.byNumericCode(),
                dataset.currentRelease().version());
        String view = Addresses.withQuery(root(), choice.parameters());
        return page(EmbedPage.of(map.caption().withAddress(view), map.option(), EmbedPage.Shape.map(), view, root(),
                script.address(), reader.ignored()));
    }

    /**
     * A country's rates of one count kind (kinds are never mixed): the kind of the address, else the Compare
     * view's default where the country has figures of it, else its first kind.
     */
    @GetMapping(EmbedAddresses.COUNTRY)
    ResponseEntity<String> country(@PathVariable String iso2,
                                   @RequestParam MultiValueMap<String, String> parameters) {
        String iso = iso2.toUpperCase(Locale.ROOT);
        CountryProfile profile = countries.profile(iso).orElse(null);
        if (profile == null || profile.kinds().isEmpty()) {
            return ResponseEntity.status(404).contentType(HTML).body(EmbedPage.notFound(
                    "The dataset has no figures of people targeted in \"" + iso2 + "\".", root()));
        }
        AddressReader reader = AddressReader.lenient(parameters);
        CountKind usual = profile.kinds().contains(ExposureParameters.DEFAULT.countKind())
                ? ExposureParameters.DEFAULT.countKind() : profile.kinds().getFirst();
        CountKind kind = reader.one(FilterParameters.KIND, usual);
        Denominator denominator = reader.one(ExposureParameters.DENOMINATOR,
                ExposureParameters.DEFAULT.denominator());
        CompareState state = CompareState.DEFAULT.withFilter(ExposureParameters.DEFAULT.withCountKind(kind)
                .withDenominator(denominator).withCountries(Set.of(iso)).withWorldwide(false));
        CompareChart chart = CompareChart.of(state, exposure, dataset.currentRelease().version());
        String view = Addresses.withQuery(root() + "countries/" + iso, ExposureParameters.write(
                ExposureParameters.DEFAULT.withDenominator(denominator)));
        return page(EmbedPage.of(chart.caption().withAddress(view), drawn(chart, chart.bars()),
                EmbedPage.Shape.bars(chart.withRate().size()), view, root(), script.address(), reader.ignored()));
    }

    /** The chart, or nothing when no figure has a rate: the caption's title then says why, and no empty axes. */
    private static ChartOption drawn(CompareChart chart, ChartOption option) {
        return chart.withRate().isEmpty() ? null : option;
    }

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(HTML).body(html);
    }

    /** The dashboard's address as the request reached it, ending in "/". */
    private static String root() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
    }
}
