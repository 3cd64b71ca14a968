package org.privacyimpact.common.validation;

/**
 * Why a value cannot be saved, naming the field by its column in the data API's CSV (people_targeted,
 * country_iso2, source_url …), so the editing form and the import preview speak the same names.
 */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
