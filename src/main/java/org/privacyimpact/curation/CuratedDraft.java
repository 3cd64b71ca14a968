package org.privacyimpact.curation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.privacyimpact.dataset.StoredCode;

/**
 * A curated record as a curator enters it, and the rules that belong to its values alone: how it is
 * normalised before it is checked and stored, how it carries its key, and how its values read in the audit
 * trail. How it is stored, listed and checked against the dataset is its table's ({@link JooqCuratedTable}).
 */
public interface CuratedDraft<D extends CuratedDraft<D>> {

    /** Trimmed, blanks as null, codes in their stored case, defaults filled in. */
    D normalised();

    /** The same values under the key a record is stored with (a source's number is not among its values). */
    D withKey(String key);

    /** Each field's value as text, in the order a curator reads them; what the audit trail compares. */
    Map<String, String> auditValues();

    /** Trimmed; blank becomes null. A quote keeps its inner spacing and punctuation exactly. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An ISO 3166-1 code in capitals; blank (worldwide) becomes null. */
    static String country(String iso2) {
        String value = clean(iso2);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /**
     * Audit values from names and values in turn ("title", title, "url", url, …), in that order: a stored code
     * reads as its code, any other value as its text, and null stays null.
     */
    static Map<String, String> auditValuesOf(Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put((String) namesAndValues[i], value instanceof StoredCode code ? code.code()
                    : value == null ? null : value.toString());
        }
        return values;
    }
}
