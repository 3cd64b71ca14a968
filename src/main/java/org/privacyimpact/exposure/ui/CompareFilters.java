package org.privacyimpact.exposure.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DatasetQuery.Choice;
import org.privacyimpact.exposure.Denominator;
import org.privacyimpact.exposure.ExposureFilter;
import org.privacyimpact.exposure.ExposureParameters;
import org.privacyimpact.ui.YearRangeFields;

/**
 * The Compare view's filter bar: count kind, denominator, platform, incidents, countries, years, worldwide rows and
 * scale. It shows a state and hands every change on as the next state; it never keeps a filter of its own (the
 * address does).
 */
class CompareFilters extends FlexLayout {

    /** The filters' words for worldwide figures left out, where no countries are chosen. */
    private static final String NO_WORLDWIDE = "no worldwide figures";

    final Select<CountKind> kind = new Select<>();
    final Select<Denominator> per = new Select<>();
    final Select<String> platform = new Select<>();
    final MultiSelectComboBox<Choice> incidents = new MultiSelectComboBox<>("Incidents");
    final MultiSelectComboBox<Choice> countries = new MultiSelectComboBox<>("Countries");
    private final YearRangeFields years = new YearRangeFields(this::yearsChanged);
    final IntegerField fromYear = years.from;
    final IntegerField toYear = years.to;
    final Checkbox worldwide = new Checkbox("Show worldwide figures");
    final RadioButtonGroup<CompareState.Scale> scale = new RadioButtonGroup<>("Scale");

    private final List<Choice> incidentChoices;
    private final List<Choice> countryChoices;
    private final Consumer<CompareState> go;
    private CompareState shown = CompareState.DEFAULT;
    private boolean showing;

