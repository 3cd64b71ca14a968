package org.privacyimpact.incident;

import java.util.List;

import org.privacyimpact.dataset.SourceCitation;

/**
 * Everything about one incident: what happened, its figures by area with competing values side by side, the
 * caveats, and the vendor's or a government's reply where one was published.
 *
 * @param rightOfReply null where no published response was found
 * @param sources      every document cited by the incident's figures, each once
 */
public record IncidentDetail(String id, String name, String shortName, String toolOrVendor, String platform,
                             String vectorDescription, int yearStart, Integer yearEnd, String summary,
                             String caveats, String rightOfReply, SourceCitation rightOfReplySource,
                             List<FigureLine> figures, List<SourceCitation> sources) {

    public String years() {
        return yearEnd == null || yearEnd == yearStart ? String.valueOf(yearStart) : yearStart + "–" + yearEnd;
    }
}
