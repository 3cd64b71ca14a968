package org.privacyimpact.curation;

import java.time.LocalDate;

/** One campaign or investigation; its figures are entered separately. The right of reply needs its source's URL. */
public record IncidentDraft(String id, String name, String shortName, String toolOrVendor, String vectorPlatform,
                            String vectorDescription, Integer yearStart, Integer yearEnd, LocalDate disclosedOn,
                            String summary, String caveats, String rightOfReply, String rightOfReplySourceUrl) {
}
