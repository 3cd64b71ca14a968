package org.privacyimpact.ui;

import java.util.List;

import com.vaadin.flow.component.textfield.IntegerField;
import org.privacyimpact.dataset.DatasetYears;

/**
 * A filter bar's "From year" and "To year": within the years a filter may name, either left open, and a last
 * year before the first marked on the field rather than sent on.
 */
public final class YearRangeFields {

    public final IntegerField from = new IntegerField("From year");
    public final IntegerField to = new IntegerField("To year");

    /** @param changed called when the reader changes either year and they are in order */
    public YearRangeFields(Runnable changed) {
        for (IntegerField year : List.of(from, to)) {
            year.setMin(DatasetYears.FIRST);
            year.setMax(DatasetYears.LAST_TO_FILTER);
            year.setStepButtonsVisible(true);
            year.setPlaceholder("any");
            year.setWidth("9rem");
            year.addValueChangeListener(event -> {
                if (inOrder()) {
                    changed.run();
                }
            });
        }
    }

    /** Whether the years may be used; if not, the last year says why. */
    public boolean inOrder() {
        boolean inOrder = from.getValue() == null || to.getValue() == null || from.getValue() <= to.getValue();
        to.setInvalid(!inOrder);
        to.setErrorMessage(inOrder ? null : "The last year must not be before the first");
        return inOrder;
    }

    public void show(Integer first, Integer last) {
        from.setValue(first);
        to.setValue(last);
        to.setInvalid(false);
    }
}
