package org.privacyimpact.curation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.curation.ImportPreview.RowOutcome;
import org.privacyimpact.curation.ImportPreview.RowOutcome.Change;
import org.privacyimpact.dataset.CountKind;
import org.privacyimpact.dataset.CuratedChanges;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.StoredCode;
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
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final JooqCurationStore store;
    private final CurrentAccount account;
    private final CuratedChanges curatedChanges;

    ImportService(JooqCurationStore store, CurrentAccount account, CuratedChanges curatedChanges) {
        this.store = store;
        this.account = account;
        this.curatedChanges = curatedChanges;
    }

    /** The limit on a file's size, for the upload screen to state. */
    public static int maxBytes() {
        return ImportFile.MAX_BYTES;
    }

    @Transactional(readOnly = true)
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
                    write("the new source " + source.url(), () -> store.createSource(source, actor, comment));
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
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        List<ImportProblem> notes = new ArrayList<>();
        List<PlannedRow> rows = new ArrayList<>();
        List<SourceDraft> newSources = new ArrayList<>();
        if (parsed.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, null, "The file has a header but no rows."));
        }
        formulaNotes(parsed.rows(), notes);
        FileAwareLookup lookup = new FileAwareLookup(store);
        DraftChecks checks = new DraftChecks(lookup, LocalDate.now(ZoneOffset.UTC));
        Set<String> keys = new HashSet<>();
        Map<String, Integer> preferredGroups = new HashMap<>();
        for (ImportFile.Row row : parsed.rows()) {
            RowReader cells = new RowReader(row, problems);
            switch (kind) {
                case FIGURES -> planFigure(cells, row, checks, lookup, keys, preferredGroups, newSources, rows, problems);
                case USER_BASES -> planUserBase(cells, row, checks, lookup, keys, newSources, rows, problems);
                case SOURCES -> planSource(cells, row, checks, keys, rows, problems);
            }
        }
        List<RowOutcome> outcomes = rows.stream().map(PlannedRow::outcome).toList();
        ImportPreview preview = new ImportPreview(kind, fileName, parsed.rows().size(), List.copyOf(problems),
                List.copyOf(notes), problems.isEmpty() ? outcomes : List.of());
        return new Plan(preview, newSources, rows);
    }

    private void planFigure(RowReader cells, ImportFile.Row row, DraftChecks checks, FileAwareLookup lookup,
                            Set<String> keys, Map<String, Integer> preferredGroups, List<SourceDraft> newSources,
                            List<PlannedRow> rows, List<ImportProblem> problems) {
        String country = cells.areaCountry();
        FigureDraft draft = CurationService.normalised(new FigureDraft(cells.text("reference_id"),
                cells.text("incident_id"), country, cells.integer("people_targeted"),
                cells.code("count_qualifier", ValueQualifier.class), cells.code("count_kind", CountKind.class),
                cells.integer("period_start"), cells.integer("period_end"), cells.text("victim_groups"),
                cells.bool("verified"), cells.bool("preferred"), cells.text("subset_of"),
                cells.code("denominator_rule", DenominatorRule.class),
                cells.text("notes"), cells.text("source_url"), cells.raw("source_quote")));
        if (!cells.ok()) {
            return;
        }
        if (draft.referenceId() == null) {
            problems.add(new ImportProblem(row.number(), "reference_id", "Required: the figure's stable key, so"
                    + " a re-import finds the same row"));
            return;
        }
        if (!keys.add(draft.referenceId())) {
            problems.add(new ImportProblem(row.number(), "reference_id", "Appears twice in this file"));
            return;
        }
        planNewSource(cells, row, draft.sourceUrl(), lookup, newSources, problems);
        var existing = store.figure(draft.referenceId());
        List<FieldProblem> found = existing.isPresent() && existing.get().retired()
                ? List.of(new FieldProblem("reference_id", "This figure is retired; restore it before importing changes"))
                : checks.figure(draft, existing.isEmpty());
        if (draft.preferred() && draft.countKind() != null) {
            String group = draft.incidentId() + "|" + draft.countryIso2() + "|" + draft.countKind().code() + "|"
                    + draft.subsetOf();
            Integer other = preferredGroups.putIfAbsent(group, row.number());
            if (other != null) {
                found = new ArrayList<>(found);
                found.add(new FieldProblem("preferred", "Row " + other + " is already preferred for this incident,"
                        + " area and count kind"));
            }
        }
        if (addAll(row, found, problems)) {
            lookup.figureInFile(draft.referenceId(), draft.incidentId());
            var before = existing.map(v -> JooqCurationStore.figureValues(v.draft())).orElse(Map.of());
            var changes = JooqCurationStore.changes(before, JooqCurationStore.figureValues(draft));
            rows.add(new PlannedRow(outcome(row, draft.referenceId(), existing.isPresent(), changes),
                    (actor, comment) -> store.createFigure(draft, actor, comment),
                    (actor, comment) -> store.updateFigure(draft.referenceId(), existing.orElseThrow().version(),
                            draft, actor, comment)));
        }
    }

    private void planUserBase(RowReader cells, ImportFile.Row row, DraftChecks checks, FileAwareLookup lookup,
                              Set<String> keys, List<SourceDraft> newSources, List<PlannedRow> rows,
                              List<ImportProblem> problems) {
        String country = cells.areaCountry();
        int[] asOf = cells.yearMonth("as_of");
        UserBaseDraft draft = CurationService.normalised(new UserBaseDraft(cells.text("reference_id"),
                cells.text("platform"), country, cells.longNumber("users"),
                cells.code("users_qualifier", ValueQualifier.class), cells.code("metric", UserBaseMetric.class),
                asOf == null ? null : asOf[0], asOf == null || asOf[1] == 0 ? null : asOf[1], cells.bool("verified"),
                cells.text("notes"), cells.text("source_url"), cells.raw("source_quote")));
        if (!cells.ok()) {
            return;
        }
        if (draft.referenceId() == null) {
            problems.add(new ImportProblem(row.number(), "reference_id", "Required: the user base's stable key"
                    + " (e.g. UB-WHATSAPP-IN-2019), so a re-import finds the same row"));
            return;
        }
        if (!keys.add(draft.referenceId())) {
            problems.add(new ImportProblem(row.number(), "reference_id", "Appears twice in this file"));
            return;
        }
        planNewSource(cells, row, draft.sourceUrl(), lookup, newSources, problems);
        var existing = store.userBase(draft.referenceId());
        List<FieldProblem> found = existing.isPresent() && existing.get().retired()
                ? List.of(new FieldProblem("reference_id", "This user base is retired; restore it before importing changes"))
                : checks.userBase(draft, existing.isEmpty());
        if (addAll(row, found, problems)) {
            var before = existing.map(v -> JooqCurationStore.userBaseValues(v.draft())).orElse(Map.of());
            var changes = JooqCurationStore.changes(before, JooqCurationStore.userBaseValues(draft));
            rows.add(new PlannedRow(outcome(row, draft.referenceId(), existing.isPresent(), changes),
                    (actor, comment) -> store.createUserBase(draft, actor, comment),
                    (actor, comment) -> store.updateUserBase(draft.referenceId(), existing.orElseThrow().version(),
                            draft, actor, comment)));
        }
    }

    private void planSource(RowReader cells, ImportFile.Row row, DraftChecks checks, Set<String> keys,
                            List<PlannedRow> rows, List<ImportProblem> problems) {
        SourceDraft fromFile = new SourceDraft(cells.text("title"), cells.text("publisher"), cells.text("url"),
                cells.date("published_on"), null, null);
        if (!cells.ok()) {
            return;
        }
        String url = fromFile.url() == null ? null : fromFile.url().strip();
        Optional<Long> id = url == null ? Optional.empty() : store.sourceIdOf(url);
        var existing = id.flatMap(store::source);
        // The API writes no date for a source known only to the month: a blank date keeps the stored month.
        SourceDraft draft = CurationService.normalised(fromFile.publishedOn() == null && existing.isPresent()
                ? new SourceDraft(fromFile.title(), fromFile.publisher(), fromFile.url(), null,
                existing.get().draft().publishedYear(), existing.get().draft().publishedMonth())
                : fromFile);
        if (url != null && !keys.add(url)) {
            problems.add(new ImportProblem(row.number(), "url", "Appears twice in this file"));
            return;
        }
        List<FieldProblem> found = existing.isPresent() && existing.get().retired()
                ? List.of(new FieldProblem("url", "This source is retired; restore it before importing changes"))
                : checks.source(draft, id.orElse(null));
        if (addAll(row, found, problems)) {
            var before = existing.map(v -> JooqCurationStore.sourceValues(v.draft())).orElse(Map.of());
            var changes = JooqCurationStore.changes(before, JooqCurationStore.sourceValues(draft));
            rows.add(new PlannedRow(outcome(row, url, existing.isPresent(), changes),
                    (actor, comment) -> store.createSource(draft, actor, comment),
                    (actor, comment) -> store.updateSource(id.orElseThrow(), existing.orElseThrow().version(), draft,
                            actor, comment)));
        }
    }

    /** A figure or user base may cite a source the dataset lacks: the file's source_title creates it. */
    private void planNewSource(RowReader cells, ImportFile.Row row, String url, FileAwareLookup lookup,
                               List<SourceDraft> newSources, List<ImportProblem> problems) {
        if (url == null || store.sourceIdOf(url).isPresent() || lookup.isPublishedSource(url)) {
            return;
        }
        String urlProblem = DraftChecks.urlProblem(url);
        if (urlProblem != null) {
            problems.add(new ImportProblem(row.number(), "source_url", urlProblem));
            return;
        }
        String title = cells.text("source_title");
        if (title == null) {
            problems.add(new ImportProblem(row.number(), "source_title", "Required for a source the dataset does"
                    + " not have yet (" + url + ")"));
            return;
        }
        newSources.add(new SourceDraft(title.strip(), null, url, null, null, null));
        lookup.sourceInFile(url);
    }

    private static RowOutcome outcome(ImportFile.Row row, String key, boolean exists,
                                      List<AuditEntry.FieldChange> changes) {
        Change change = !exists ? Change.NEW : changes.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
        return new RowOutcome(row.number(), key, change, exists ? changes : List.of());
    }

    private static boolean addAll(ImportFile.Row row, List<FieldProblem> found, List<ImportProblem> problems) {
        found.forEach(problem -> problems.add(new ImportProblem(row.number(), problem.field(), problem.message())));
        return found.isEmpty();
    }

    private static void formulaNotes(List<ImportFile.Row> rows, List<ImportProblem> notes) {
        for (ImportFile.Row row : rows) {
            row.cells().forEach((column, value) -> {
                if (value != null && SpreadsheetSafeCsv.looksLikeFormula(value) && !value.strip().matches("-?[0-9.]+")) {
                    notes.add(new ImportProblem(row.number(), column, "Starts like a spreadsheet formula: stored as"
                            + " text, and exported with a leading apostrophe so no spreadsheet runs it"));
                }
            });
        }
    }

    /** Reads one row's cells into typed values, recording a problem (row, column, message) for each bad cell. */
    private static final class RowReader {

        private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

        private final ImportFile.Row row;
        private final List<ImportProblem> problems;
        private boolean ok = true;

        RowReader(ImportFile.Row row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        boolean ok() {
            return ok;
        }

        String text(String column) {
            return row.get(column);
        }

        /** The cell exactly as written: a quote is kept word for word. */
        String raw(String column) {
            return row.cells().get(column);
        }

        Integer integer(String column) {
            return number(column, Integer::valueOf, "a whole number, e.g. 121");
        }

        Long longNumber(String column) {
            return number(column, Long::valueOf, "a whole number, e.g. 400000000");
        }

        /**
         * Plain digits 0 to 9, a minus sign allowed so that "-3" is told "must be 0 or more". Java's parsers
         * also take "+7" and other scripts' digits (e.g. Arabic-Indic), which no exported file contains.
         */
        private <T> T number(String column, Function<String, T> parse, String expected) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
                return problem(column, "\"" + value + "\" is not " + expected + " (digits 0 to 9 only, no signs or"
                        + " separators)");
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                return problem(column, "\"" + value + "\" is too large");
            }
        }

        boolean bool(String column) {
            String value = row.get(column);
            if (value == null) {
                return false;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> {
                    problem(column, "\"" + value + "\" is not true or false");
                    yield false;
                }
            };
        }

        <E extends Enum<E> & StoredCode> E code(String column, Class<E> type) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return StoredCode.fromCode(type, value.strip());
            } catch (IllegalArgumentException e) {
                List<String> codes = Arrays.stream(type.getEnumConstants()).map(StoredCode::code).toList();
                return problem(column, "\"" + value + "\" is not one of " + String.join(", ", codes));
            }
        }

        LocalDate date(String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                return problem(column, "\"" + value + "\" is not a date written YYYY-MM-DD");
            }
        }

        /** "2019" or "2019-11": the year and the month (0 if none). */
        int[] yearMonth(String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            var match = Pattern.compile("([0-9]{4})(?:-([0-9]{1,2}))?").matcher(value.strip());
            if (!match.matches()) {
                return problem(column, "\"" + value + "\" is not a year (2019) or a month (2019-11)");
            }
            return new int[] {Integer.parseInt(match.group(1)),
                    match.group(2) == null ? 0 : Integer.parseInt(match.group(2))};
        }

        /**
         * The country: country_iso2, blank for worldwide. The area column (the API writes the area's name, e.g.
         * "India" or "Worldwide") is not imported, but it must not contradict the code.
         */
        String areaCountry() {
            String area = row.get("area");
            String country = row.get("country_iso2");
            boolean worldwide = area != null && area.strip().equalsIgnoreCase("worldwide");
            if (worldwide && country != null) {
                return problem("country_iso2", "Must be empty when area is " + area.strip());
            }
            if (country == null && area != null && !worldwide) {
                return problem("country_iso2", "Required: area says \"" + area.strip() + "\"; give its two-letter"
                        + " ISO code (e.g. BR), or write Worldwide as the area");
            }
            return country;
        }

        private <T> T problem(String column, String message) {
            problems.add(new ImportProblem(row.number(), column, message));
            ok = false;
            return null;
        }
    }
}
