package org.privacyimpact.curation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.privacyimpact.common.validation.FieldProblem;

/**
 * A curated record's fields, each registered under its name in the data API's CSV (people_targeted,
 * source_url …) so the service's problems land on the field they name.
 */
abstract class DraftForm<D> extends FormLayout {

    private final Map<String, Component> fields = new LinkedHashMap<>();
    /** The field that names the record (a reference id, an incident's id), if the form has one. */
    private TextField key;
    private boolean keyFixed;

    DraftForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** Shows a stored record's values; the key field is read-only once a record exists. */
    abstract void read(D draft, boolean existing);

    /**
     * The draft the fields describe. Text that cannot be a number is reported in {@code problems} (the field
     * keeps what was typed) and becomes null in the draft.
     */
    abstract D write(List<FieldProblem> problems);

    <C extends Component> C field(String name, C component) {
        fields.put(name, component);
        add(component);
        return component;
    }

    /** The field that names the record: once the record exists it cannot change, and the form shows so. */
    TextField key(String name, TextField component) {
        key = field(name, component);
        return key;
    }

    /** Keeps the key of a record that exists read-only, whatever else becomes editable. */
    void fixKey(boolean existing) {
        keyFixed = existing;
        if (key != null) {
            key.setReadOnly(existing);
        }
    }

    <C extends Component> C wide(String name, C component) {
        field(name, component);
        setColspan(component, 2);
        return component;
    }

    /** A field's name as its label shows it to the curator: "People targeted" for people_targeted. */
    String labelOf(String name) {
        return fields.get(name) instanceof HasLabel labelled && labelled.getLabel() != null
                && !labelled.getLabel().isBlank() ? labelled.getLabel() : name;
    }

    /**
     * A message with the fields' column names in it (period_start) written as their labels: Must not be before
     * “Period from (year)”. A name that is a plain word (name, summary) already reads as one and stays.
     */
    String inLabels(String message) {
        String said = message;
        for (String name : fields.keySet()) {
            String label = labelOf(name);
            if (name.contains("_") && !label.equals(name)) {
                said = said.replaceAll("\\b" + Pattern.quote(name) + "\\b",
                        Matcher.quoteReplacement("\u201C" + label + "\u201D"));
            }
        }
        return said;
    }

    /** Marks each named field invalid with its message (a field that cannot show one, a checkbox, is left). */
    void show(List<FieldProblem> problems) {
        clearProblems();
        for (FieldProblem problem : problems) {
            if (fields.get(problem.field()) instanceof HasValidation validated) {
                validated.setInvalid(true);
                validated.setErrorMessage(inLabels(problem.message()));
            }
        }
    }

    void clearProblems() {
        fields.values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> {
            if (field instanceof HasValue<?, ?> value) {
                value.setReadOnly(readOnly || value == key && keyFixed);
            }
        });
    }

    /** A whole number typed as text (user bases exceed int); blank is null, anything else a named problem. */
    static Long wholeNumber(TextField field, String name, List<FieldProblem> problems) {
        String text = field.getValue() == null ? "" : field.getValue().strip().replace("_", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "\"" + field.getValue() + "\" is not a whole number (digits only)"));
            return null;
        }
    }
}
