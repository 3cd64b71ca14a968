package org.privacyimpact.dataset;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.privacyimpact.db.Tables.DATASET_CHANGE;
import static org.privacyimpact.db.Tables.DATASET_RELEASE;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JooqDatasetQuery implements DatasetQuery {

    /** 2026.11.10 sorts after 2026.11.9: compare the parts as numbers. */
    private static final Field<Integer[]> VERSION_PARTS = field("string_to_array({0}, '.')::int[]",
            SQLDataType.INTEGER.array(), DATASET_RELEASE.VERSION);

    private final DSLContext db;

    JooqDatasetQuery(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<DatasetRelease> releases() {
        return db.select(DATASET_RELEASE.VERSION, DATASET_RELEASE.RELEASED_ON, DATASET_RELEASE.SUMMARY,
                        multiset(select(DATASET_CHANGE.DESCRIPTION).from(DATASET_CHANGE)
                                .where(DATASET_CHANGE.VERSION.eq(DATASET_RELEASE.VERSION))
                                .orderBy(DATASET_CHANGE.ID))
                                .convertFrom(changes -> changes.map(Record1::value1)))
                .from(DATASET_RELEASE)
                .orderBy(DATASET_RELEASE.RELEASED_ON.desc(), VERSION_PARTS.desc())
                .fetch(r -> new DatasetRelease(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public DatasetRelease currentRelease() {
        return releases().getFirst();
    }

    @Override
    public List<SourceSummary> sources(int offset, int limit) {
        return db.select(SOURCE.ID, SOURCE.TITLE, SOURCE.PUBLISHER, SOURCE.URL, SOURCE.PUBLISHED_ON,
                        field(selectCount().from(TARGET_FIGURE).where(TARGET_FIGURE.SOURCE_ID.eq(SOURCE.ID))),
                        field(selectCount().from(PLATFORM_USER_BASE)
                                .where(PLATFORM_USER_BASE.SOURCE_ID.eq(SOURCE.ID))))
                .from(SOURCE)
                .orderBy(SOURCE.TITLE, SOURCE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new SourceSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    @Override
    public int countSources() {
        return db.fetchCount(SOURCE);
    }
}
