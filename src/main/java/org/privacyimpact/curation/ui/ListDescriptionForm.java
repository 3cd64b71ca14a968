package org.privacyimpact.curation.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.privacyimpact.curation.PersonListMapping.ListDescription;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.ui.IsoDatePicker;

/** What a list with one row per person is, as its figures will cite it, and the date of this version. */
class ListDescriptionForm extends FormLayout {

    final TextField title = new TextField("Title");
    final TextField publisher = new TextField("Publisher");
    final TextField url = new TextField("Address (URL)");
    final DatePicker version = new IsoDatePicker("Version of");
    final TextField keyPrefix = new TextField("Key prefix");
    final Select<ValueQualifier> qualifier = new Select<>();
    final TextField victimGroups = new TextField("Who the rows are");
    final Checkbox verified = new Checkbox("Verified: I checked the rows against their sources");
    final Checkbox onePlatform = new Checkbox("Every row was attacked through the incident's own platform");

    ListDescriptionForm(Runnable changed) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        title.setHelperText("As the figures will cite the list");
        url.setHelperText("Where the list can be downloaded; a later version at the same address updates its figures");
        version.setHelperText("The date of this version of the file");
        version.setValue(LocalDate.now(ZoneOffset.UTC));
        version.setMax(LocalDate.now(ZoneOffset.UTC));
        keyPrefix.setHelperText("2 to 10 capital letters or digits; starts every figure's reference id");
        keyPrefix.setPlaceholder("TRACKER");
        qualifier.setLabel("The counts are");
        // a list cannot say "at most": it counts the people it holds
        qualifier.setItems(ValueQualifier.AT_LEAST, ValueQualifier.EXACT, ValueQualifier.APPROXIMATE);
        qualifier.setItemLabelGenerator(ListDescriptionForm::qualifierLabel);
        qualifier.setValue(ValueQualifier.AT_LEAST);
        qualifier.setHelperText("A list holds the people known to it: usually \"at least\"");
        victimGroups.setHelperText("Optional, e.g. journalists and activists — never a name");
        add(title, publisher, url, version, keyPrefix, qualifier, victimGroups, verified, onePlatform);

        List.of(title, publisher, url, keyPrefix, victimGroups).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.ON_BLUR);
            field.addValueChangeListener(event -> changed.run());
        });
        version.addValueChangeListener(event -> changed.run());
        qualifier.addValueChangeListener(event -> changed.run());
        List.of(verified, onePlatform).forEach(box -> box.addValueChangeListener(event -> changed.run()));
    }

    ListDescription value() {
        return new ListDescription(title.getValue(), publisher.getValue(), url.getValue().strip(),
                keyPrefix.getValue().strip().toUpperCase(Locale.ROOT), qualifier.getValue(), verified.getValue(),
                onePlatform.getValue(), victimGroups.getValue().isBlank() ? null : victimGroups.getValue().strip());
    }

    LocalDate version() {
        return version.getValue();
    }

    /** Shows a remembered description; the version date stays this file's. */
    void fill(ListDescription list) {
        title.setValue(nonNull(list.title()));
        publisher.setValue(nonNull(list.publisher()));
        url.setValue(nonNull(list.url()));
        keyPrefix.setValue(nonNull(list.keyPrefix()));
        qualifier.setValue(list.qualifier());
        victimGroups.setValue(nonNull(list.victimGroups()));
        verified.setValue(list.verified());
        onePlatform.setValue(list.onePlatform());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String qualifierLabel(ValueQualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "Exact";
            case APPROXIMATE -> "About";
            case AT_LEAST -> "At least";
            case AT_MOST -> "At most";
        };
    }
}
