package org.privacyimpact.dataset;

import java.util.List;
import java.util.Set;

/**
 * A dataset of two countries (IN, MX), one published incident (WA2019) and two platforms, one of them an incident's
 * (WhatsApp), for rule tests.
 */
public final class SmallKnownValues implements KnownValues {

    public static final FilterParameters FILTERS = new FilterParameters(new SmallKnownValues());

    @Override
    public List<String> platformNames() {
        return List.of("Internet (all)", "WhatsApp");
    }

    @Override
    public List<String> incidentPlatforms() {
        return List.of("WhatsApp");
    }

    @Override
    public boolean isCountry(String iso2) {
        return Set.of("IN", "MX").contains(iso2);
    }

    @Override
    public boolean isIncident(String id) {
        return id.equals("WA2019");
    }
}
