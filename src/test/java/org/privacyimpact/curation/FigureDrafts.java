package org.privacyimpact.curation;

/** A figure's draft with one field changed, for tests that save a change as a curator would. */
public final class FigureDrafts {

    private FigureDrafts() {
    }

    public static FigureDraft withNotes(FigureDraft d, String notes) {
        return new FigureDraft(d.referenceId(), d.incidentId(), d.countryIso2(), d.peopleTargeted(),
                d.countQualifier(), d.countKind(), d.countedUnit(), d.periodStart(), d.periodEnd(), d.victimGroups(), d.verified(),
                d.preferred(), d.subsetOf(), d.denominatorRule(), notes, d.sourceUrl(), d.sourceQuote());
    }

    public static FigureDraft withCount(FigureDraft d, int count) {
        return new FigureDraft(d.referenceId(), d.incidentId(), d.countryIso2(), count, d.countQualifier(),
                d.countKind(), d.countedUnit(), d.periodStart(), d.periodEnd(), d.victimGroups(), d.verified(), d.preferred(),
                d.subsetOf(), d.denominatorRule(), d.notes(), d.sourceUrl(), d.sourceQuote());
    }
}
