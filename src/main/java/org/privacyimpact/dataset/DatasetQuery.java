package org.privacyimpact.dataset;

import java.util.List;

/** What the dataset is: its versions and the sources it cites. Read-only. */
public interface DatasetQuery {

    /** Newest first. */
    List<DatasetRelease> releases();

    /** The newest release. */
    DatasetRelease currentRelease();

    /** The sources the filter matches, by title, a page at a time. */
    List<SourceSummary> sources(SourceFilter filter, int offset, int limit);

    int countSources(SourceFilter filter);

    /** Every incident, for pickers: id and short name, by short name. */
    List<Choice> incidents();

    /** Countries that have at least one target figure, for pickers: ISO alpha-2 and name, by name. */
    List<Choice> countriesWithFigures();

    /** Every country's name by its ISO 3166-1 numeric code, the key world-map data uses. */
    java.util.Map<String, String> countryNamesByNumericCode();

    /** Counts for the overview: incidents, countries, figures by count kind, incidents by year. */
    DatasetStatistics statistics();

    /** Every published incident's short name by the year it was first reported, oldest year first. */
    java.util.SortedMap<Integer, List<String>> incidentNamesByYear();

    /** A value to pick and the words to show for it. */
    record Choice(String id, String label) {
    }
}
