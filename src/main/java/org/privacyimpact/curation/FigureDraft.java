package org.privacyimpact.curation;

import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * A target figure as a curator enters it, in the data API's terms: the source is named by its URL, a figure it
 * counts part of by that figure's reference id, and a blank country means worldwide.
 */
public record FigureDraft(String referenceId, String incidentId, String countryIso2, Integer peopleTargeted,
                          ValueQualifier countQualifier, CountKind countKind, Integer periodStart, Integer periodEnd,
                          String victimGroups, boolean verified, boolean preferred, String subsetOf,
                          DenominatorRule denominatorRule,
                          String notes, String sourceUrl, String sourceQuote) {
}
