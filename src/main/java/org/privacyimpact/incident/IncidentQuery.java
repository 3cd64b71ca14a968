package org.privacyimpact.incident;

import java.util.List;
import java.util.Optional;

/** The incidents of the dataset, for the list and the detail page. Read-only. */
public interface IncidentQuery {

    List<IncidentSummary> find(IncidentFilter filter, IncidentSort sort, int offset, int limit);

    int count(IncidentFilter filter);

    Optional<IncidentDetail> detail(String id);
}
