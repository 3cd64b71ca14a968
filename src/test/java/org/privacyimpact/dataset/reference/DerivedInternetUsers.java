package org.privacyimpact.dataset.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Internet users as a number of people, worked out from the ITU's share of the population using the internet
 * (World Bank IT.NET.USER.ZS) and the World Bank's population of the same country and year: no maintained file
 * gives the count itself after 2021. The row quotes the share's line; its notes say the arithmetic and quote the
 * population line, so a reader can redo it and {@code DataQualityTest} does.
 */
public final class DerivedInternetUsers {

    /** The share file the derived rows quote, at the commit copied. */
    public static final String SHARE_SOURCE_URL = "https://raw.githubusercontent.com/open-numbers/"
            + "ddf--open_numbers--world_development_indicators/01a34e8b54d76160a61b0325d74254e22db06b93/datapoints/"
            + "ddf--datapoints--it_net_user_zs--by--geo--time.csv";

    private DerivedInternetUsers() {
    }

    /** share % of the population, rounded half up to whole people. */
    static long users(BigDecimal sharePercent, long population) {
        return sharePercent.multiply(BigDecimal.valueOf(population))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** "51.9% of the World Bank's 1,946,298 people in 2010 (line "…"), rounded: worked out, not stated." */
    static String notes(BigDecimal sharePercent, long population, int year, String populationLine) {
        return sharePercent.toPlainString() + "% (the quoted line) of the World Bank's "
                + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(population) + " people in " + year
                + " (line \"" + populationLine + "\" of its population file), rounded: worked out, not stated "
                + "by the source.";
    }
}
