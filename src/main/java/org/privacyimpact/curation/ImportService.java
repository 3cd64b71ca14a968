package org.privacyimpact.curation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.curation.ImportPreview.RowOutcome.Change;
import org.privacyimpact.curation.ImportPreview.RowOutcome;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CountedUnit;
import org.privacyimpact.dataset.CuratedChanges;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;
import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports target figures, user bases or sources from a CSV file in the data API's columns. The preview checks
 * every row and lists every problem; a commit repeats the preview inside one transaction and writes all rows or
 * none. Rows are matched by their key (reference_id; a source's url), so importing the same file twice changes
 * nothing the second time. Each written row gets its own audit entry, commented with the file's name.
 */
@Service
@PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final JooqCurationStore store;
    private final JooqCurationLookup lookup;
    private final JooqSourceTable sources;
    private final CurrentAccount account;
    private final CuratedChanges curatedChanges;

    /** The limit on a file's size, for the upload screen to state. */
    public static int maxBytes() {
        return ImportFile.MAX_BYTES;
    }

    @ReadOnlyTransactional
    public ImportPreview preview(ImportKind kind, String fileName, byte[] bytes) {
        return plan(kind, fileName, bytes).preview();
    }

    /**
     * Writes every row or, if any row has a problem, nothing (and says why). A write the database refuses after
     * the preview accepted it ends as an {@link ImportFailedException} naming the row: never silently.
     */
    @Transactional
    public ImportPreview commit(ImportKind kind, String fileName, byte[] bytes) {
        Plan plan = plan(kind, fileName, bytes);
        if (!plan.preview().canCommit()) {
            throw new ImportRejectedException(plan.preview());
        }
        String actor = account.name();
        String comment = "Imported from " + (fileName == null || fileName.isBlank() ? "a CSV file" : fileName.strip());
        try {
            // derived tables (the comparison's rates) are brought up to date once for the whole file
            return curatedChanges.batched(() -> {
                for (SourceDraft source : plan.newSources()) {
                    write("the new source " + source.url(), () -> store.create(CuratedType.SOURCE, source, actor,
                            comment));
                }
                for (PlannedRow row : plan.rows()) {
                    String what = "row " + row.outcome().row() + " (" + row.outcome().key() + ")";
                    switch (row.outcome().change()) {
                        case NEW -> write(what, () -> row.create().accept(actor, comment));
                        case CHANGED -> write(what, () -> row.update().accept(actor, comment));
                        case UNCHANGED -> {
                        }
                    }
                }
                return plan.preview();
            });
        } catch (DataAccessException e) {
            throw failed(fileName, "the file", e);
        }
    }

    private void write(String what, Runnable write) {
        try {
            write.run();
        } catch (DataAccessException | EditConflictException | ValidationException e) {
            throw failed(null, what, e);
        }
    }

    private static ImportFailedException failed(String fileName, String what, RuntimeException cause) {
        ImportFailedException failed = new ImportFailedException(what, cause);
        LOG.warn("An import the preview accepted failed{}: {}", fileName == null ? "" : " (" + fileName + ")",
                failed.getMessage(), cause);
        return failed;
    }

    // --- planning: everything is checked before anything is written ----------------------------------------

    private record PlannedRow(RowOutcome outcome, Write create, Write update) {
    }

    @FunctionalInterface
    private interface Write {
        void accept(String actor, String comment);
    }

    private record Plan(ImportPreview preview, List<SourceDraft> newSources, List<PlannedRow> rows) {
    }

    private Plan plan(ImportKind kind, String fileName, byte[] bytes) {
        ImportFile.Parsed parsed = ImportFile.read(bytes == null ? new byte[0] : bytes, kind);
        FilePlan file = new FilePlan(new ArrayList<>(parsed.problems()));
        if (parsed.rows().isEmpty() && file.problems.isEmpty()) {
            file.problems.add(new ImportProblem(0, null, "The file has a header but no rows."));
        }
        List<ImportProblem> notes = formulaNotes(parsed.rows());
        for (ImportFile.Row row : parsed.rows()) {
            ImportCells cells = new ImportCells(row, file.problems);
            switch (kind) {
                case FIGURES -> planFigure(cells, row, file);
                case USER_BASES -> planUserBase(cells, row, file);
                case SOURCES -> planSource(cells, row, file);
            }
        }
        List<RowOutcome> outcomes = file.rows.stream().map(PlannedRow::outcome).toList();
        ImportPreview preview = new ImportPreview(kind, fileName, parsed.rows().size(), List.copyOf(file.problems),
                List.copyOf(notes), file.problems.isEmpty() ? outcomes : List.of());
        return new Plan(preview, file.newSources, file.rows);
    }

    /** What planning gathers from a file's rows, and what its earlier rows add for the later ones. */
    private final class FilePlan {

        final List<ImportProblem> problems;
        final List<PlannedRow> rows = new ArrayList<>();
        final List<SourceDraft> newSources = new ArrayList<>();
        final EarlierRows earlier = new EarlierRows();
        final DraftChecks checks = new DraftChecks(lookup, LocalDate.now(ZoneOffset.UTC), earlier);
        private final Set<String> keys = new HashSet<>();
        private final Map<String, Integer> preferredRows = new HashMap<>();

        FilePlan(List<ImportProblem> problems) {
            this.problems = problems;
        }

        /** A row's key, once in the file; a row without one is refused if {@code whenMissing} says why. */
        boolean firstWithKey(ImportFile.Row row, String column, String key, String whenMissing) {
            if (key == null) {
                if (whenMissing != null) {
                    problems.add(new ImportProblem(row.number(), column, whenMissing));
                }
                return whenMissing == null;
            }
            if (!keys.add(key)) {
                problems.add(new ImportProblem(row.number(), column, "Appears twice in this file"));
                return false;
            }
            return true;
        }

        /** A second preferred figure in one competing group within the file. */
        List<FieldProblem> secondPreferred(ImportFile.Row row, FigureDraft draft) {
            if (!draft.preferred() || draft.countKind() == null) {
                return List.of();
            }
            String group = draft.incidentId() + "|" + draft.countryIso2() + "|" + draft.countKind().code() + "|"
                    + draft.subsetOf();
            Integer other = preferredRows.putIfAbsent(group, row.number());
            return other == null ? List.of() : List.of(new FieldProblem("preferred", "Row " + other
                    + " is already preferred for this incident, area and count kind"));
        }
    }

    private void planFigure(ImportCells cells, ImportFile.Row row, FilePlan file) {
        String country = cells.areaCountry();
        FigureDraft draft = new FigureDraft(cells.text("reference_id"),
                cells.text("incident_id"), country, cells.integer("people_targeted"),
                cells.code("count_qualifier", ValueQualifier.class), cells.code("count_kind", CountKind.class),
                cells.code("counted_unit", CountedUnit.class), cells.integer("period_start"), cells.integer("period_end"), cells.text("victim_groups"),
                cells.bool("verified"), cells.bool("preferred"), cells.text("subset_of"),
                cells.code("denominator_rule", DenominatorRule.class),
                cells.text("notes"), cells.text("source_url"), cells.raw("source_quote")).normalised();
        if (!cells.ok() || !file.firstWithKey(row, "reference_id", draft.referenceId(),
                "Required: the figure's stable key, so a re-import finds the same row")) {
            return;
        }
        planNewSource(cells, row, draft.sourceUrl(), file);
        if (planRow(CuratedType.FIGURE, row, "reference_id", draft.referenceId(), draft,
                store.read(CuratedType.FIGURE, draft.referenceId()), file.secondPreferred(row, draft), file)) {
            file.earlier.figure(draft.referenceId(), draft.incidentId());
        }
    }

    private void planUserBase(ImportCells cells, ImportFile.Row row, FilePlan file) {
        String country = cells.areaCountry();
        int[] asOf = cells.yearMonth("as_of");
        UserBaseDraft draft = new UserBaseDraft(cells.text("reference_id"),
                cells.text("platform"), country, cells.longNumber("users"),
                cells.code("users_qualifier", ValueQualifier.class), cells.code("metric", UserBaseMetric.class),
                asOf == null ? null : asOf[0], asOf == null || asOf[1] == 0 ? null : asOf[1], cells.bool("verified"),
                cells.text("notes"), cells.text("source_url"), cells.raw("source_quote")).normalised();
        if (!cells.ok() || !file.firstWithKey(row, "reference_id", draft.referenceId(), "Required: the user base's"
                + " stable key (e.g. UB-WHATSAPP-IN-2019), so a re-import finds the same row")) {
            return;
        }
        planNewSource(cells, row, draft.sourceUrl(), file);
        planRow(CuratedType.USER_BASE, row, "reference_id", draft.referenceId(), draft,
                store.read(CuratedType.USER_BASE, draft.referenceId()), List.of(), file);
    }

    /** A source is matched by its URL; it has no other key a file could carry. */
    private void planSource(ImportCells cells, ImportFile.Row row, FilePlan file) {
        SourceDraft fromFile = new SourceDraft(cells.text("title"), cells.text("publisher"), cells.text("url"),
                cells.date("published_on"), null, null);
        if (!cells.ok()) {
            return;
        }
        String url = fromFile.url() == null ? null : fromFile.url().strip();
        var existing = url == null ? Optional.<Versioned<SourceDraft>>empty() : sources.readByUrl(url);
        // The API writes no date for a source known only to the month: a blank date keeps the stored month.
        SourceDraft draft = (fromFile.publishedOn() == null && existing.isPresent()
                ? new SourceDraft(fromFile.title(), fromFile.publisher(), fromFile.url(), null,
                existing.get().draft().publishedYear(), existing.get().draft().publishedMonth())
                : fromFile).normalised();
        if (file.firstWithKey(row, "url", url, null)) {
            planRow(CuratedType.SOURCE, row, "url", url, draft, existing, List.of(), file);
        }
    }

    /**
     * Checks a row's draft as a new record or a change to the stored one and plans its write.
     *
     * @param keyColumn the column the file matches the row by
     * @param shownKey  the key the preview shows: that column's value
     * @param alsoWrong problems with the row found against the file's other rows
     * @return whether the row can be written
     */
    private <D extends CuratedDraft<D>> boolean planRow(CuratedType<D> type, ImportFile.Row row, String keyColumn,
                                                       String shownKey, D draft, Optional<Versioned<D>> existing,
                                                       List<FieldProblem> alsoWrong, FilePlan file) {
        List<FieldProblem> found = new ArrayList<>(existing.isPresent() && existing.get().retired()
                ? List.of(new FieldProblem(keyColumn,
                        "This " + type.singular() + " is retired; restore it before importing changes"))
                : store.problems(type, file.checks, draft, existing.map(Versioned::key).orElse(null)));
        found.addAll(alsoWrong);
        found.forEach(problem -> file.problems.add(new ImportProblem(row.number(), problem.field(),
                problem.message())));
        if (!found.isEmpty()) {
            return false;
        }
        var changes = JooqCurationStore.changes(existing.map(v -> v.draft().auditValues()).orElse(Map.of()),
                draft.auditValues());
        file.rows.add(new PlannedRow(outcome(row, shownKey, existing.isPresent(), changes),
                (actor, comment) -> store.create(type, draft, actor, comment),
                (actor, comment) -> store.update(type, existing.orElseThrow().key(), existing.orElseThrow().version(),
                        draft, actor, comment)));
        return true;
    }

    /** A figure or user base may cite a source the dataset lacks: the file's source_title creates it. */
    private void planNewSource(ImportCells cells, ImportFile.Row row, String url, FilePlan file) {
        if (url == null || lookup.sourceIdOf(url).isPresent() || file.checks.isPublishedSource(url)) {
            return;
        }
        String urlProblem = DraftChecks.urlProblem(url);
        if (urlProblem != null) {
            file.problems.add(new ImportProblem(row.number(), "source_url", urlProblem));
            return;
        }
        String title = cells.text("source_title");
        if (title == null) {
            file.problems.add(new ImportProblem(row.number(), "source_title", "Required for a source the dataset"
                    + " does not have yet (" + url + ")"));
            return;
        }
        file.newSources.add(new SourceDraft(title.strip(), null, url, null, null, null));
        file.earlier.source(url);
    }

    private static RowOutcome outcome(ImportFile.Row row, String key, boolean exists,
                                      List<AuditEntry.FieldChange> changes) {
        Change change = !exists ? Change.NEW : changes.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
        return new RowOutcome(row.number(), key, change, exists ? changes : List.of());
    }

    private static List<ImportProblem> formulaNotes(List<ImportFile.Row> rows) {
        List<ImportProblem> notes = new ArrayList<>();
        for (ImportFile.Row row : rows) {
            row.cells().forEach((column, value) -> {
                if (value != null && SpreadsheetSafeCsv.looksLikeFormula(value) && !value.strip().matches("-?[0-9.]+")) {
                    notes.add(new ImportProblem(row.number(), column, "Starts like a spreadsheet formula: stored as"
                            + " text, and exported with a leading apostrophe so no spreadsheet runs it"));
                }
            });
        }
        return notes;
    }
}
