package org.privacyimpact.curation;

import static org.privacyimpact.curation.CuratedDraft.auditValuesOf;
import static org.privacyimpact.curation.CuratedDraft.clean;

import java.time.LocalDate;
import java.util.Map;

/** One campaign or investigation; its figures are entered separately. The right of reply needs its source's URL. */
public record IncidentDraft(String id, String name, String shortName, String toolOrVendor, String vectorPlatform,
                            String vectorDescription, Integer yearStart, Integer yearEnd, LocalDate disclosedOn,
                            String summary, String caveats, String rightOfReply, String rightOfReplySourceUrl)
        implements CuratedDraft<IncidentDraft> {

    static IncidentDraft blank() {
        return new IncidentDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public IncidentDraft normalised() {
        return new IncidentDraft(clean(id), clean(name), clean(shortName), clean(toolOrVendor), clean(vectorPlatform),
                clean(vectorDescription), yearStart, yearEnd, disclosedOn, clean(summary), clean(caveats),
                clean(rightOfReply), clean(rightOfReplySourceUrl));
    }

    @Override
    public IncidentDraft withKey(String key) {
        return new IncidentDraft(key, name, shortName, toolOrVendor, vectorPlatform, vectorDescription, yearStart,
                yearEnd, disclosedOn, summary, caveats, rightOfReply, rightOfReplySourceUrl);
    }

    @Override
    public Map<String, String> auditValues() {
        return auditValuesOf("id", id, "name", name, "short_name", shortName, "tool_or_vendor", toolOrVendor,
                "platform", vectorPlatform, "vector_description", vectorDescription, "year_start", yearStart,
                "year_end", yearEnd, "disclosed_on", disclosedOn, "summary", summary, "caveats", caveats,
                "right_of_reply", rightOfReply,
                "right_of_reply_source_url", rightOfReply == null ? null : rightOfReplySourceUrl);
    }
}
