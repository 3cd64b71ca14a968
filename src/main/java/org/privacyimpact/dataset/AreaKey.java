package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import org.jooq.Field;

/**
 * A figure's or user figure's area as one comparable value: its country code, or {@link Area#WORLDWIDE_KEY}
 * for worldwide. Null would match nothing with "=", and "is not distinct from" is served by no index; the
 * lookup indexes (V10, V12) are built on this same expression.
 */
public final class AreaKey {

    private AreaKey() {
    }

    public static Field<String> of(Field<String> countryIso2) {
        return coalesce(countryIso2, inline(Area.WORLDWIDE_KEY));
    }

    /** The same for a country code given as a value (bound, not inlined); null for worldwide. */
    public static Field<String> of(String countryIso2) {
        return val(countryIso2 == null ? Area.WORLDWIDE_KEY : countryIso2);
    }
}
