package org.privacyimpact.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that shows and reads a day as 2025-09-10, whatever the browser's language: the dataset's curators
 * work across countries, and 9/10/2025 reads as two different days.
 */
public class IsoDatePicker extends DatePicker {

    public IsoDatePicker(String label) {
        super(label);
        setI18n(new DatePickerI18n().setDateFormat("yyyy-MM-dd"));
    }
}
