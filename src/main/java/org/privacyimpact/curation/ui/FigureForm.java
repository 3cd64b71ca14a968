package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.curation.CuratedRow;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.DatasetQuery.Choice;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.ValueQualifier;

/** A target figure: what was counted, where, by whom, and the source's own words. */
class FigureForm extends DraftForm<FigureDraft> {

    final TextField referenceId = key("reference_id", new TextField("Reference id"));
    final ComboBox<String> incident = field("incident_id", new ComboBox<>("Incident"));
    final TextField country = field("country_iso2", new TextField("Country (ISO code)"));
    final IntegerField count = field("people_targeted", new IntegerField("People targeted"));
    final ComboBox<ValueQualifier> qualifier = field("count_qualifier", new ComboBox<>("How exact"));
    final ComboBox<CountKind> kind = field("count_kind", new ComboBox<>("What the number counts"));
    final ComboBox<CountedUnit> unit = field("counted_unit", new ComboBox<>("Counted in"));
    final IntegerField periodStart = field("period_start", new IntegerField("Period from (year)"));
    final IntegerField periodEnd = field("period_end", new IntegerField("Period to (year)"));
    final TextField victimGroups = wide("victim_groups", new TextField("Who was targeted"));
    final Checkbox verified = field("verified", new Checkbox("Verified against the source"));
    final Checkbox preferred = field("preferred", new Checkbox("Preferred value (others are shown beside it)"));
    final TextField subsetOf = field("subset_of", new TextField("Part of figure (reference id)"));
    final ComboBox<DenominatorRule> denominatorRule = field("denominator_rule", new ComboBox<>("Rates against"));
    final ComboBox<String> sourceUrl = wide("source_url", new ComboBox<>("Source"));
    final TextArea quote = wide("source_quote", new TextArea("The source's words, verbatim"));
    final TextArea notes = wide("notes", new TextArea("Notes for readers"));

    FigureForm(List<Choice> incidents, List<CuratedRow> sources) {
        referenceId.setHelperText("A stable key, e.g. WA2019-IN; it cannot change later");
        incident.setItems(incidents.stream().map(Choice::id).toList());
        incident.setItemLabelGenerator(id -> incidents.stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.label() + " (" + id + ")").orElse(id));
        country.setHelperText("Two letters, e.g. IN; empty for worldwide");
        country.setMaxLength(2);
        count.setMin(0);
        count.setStepButtonsVisible(false);
        qualifier.setItems(ValueQualifier.values());
        qualifier.setItemLabelGenerator(ValueQualifier::words);
        kind.setItems(CountKind.values());
        kind.setItemLabelGenerator(CountKind::label);
        kind.setHelperText("Counts of different kinds are never added together");
        unit.setItems(CountedUnit.values());
        unit.setItemLabelGenerator(CountedUnit::plural);
        unit.setHelperText("What one unit of the number is: phone numbers or accounts are never read as people");
        // a new kind brings its usual unit, unless the curator chose another for the figure
        kind.addValueChangeListener(event -> {
            boolean usual = unit.isEmpty() || event.getOldValue() != null
                    && unit.getValue() == event.getOldValue().usualUnit();
            if (event.getValue() != null && usual) {
                unit.setValue(event.getValue().usualUnit());
            }
        });
        denominatorRule.setItems(DenominatorRule.values());
        denominatorRule.setItemLabelGenerator(DenominatorRule::label);
        denominatorRule.setHelperText("Which numbers of this area the people counted may be divided by");
        denominatorRule.addValueChangeListener(event -> denominatorRule.setHelperText(event.getValue() == null
                ? "" : event.getValue().explanation()));
        SourceChoices.configure(sourceUrl, sources);
        quote.setHelperText("Copied word for word: readers see it beside the number");
        quote.setRequiredIndicatorVisible(true);
        count.setRequiredIndicatorVisible(true);
        incident.setRequiredIndicatorVisible(true);
        sourceUrl.setRequiredIndicatorVisible(true);
    }

    @Override
    void read(FigureDraft d, boolean existing) {
        referenceId.setValue(orEmpty(d.referenceId()));
        fixKey(existing);
        incident.setValue(d.incidentId());
        country.setValue(orEmpty(d.countryIso2()));
        count.setValue(d.peopleTargeted());
        qualifier.setValue(d.countQualifier());
        kind.setValue(d.countKind());
        unit.setValue(d.countedUnit());
        periodStart.setValue(d.periodStart());
        periodEnd.setValue(d.periodEnd());
        victimGroups.setValue(orEmpty(d.victimGroups()));
        verified.setValue(d.verified());
        preferred.setValue(d.preferred());
        subsetOf.setValue(orEmpty(d.subsetOf()));
        denominatorRule.setValue(d.denominatorRule());
        sourceUrl.setValue(d.sourceUrl());
        quote.setValue(orEmpty(d.sourceQuote()));
        notes.setValue(orEmpty(d.notes()));
    }

    @Override
    FigureDraft write(List<FieldProblem> problems) {
        return new FigureDraft(referenceId.getValue(), incident.getValue(), country.getValue(), count.getValue(),
                qualifier.getValue(), kind.getValue(), unit.getValue(), periodStart.getValue(), periodEnd.getValue(),
                victimGroups.getValue(), verified.getValue(), preferred.getValue(), subsetOf.getValue(),
                denominatorRule.getValue(), notes.getValue(), sourceUrl.getValue(), quote.getValue());
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
