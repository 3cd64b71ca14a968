package org.privacyimpact.brief;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The briefing pack's pages as PDF: a country's brief (its figures, rates, incidents and sources on A4) and the
 * world's (worldwide figures and the countries with the highest rates). Read from the same queries as the
 * dashboard's pages, so the numbers are the page's.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Briefs {

    public static final String WORLD_FILE_NAME = "world-brief.pdf";

    private final BriefContents contents;
    private final BriefPdf pdf;

    /**
     * @param iso2   ISO 3166-1 alpha-2, in capitals
     * @param origin the dashboard's address, such as https://example.org, for the live view's link
     * @return empty when the dataset has no such country
     */
    public Optional<byte[]> country(String iso2, String origin) {
        return contents.country(iso2, origin).map(pdf::render);
    }

    public byte[] world(String origin) {
        return pdf.render(contents.world(origin));
    }

    /** The file a country's brief is saved as: country-IN-brief.pdf, beside country-IN-figures.csv. */
    public static String countryFileName(String iso2) {
        return "country-" + iso2 + "-brief.pdf";
    }
}
