package org.privacyimpact.incident;

/** How the incident list is ordered: a column the reader clicked, never a column name from outside. */
public record IncidentSort(Column column, boolean ascending) {

    public enum Column { NAME, YEARS, FIRST_REPORTED, FIGURES }

    public static final IncidentSort NEWEST_FIRST = new IncidentSort(Column.YEARS, false);
}
