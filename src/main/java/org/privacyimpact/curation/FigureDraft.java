package org.privacyimpact.curation;

import static org.privacyimpact.curation.CuratedDraft.auditValuesOf;
import static org.privacyimpact.curation.CuratedDraft.clean;

import java.util.Map;

import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * A target figure as a curator enters it, in the data API's terms: the source is named by its URL, a figure it
 * counts part of by that figure's reference id, and a blank country means worldwide.
 */
public record FigureDraft(String referenceId, String incidentId, String countryIso2, Integer peopleTargeted,
                          ValueQualifier countQualifier, CountKind countKind, CountedUnit countedUnit,
                          Integer periodStart, Integer periodEnd,
                          String victimGroups, boolean verified, boolean preferred, String subsetOf,
                          DenominatorRule denominatorRule,
                          String notes, String sourceUrl, String sourceQuote) implements CuratedDraft<FigureDraft> {

    static FigureDraft blank() {
        return new FigureDraft(null, null, null, null, null, null, null, null, null, null, false, false, null,
                DenominatorRule.AREA_USERS, null, null, null);
    }

    /** A figure whose unit is not given counts its kind's usual unit: phone numbers on a leaked list, else people. */
    @Override
    public FigureDraft normalised() {
        return new FigureDraft(clean(referenceId), clean(incidentId), CuratedDraft.country(countryIso2),
                peopleTargeted, countQualifier, countKind,
                countedUnit == null && countKind != null ? countKind.usualUnit() : countedUnit,
                periodStart, periodEnd, clean(victimGroups), verified,
                preferred, clean(subsetOf), denominatorRule == null ? DenominatorRule.AREA_USERS : denominatorRule,
                clean(notes), clean(sourceUrl), clean(sourceQuote));
    }

    @Override
    public FigureDraft withKey(String key) {
        return new FigureDraft(key, incidentId, countryIso2, peopleTargeted, countQualifier, countKind, countedUnit,
                periodStart, periodEnd, victimGroups, verified, preferred, subsetOf, denominatorRule, notes, sourceUrl,
                sourceQuote);
    }

    @Override
    public Map<String, String> auditValues() {
        return auditValuesOf("reference_id", referenceId, "incident_id", incidentId, "country_iso2", countryIso2,
                "people_targeted", peopleTargeted, "count_qualifier", countQualifier, "count_kind", countKind, "counted_unit", countedUnit,
                "period_start", periodStart, "period_end", periodEnd, "victim_groups", victimGroups,
                "verified", verified, "preferred", preferred, "subset_of", subsetOf,
                "denominator_rule", denominatorRule, "notes", notes, "source_url", sourceUrl,
                "source_quote", sourceQuote);
    }
}
