package org.privacyimpact.curation.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.privacyimpact.curation.PersonListMapping.Split;

/**
 * Which incident (or count kind) a list's row counts toward: one for every row, or chosen per value of a column.
 * Each value of the column gets its own choice, with "leave these rows out" as one of them.
 *
 * @param <T> an incident or a count kind
 */
class SplitChoice<T> extends Div {

    static final String LEAVE_OUT = "Leave these rows out";

    private static final String ONE_FOR_ALL = "The same for every row";
    private static final String BY_COLUMN = "By the value of a column";

    final RadioButtonGroup<String> how = new RadioButtonGroup<>();
    final ComboBox<T> fixed;
    final Select<String> column = new Select<>();
    final FormLayout values = new FormLayout();
    final Map<String, ComboBox<Object>> byValue = new LinkedHashMap<>();

    private final List<T> items;
    private final Function<T, String> label;
    private final Function<T, String> code;
    private final Function<String, Map<String, Integer>> valuesOfColumn;
    private final Runnable changed;
    private final Map<String, String> remembered = new HashMap<>();

    SplitChoice(String title, List<T> items, Function<T, String> label, Function<T, String> code,
                Function<String, Map<String, Integer>> valuesOfColumn, Runnable changed) {
        this.items = items;
        this.label = label;
        this.code = code;
        this.valuesOfColumn = valuesOfColumn;
        this.changed = changed;
        addClassName("split-choice");
        fixed = new ComboBox<>(title);
        fixed.setItems(items);
        fixed.setItemLabelGenerator(label::apply);
        fixed.setWidthFull();
        how.setItems(ONE_FOR_ALL, BY_COLUMN);
        how.setValue(ONE_FOR_ALL);
        column.setLabel("Column");
        column.setEmptySelectionAllowed(true);
        column.setEmptySelectionCaption("Choose a column");
        values.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        how.addValueChangeListener(event -> {
            show();
            changed.run();
        });
        fixed.addValueChangeListener(event -> changed.run());
        column.addValueChangeListener(event -> {
            listValues();
            changed.run();
        });
        add(new H4(title), how, fixed, column, values);
        show();
    }

    void setColumns(List<String> header) {
        column.setItems(header);
    }

    /** Shows a remembered choice. */
    void set(Split split, Map<String, T> byCode) {
        remembered.clear();
        if (split.byColumn()) {
            remembered.putAll(split.byValue());
            how.setValue(BY_COLUMN);
            column.setValue(split.column());
            listValues();
        } else {
            how.setValue(ONE_FOR_ALL);
            fixed.setValue(split.fixed() == null ? null : byCode.get(split.fixed()));
        }
    }

    Split value() {
        if (ONE_FOR_ALL.equals(how.getValue())) {
            return Split.of(fixed.getValue() == null ? null : code.apply(fixed.getValue()));
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        byValue.forEach((value, choice) -> {
            Object target = choice.getValue();
            if (LEAVE_OUT.equals(target)) {
                chosen.put(value, "");
            } else if (target != null) {
                @SuppressWarnings("unchecked")
                T item = (T) target;
                chosen.put(value, code.apply(item));
            }
        });
        return Split.byColumn(column.getValue(), chosen);
    }

    private void show() {
        boolean byColumn = BY_COLUMN.equals(how.getValue());
        fixed.setVisible(!byColumn);
        column.setVisible(byColumn);
        values.setVisible(byColumn);
    }

    /** One choice per value of the column, with its number of rows; a remembered choice is kept. */
    private void listValues() {
        values.removeAll();
        byValue.clear();
        if (column.getValue() == null) {
            return;
        }
        List<Object> choices = new ArrayList<>(items);
        choices.add(LEAVE_OUT);
        valuesOfColumn.apply(column.getValue()).forEach((value, rows) -> {
            ComboBox<Object> choice = new ComboBox<>((value.isEmpty() ? "(empty cell)" : "“" + value + "”") + " — "
                    + (rows == 1 ? "1 row" : "%,d rows".formatted(rows)));
            choice.setItems(choices);
            choice.setItemLabelGenerator(item -> item instanceof String text ? text : labelOf(item));
            choice.setWidthFull();
            String target = remembered.get(value);
            if (target != null) {
                choice.setValue(target.isEmpty() ? LEAVE_OUT
                        : items.stream().filter(item -> code.apply(item).equals(target)).findFirst().orElse(null));
            }
            choice.addValueChangeListener(event -> changed.run());
            byValue.put(value, choice);
            values.add(choice);
        });
    }

    @SuppressWarnings("unchecked")
    private String labelOf(Object item) {
        return label.apply((T) item);
    }
}
