package org.privacyimpact.exposure;

/** Order of comparison rows. Columns are an enum so that no column name from a browser reaches SQL. */
public record ExposureSort(Column column, boolean ascending) {

    public enum Column { AREA, PEOPLE_TARGETED, USERS, PER_MILLION }

    public static final ExposureSort HIGHEST_RATE_FIRST = new ExposureSort(Column.PER_MILLION, false);
}
