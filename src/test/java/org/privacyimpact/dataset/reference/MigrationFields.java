package org.privacyimpact.dataset.reference;

import static org.jooq.impl.DSL.select;
import static org.privacyimpact.db.Tables.PLATFORM;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.privacyimpact.dataset.reference.ReferenceData.FigureCuration;
import org.privacyimpact.dataset.reference.ReferenceData.FigureRow;
import org.privacyimpact.dataset.reference.ReferenceData.UserBaseRow;
import org.privacyimpact.db.tables.records.PlatformUserBaseRecord;
import org.privacyimpact.db.tables.records.TargetFigureRecord;

/**
 * What the migration writers share: how they render SQL, how a row refers to a platform or source, and the rows
 * of a figure and a user figure.
 */
final class MigrationFields {

    /**
     * A stored code as the file gives it, written into the migration as the text it is: the column reads it as
     * its enum (jOOQ's converter), and a code the enum does not know is left for the migration's check
     * constraint to refuse, as before.
     */
    static <T> Field<T> code(TableField<?, T> column, String code) {
        return DSL.inline(code).coerce(column.getDataType());
    }

    private MigrationFields() {
    }

    static DSLContext renderer() {
        return DSL.using(SQLDialect.POSTGRES, new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER));
    }

    /** A titled block of statements, each rendered with its values inline. */
    static void section(DSLContext sql, StringBuilder out, String title, List<Query> queries) {
        out.append("\n-- ").append(title).append("\n\n");
        for (Query query : queries) {
            out.append(sql.renderInlined(query)).append(";\n");
        }
    }

    static Field<Long> platformId(String name) {
        return select(PLATFORM.ID).from(PLATFORM).where(PLATFORM.NAME.eq(DSL.inline(name))).asField();
    }

    /** A user figure's row as the reference and release files state it, with its curation. */
    static InsertSetMoreStep<PlatformUserBaseRecord> userBaseInsert(DSLContext sql, String referenceId,
                                                                    UserBaseRow base, String metric,
                                                                    String qualifier, String notes) {
        boolean worldwide = base.countryCode().equals(ReferenceData.WORLDWIDE_CODE);
        return sql.insertInto(PLATFORM_USER_BASE)
                .set(PLATFORM_USER_BASE.REFERENCE_ID, DSL.inline(referenceId))
                .set(PLATFORM_USER_BASE.PLATFORM_ID, platformId(base.platform()))
                .set(PLATFORM_USER_BASE.AREA, DSL.inline(worldwide ? "worldwide" : "country"))
                .set(PLATFORM_USER_BASE.COUNTRY_ISO2, DSL.inline(worldwide ? null : base.countryCode()))
                .set(PLATFORM_USER_BASE.USERS, DSL.inline(base.users()))
                .set(PLATFORM_USER_BASE.USERS_QUALIFIER, code(PLATFORM_USER_BASE.USERS_QUALIFIER, qualifier))
                .set(PLATFORM_USER_BASE.METRIC, code(PLATFORM_USER_BASE.METRIC, metric))
                .set(PLATFORM_USER_BASE.AS_OF_YEAR, DSL.inline(base.asOfYear()))
                .set(PLATFORM_USER_BASE.AS_OF_MONTH, DSL.inline(base.asOfMonth()))
                .set(PLATFORM_USER_BASE.SOURCE_ID, sourceId(base.sourceUrl()))
                .set(PLATFORM_USER_BASE.SOURCE_QUOTE, DSL.inline(base.sourceQuote()))
                .set(PLATFORM_USER_BASE.VERIFIED, DSL.inline(base.verified()))
                .set(PLATFORM_USER_BASE.NOTES, DSL.inline(notes));
    }

    /** A target figure's row as its file states it, with its curation; a subset points to its parent's id. */
    static InsertSetMoreStep<TargetFigureRecord> figureInsert(DSLContext sql, FigureRow figure,
                                                              FigureCuration curation) {
        boolean worldwide = figure.countryCode().equals(ReferenceData.WORLDWIDE_CODE);
        Field<Long> subsetOf = curation.subsetOf() == null ? DSL.inline(null, Long.class)
                : select(TARGET_FIGURE.ID).from(TARGET_FIGURE)
                .where(TARGET_FIGURE.REFERENCE_ID.eq(DSL.inline(curation.subsetOf()))).asField();
        return sql.insertInto(TARGET_FIGURE)
                .set(TARGET_FIGURE.REFERENCE_ID, DSL.inline(figure.referenceId()))
                .set(TARGET_FIGURE.INCIDENT_ID, DSL.inline(curation.incidentId()))
                .set(TARGET_FIGURE.LABEL, DSL.inline(figure.label()))
                .set(TARGET_FIGURE.PERIOD_START, DSL.inline(figure.yearStart()))
                .set(TARGET_FIGURE.PERIOD_END, DSL.inline(figure.yearEnd()))
                .set(TARGET_FIGURE.AREA, DSL.inline(worldwide ? "worldwide" : "country"))
                .set(TARGET_FIGURE.COUNTRY_ISO2, DSL.inline(worldwide ? null : figure.countryCode()))
                .set(TARGET_FIGURE.TARGETED_COUNT, DSL.inline(figure.count()))
                .set(TARGET_FIGURE.COUNT_QUALIFIER, code(TARGET_FIGURE.COUNT_QUALIFIER, curation.countQualifier()))
                .set(TARGET_FIGURE.COUNT_KIND, code(TARGET_FIGURE.COUNT_KIND, figure.countKind()))
                .set(TARGET_FIGURE.VICTIM_GROUPS, DSL.inline(figure.victimGroups()))
                .set(TARGET_FIGURE.SOURCE_ID, sourceId(figure.sourceUrl()))
                .set(TARGET_FIGURE.SOURCE_QUOTE, DSL.inline(figure.sourceQuote()))
                .set(TARGET_FIGURE.VERIFIED, DSL.inline(figure.verified()))
                .set(TARGET_FIGURE.PREFERRED, DSL.inline(curation.preferred()))
                .set(TARGET_FIGURE.DENOMINATOR_RULE, code(TARGET_FIGURE.DENOMINATOR_RULE, curation.denominatorRule()))
                .set(TARGET_FIGURE.SUBSET_OF_FIGURE_ID, subsetOf)
                .set(TARGET_FIGURE.NOTES, DSL.inline(curation.notes()));
    }

    static Field<Long> sourceId(String url) {
        return select(SOURCE.ID).from(SOURCE).where(SOURCE.URL.eq(DSL.inline(url))).asField();
    }
}
