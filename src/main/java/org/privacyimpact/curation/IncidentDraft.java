package org.privacyimpact.curation;

import static org.privacyimpact.curation.CuratedDraft.clean;
import static org.privacyimpact.curation.CuratedDraft.text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("name", name);
        values.put("short_name", shortName);
        values.put("tool_or_vendor", toolOrVendor);
        values.put("platform", vectorPlatform);
        values.put("vector_description", vectorDescription);
        values.put("year_start", text(yearStart));
        values.put("year_end", text(yearEnd));
        values.put("disclosed_on", text(disclosedOn));
        values.put("summary", summary);
        values.put("caveats", caveats);
        values.put("right_of_reply", rightOfReply);
        values.put("right_of_reply_source_url", rightOfReply == null ? null : rightOfReplySourceUrl);
        return values;
    }
}