    /** @param go where a reader's change is sent: the view navigates to the next state's address */
    CompareFilters(List<String> platformChoices, List<Choice> incidentChoices, List<Choice> countryChoices,
                   Consumer<CompareState> go) {
        this.incidentChoices = incidentChoices;
        this.countryChoices = countryChoices;
        this.go = go;

        kind.setLabel("Count kind");
        kind.setItems(CountKind.values());
        kind.setItemLabelGenerator(CountKind::label);
        kind.addValueChangeListener(event -> changed(shown.filter().withCountKind(event.getValue())));

        per.setLabel("Per million");
        per.setItems(Denominator.values());
        per.setItemLabelGenerator(Denominator::label);
        per.addValueChangeListener(event -> changed(shown.filter().withDenominator(event.getValue())));

        List<String> platforms = new ArrayList<>(List.of(""));
        platforms.addAll(platformChoices);
        platform.setLabel("Through platform");
        platform.setItems(platforms);
        platform.setItemLabelGenerator(name -> name.isEmpty() ? "Any" : name);
        platform.addValueChangeListener(event -> changed(shown.filter()
                .withPlatform(event.getValue() == null || event.getValue().isEmpty() ? null : event.getValue())));

        for (MultiSelectComboBox<Choice> choices : List.of(incidents, countries)) {
            choices.setItemLabelGenerator(Choice::label);
            // every choice stays visible as a chip, on as many lines as it takes
            choices.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
            choices.setSelectedItemsOnTop(true);
        }
        incidents.setItems(incidentChoices);
        incidents.setPlaceholder("All incidents");
        incidents.addValueChangeListener(event -> changed(shown.filter().withIncidents(ids(event.getValue()))));
        countries.setItems(countryChoices);
        countries.setPlaceholder("All countries with figures");
        // choosing countries asks for their figures: the worldwide ones stay out until the box is ticked again
        countries.addValueChangeListener(event -> {
            Set<String> chosen = ids(event.getValue());
            changed(shown.filter().withCountries(chosen)
                    .withWorldwide(ExposureParameters.worldwideUnlessCountriesChosen(chosen)));
        });

        worldwide.addValueChangeListener(event -> changed(shown.filter().withWorldwide(event.getValue())));

        scale.setItems(CompareState.Scale.values());
        scale.setItemLabelGenerator(value -> switch (value) {
            case AUTO -> "Automatic";
            case LINEAR -> "Linear";
            case LOG -> "Logarithmic";
        });
        scale.setHelperText("Automatic: linear bars; a logarithmic scatter when values span over 100×");
        scale.addValueChangeListener(event -> {
            if (!showing && event.getValue() != null) {
                go.accept(shown.withScale(event.getValue()));
            }
        });

        add(kind, per, platform, incidents, countries, fromYear, toYear, worldwide, scale);
        addClassName("filter-bar");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /**
     * The filter with only the countries the bar can show, those with figures (the address reader has already kept
     * only countries in ISO 3166-1, published incidents and platforms incidents went through). What it leaves out
     * is added to {@code ignored}, for the view to say so.
     */
    ExposureFilter shownPart(ExposureFilter filter, List<String> ignored) {
        Set<String> knownCountries = ids(Set.copyOf(countryChoices));
        filter.countries().stream().filter(id -> !knownCountries.contains(id))
                .forEach(id -> ignored.add("country=" + id + " has no figures in the dataset"));
        return filter.withCountries(filter.countries().stream().filter(knownCountries::contains)
                .collect(Collectors.toSet()));
    }

    /** Puts the state into the controls without sending it back as a change. */
    void show(CompareState state) {
        shown = state;
        showing = true;
        try {
            ExposureFilter filter = state.filter();
            kind.setValue(filter.countKind());
            per.setValue(filter.denominator());
            platform.setValue(filter.platform() == null ? "" : filter.platform());
            incidents.setValue(choices(incidentChoices, filter.incidents()));
            countries.setValue(choices(countryChoices, filter.countries()));
            years.show(filter.fromYear(), filter.toYear());
            worldwide.setValue(filter.worldwide());
            scale.setValue(state.scale());
        } finally {
            showing = false;
        }
    }

    /** The filters in words: "Notified by the platform · per million platform users · 2019 · 1 incident". */
    static String summary(ExposureFilter filter) {
        List<String> parts = new ArrayList<>(List.of(filter.countKind().label(),
                "per million " + filter.denominator().label()));
        parts.addAll(narrowing(filter));
        return String.join(" · ", parts);
    }

    /**
     * For a chart's subtitle, what its rows are narrowed to: "Only: incidents through WhatsApp · 2 countries ·
     * 2019." Empty when nothing narrows them beyond the kind and denominator (worldwide rows left out show as such).
     */
    static String narrowedTo(ExposureFilter filter) {
        List<String> parts = narrowing(filter).stream().filter(part -> !part.equals(NO_WORLDWIDE))
                .map(part -> part.startsWith("through ") ? "incidents " + part : part).toList();
        return parts.isEmpty() ? "" : "Only: " + String.join(" · ", parts) + ".";
    }

    /** What narrows the rows beyond the kind and the denominator: platform, incidents, countries, years. */
    private static List<String> narrowing(ExposureFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.platform() != null) {
            parts.add("through " + filter.platform());
        }
        if (!filter.incidents().isEmpty()) {
            parts.add(filter.incidents().size() == 1 ? "1 incident" : filter.incidents().size() + " incidents");
        }
        if (!filter.countries().isEmpty()) {
            String countries = filter.countries().size() == 1 ? "1 country" : filter.countries().size() + " countries";
            parts.add(filter.worldwide() ? countries + " and worldwide figures" : countries);
        }
        Integer from = filter.fromYear();
        Integer to = filter.toYear();
        if (from != null || to != null) {
            parts.add(from == null ? "until " + to : to == null ? "from " + from
                    : from.equals(to) ? String.valueOf(from) : from + "–" + to);
        }
        if (!filter.worldwide() && filter.countries().isEmpty()) {
            parts.add(NO_WORLDWIDE);
        }
        return parts;
    }

    private void yearsChanged() {
        changed(shown.filter().withYears(fromYear.getValue(), toYear.getValue()));
    }

    private void changed(ExposureFilter filter) {
        if (!showing) {
            go.accept(shown.withFilter(filter));
        }
    }

    private static Set<String> ids(Set<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
    }

    private static Set<Choice> choices(List<Choice> all, Set<String> ids) {
        return all.stream().filter(choice -> ids.contains(choice.id())).collect(Collectors.toSet());
    }
}
