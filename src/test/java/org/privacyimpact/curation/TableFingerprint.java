package org.privacyimpact.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

/** Row count and an MD5 of every row of each table, in a fixed order: equal before and after means untouched. */
final class TableFingerprint {

    private TableFingerprint() {
    }

    static Map<String, String> of(DSLContext db, List<String> tables) {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : tables) {
            fingerprint.put(table, db.fetchSingle("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                    + " order by t::text)), '') from " + table + " t").into(String.class));
        }
        return fingerprint;
    }
}
