package org.privacyimpact.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Every country's name by its ISO 3166-1 numeric code (the key world-map data uses), as one map that every
 * reader's map shares: read again only when the dataset's stamp moves, instead of a copy of 250 names in each
 * reader's session (heap per session, BENCHMARKS.md).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SharedCountryNames {

    private final DatasetQuery query;
    private final DatasetStamp stamp;
    private volatile Names names;

    public Map<String, String> byNumericCode() {
        String current = stamp.current();
        Names kept = names;
        if (kept == null || !kept.stamp().equals(current)) {
            kept = new Names(current, Collections.unmodifiableMap(new LinkedHashMap<>(query.countryNamesByNumericCode())));
            names = kept;
        }
        return kept.byNumericCode();
    }

    private record Names(String stamp, Map<String, String> byNumericCode) {
    }
}
