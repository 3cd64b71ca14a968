package org.privacyimpact.curation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.CurrentAccount;
import org.privacyimpact.common.Sha256;
import org.privacyimpact.common.db.ReadOnlyTransactional;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.curation.PersonListCounter.CountedFigure;
import org.privacyimpact.curation.PersonListMapping.ListDescription;
import org.privacyimpact.curation.PersonListPreview.Change;
import org.privacyimpact.curation.PersonListPreview.FigureOutcome;
import org.privacyimpact.dataset.CuratedChanges;
import org.privacyimpact.dataset.RowNumbers;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a list with one row per targeted person as figures. The curator says what the list's columns mean
 * ({@link PersonListMapping}); the preview counts the rows into figures and compares them with the dataset; a
 * commit repeats the preview in one transaction and writes every figure or none, each with its audit entry. The
 * list itself is the figures' source, and each figure keeps the rows it counts and their links. Names are never
 * written anywhere: not in figures, not in the remembered mapping, not in the audit trail.
 */
@Service
@PreAuthorize("hasAnyRole('CURATOR', 'ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonListImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JooqCurationStore store;
    private final JooqCurationLookup lookup;
    private final JooqSourceTable sources;
    private final JooqPersonLists lists;
    private final CurrentAccount account;
    private final CuratedChanges curatedChanges;

    /**
     * An uploaded list as read: its header and size, what stops it being read, and the mapping the curator chose
     * for a file with the same header before.
     */
    public record OpenedList(String fileName, String sha256, List<String> header, int rows,
                             List<ImportProblem> problems, Optional<PersonListMapping> remembered) {
    }

    @ReadOnlyTransactional
    public OpenedList open(String fileName, byte[] bytes) {
        ImportFile.Parsed parsed = ImportFile.readAnyHeader(bytes == null ? new byte[0] : bytes);
        Optional<PersonListMapping> remembered = parsed.header().isEmpty() ? Optional.empty()
                : lists.mapping(headerKey(parsed.header())).flatMap(PersonListImport::mappingFrom);
        return new OpenedList(fileName, Sha256.hex(bytes), parsed.header(), parsed.rows().size(), parsed.problems(),
                remembered);
    }

    /** The distinct values of a column (each cell split into its values; "" for an empty cell) and their rows. */
    public Map<String, Integer> valuesOf(byte[] bytes, String column) {
        return PersonListCells.valuesOf(ImportFile.readAnyHeader(bytes).rows(), column);
    }

    /** The incidents a list's rows can count toward. */
    @ReadOnlyTransactional
    public List<CuratedRow> incidents() {
        return store.list(CuratedType.INCIDENT, null, false, 0, 10_000);
    }

    @ReadOnlyTransactional
    public PersonListPreview preview(String fileName, byte[] bytes, PersonListMapping mapping, LocalDate version) {
        return plan(fileName, bytes, mapping, version).preview();
    }

    /** Writes every figure or, if anything has a problem, nothing; remembers the mapping for the header. */
    @Transactional
    public PersonListPreview commit(String fileName, byte[] bytes, PersonListMapping mapping, LocalDate version) {
        Plan plan = plan(fileName, bytes, mapping, version);
        if (!plan.preview().canCommit()) {
            throw new ImportRejectedException(plan.preview().problems());
        }
        String actor = account.name();
        ListDescription list = mapping.list();
        String comment = "Counted from the list \"" + list.title().strip() + "\" (" + version + ", "
                + (fileName == null || fileName.isBlank() ? "a CSV file" : fileName.strip()) + ", SHA-256 "
                + plan.preview().sha256() + ")";
        try {
            return curatedChanges.batched(() -> {
                write("the list's source " + list.url(), () -> {
                    if (plan.existingSource().isEmpty()) {
                        store.create(CuratedType.SOURCE, plan.source(), actor, comment);
                    } else {
                        var existing = plan.existingSource().get();
                        store.update(CuratedType.SOURCE, existing.key(), existing.version(), plan.source(), actor,
                                comment);
                    }
                });
                for (PlannedFigure figure : plan.figures()) {
                    String what = "figure " + figure.draft().referenceId();
                    switch (figure.change()) {
                        case NEW -> write(what, () -> store.create(CuratedType.FIGURE, figure.draft(), actor, comment));
                        case CHANGED -> write(what, () -> store.update(CuratedType.FIGURE, figure.draft().referenceId(),
                                figure.existing().orElseThrow().version(), figure.draft(), actor, comment));
                        case RESTORED -> write(what, () -> {
                            String key = figure.draft().referenceId();
                            store.setRetired(CuratedType.FIGURE, key, figure.existing().orElseThrow().version(),
                                    false, actor, comment + ": counted again");
                            store.update(CuratedType.FIGURE, key, store.read(CuratedType.FIGURE, key).orElseThrow()
                                    .version(), figure.draft(), actor, comment);
                        });
                        default -> {
                            continue;
                        }
                    }
                    lists.saveCount(figure.draft().referenceId(), plan.preview().sha256(), version,
                            figure.counted().rows(), figure.counted().rowSources());
                }
                for (Retired gone : plan.retired()) {
                    write("figure " + gone.referenceId(), () -> store.setRetired(CuratedType.FIGURE, gone.referenceId(),
                            gone.version(), true, actor, comment + ": no row of this version counts toward it"));
                }
                lists.saveMapping(plan.headerKey(), String.join("\n", plan.header()), mappingJson(mapping), actor);
                return plan.preview();
            });
        } catch (DataAccessException e) {
            throw new ImportFailedException("the list", e);
        }
    }

    private static void write(String what, Runnable write) {
        try {
            write.run();
        } catch (DataAccessException | EditConflictException | ValidationException e) {
            throw new ImportFailedException(what, e);
        }
    }

    // --- planning ---------------------------------------------------------------------------------------------

    /** @param rowsBefore the rows the dataset's version of the figure counts; empty for a new figure */
    private record PlannedFigure(FigureDraft draft, Optional<Versioned<FigureDraft>> existing, CountedFigure counted,
                                 Change change, Set<Integer> rowsBefore) {
    }

    private record Retired(String referenceId, int version) {
    }

    private record Plan(PersonListPreview preview, SourceDraft source, Optional<Versioned<SourceDraft>> existingSource,
                        List<PlannedFigure> figures, List<Retired> retired, String headerKey, List<String> header) {
    }

    private Plan plan(String fileName, byte[] bytes, PersonListMapping mapping, LocalDate version) {
        byte[] content = bytes == null ? new byte[0] : bytes;
        String sha256 = Sha256.hex(content);
        ImportFile.Parsed parsed = ImportFile.readAnyHeader(content);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        List<ImportProblem> notes = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!parsed.problems().isEmpty()) {
            return failed(fileName, sha256, parsed, problems, List.of(), List.of());
        }
        Map<String, PersonListCounter.Country> countries = lists.countriesByNameOrCode();
        EarlierRows earlier = new EarlierRows();
        PersonListCounter.Counted counted = new PersonListCounter(mapping,
                token -> Optional.ofNullable(countries.get(token.toLowerCase(Locale.ROOT))),
                lookup::isPublishedIncident, today.getYear()).count(parsed);
        // the list's description is checked with the rows, so the curator sees every problem at once
        checkList(mapping.list(), version, today, problems);
        problems.addAll(counted.problems());
        notes.addAll(counted.notes());
        if (!problems.isEmpty()) {
            return failed(fileName, sha256, parsed, problems, notes, counted.cells());
        }

        ListDescription list = mapping.list();
        String url = list.url().strip();
        Optional<Versioned<SourceDraft>> existingSource = sources.readByUrl(url);
        if (existingSource.isPresent() && existingSource.get().retired()) {
            problems.add(new ImportProblem(0, "List: address", "The dataset's source at this address is retired;"
                    + " restore it before importing the list"));
        }
        List<String> fromThisList = lists.publishedFiguresOf(url);
        fromThisList.stream().filter(key -> !key.startsWith(list.keyPrefix() + "-")).findFirst().ifPresent(key ->
                problems.add(new ImportProblem(0, "List: key prefix", "Figures from this list already use another"
                        + " key prefix (e.g. " + key + "): use the same one, so this version updates them")));
        if (!problems.isEmpty()) {
            return failed(fileName, sha256, parsed, problems, notes, counted.cells());
        }
        SourceDraft source = new SourceDraft(list.title(), list.publisher(), url, version, null, null).normalised();
        if (existingSource.isEmpty()) {
            earlier.source(url);
        }
        DraftChecks checks = new DraftChecks(lookup, today, earlier);
        List<PlannedFigure> figures = new ArrayList<>();
        List<FigureOutcome> outcomes = new ArrayList<>();
        for (CountedFigure figure : counted.figures()) {
            PlannedFigure planned = planFigure(figure, mapping, version, sha256, checks, problems);
            if (planned != null) {
                figures.add(planned);
                outcomes.add(outcome(planned));
            }
        }
        Set<String> produced = new TreeSet<>(figures.stream().map(f -> f.draft().referenceId()).toList());
        List<Retired> retired = new ArrayList<>();
        for (String referenceId : fromThisList) {
            if (!produced.contains(referenceId)) {
                var existing = store.read(CuratedType.FIGURE, referenceId).orElseThrow();
                retired.add(new Retired(referenceId, existing.version()));
                FigureDraft d = existing.draft();
                outcomes.add(new FigureOutcome(referenceId, d.incidentId(), areaName(d.countryIso2(), countries),
                        d.periodStart(), d.periodEnd(), d.countKind(), 0, "", Change.NOT_IN_LIST, d.peopleTargeted(),
                        "", lists.count(referenceId).map(c -> RowNumbers.describe(c.rows())).orElse("")));
            }
        }
        PersonListPreview preview = new PersonListPreview(fileName, sha256, parsed.rows().size(),
                List.copyOf(problems), List.copyOf(notes), counted.cells(),
                problems.isEmpty() ? List.copyOf(outcomes) : List.of());
        return new Plan(preview, source, existingSource, figures, retired, headerKey(parsed.header()),
                parsed.header());
    }

    private Plan failed(String fileName, String sha256, ImportFile.Parsed parsed, List<ImportProblem> problems,
                        List<ImportProblem> notes, List<PersonListPreview.ColumnCells> cells) {
        return new Plan(new PersonListPreview(fileName, sha256, parsed.rows().size(), List.copyOf(problems),
                List.copyOf(notes), cells, List.of()), null, Optional.empty(), List.of(), List.of(), null, parsed.header());
    }

    private static void checkList(ListDescription list, LocalDate version, LocalDate today,
                                  List<ImportProblem> problems) {
        if (list == null) {
            problems.add(new ImportProblem(0, "List", "Describe the list: its title, address and key prefix"));
            return;
        }
        if (list.title() == null || list.title().isBlank()) {
            problems.add(new ImportProblem(0, "List: title", "Required: the list's title, as its figures will cite it"));
        }
        String urlProblem = DraftChecks.urlProblem(list.url());
        if (urlProblem != null) {
            problems.add(new ImportProblem(0, "List: address", urlProblem));
        }
        if (list.keyPrefix() == null || !list.keyPrefix().matches("[A-Z0-9]{2,10}")) {
            problems.add(new ImportProblem(0, "List: key prefix", "2 to 10 capital letters or digits (e.g. TRACKER):"
                    + " every figure's reference id starts with it, so a later version finds the same figures"));
        }
        if (list.qualifier() == null) {
            problems.add(new ImportProblem(0, "List: count", "Choose how exact the counts are"));
        }
        if (version == null) {
            problems.add(new ImportProblem(0, "List: version", "Required: the date of this version of the list"));
        } else if (version.isAfter(today)) {
            problems.add(new ImportProblem(0, "List: version", version + " is in the future"));
        }
    }

    private PlannedFigure planFigure(CountedFigure figure, PersonListMapping mapping, LocalDate version, String sha256,
                                     DraftChecks checks, List<ImportProblem> problems) {
        ListDescription list = mapping.list();
        String referenceId = ListFigureDraft.referenceId(list.keyPrefix(), figure);
        Optional<Versioned<FigureDraft>> existing = store.read(CuratedType.FIGURE, referenceId);
        Optional<JooqPersonLists.ListCount> before = lists.count(referenceId);
        boolean sameRows = before.isPresent() && new TreeSet<>(before.get().rows()).equals(figure.rows())
                && new TreeSet<>(before.get().rowSources()).equals(figure.rowSources());
        // same rows, same statement: the quote keeps citing the version the rows were counted in
        String quote = sameRows ? existing.orElseThrow().draft().sourceQuote()
                : ListFigureDraft.quote(list, version, sha256, mapping.countryMeaning(), figure);
        boolean preferred = existing.map(v -> v.draft().preferred()).orElseGet(() -> lookup.preferredRival(
                ListFigureDraft.draft(referenceId, figure, mapping, true, quote)).isEmpty());
        FigureDraft draft = ListFigureDraft.draft(referenceId, figure, mapping, preferred, quote);
        List<FieldProblem> found = store.problems(CuratedType.FIGURE, checks, draft,
                existing.map(Versioned::key).orElse(null));
        found.forEach(p -> problems.add(new ImportProblem(0, p.field(), "Figure " + referenceId + ": " + p.message())));
        if (!found.isEmpty()) {
            return null;
        }
        // a figure an earlier version retired comes back when the list counts it again
        Change change = existing.isEmpty() ? Change.NEW : existing.get().retired() ? Change.RESTORED
                : sameRows && existing.get().draft().auditValues().equals(draft.auditValues()) ? Change.UNCHANGED
                : Change.CHANGED;
        Set<Integer> rowsBefore = before.map(count -> (Set<Integer>) new TreeSet<>(count.rows())).orElse(Set.of());
        return new PlannedFigure(draft, existing, figure, change, rowsBefore);
    }

    private static FigureOutcome outcome(PlannedFigure planned) {
        FigureDraft d = planned.draft();
        CountedFigure counted = planned.counted();
        Set<Integer> added = new TreeSet<>(counted.rows());
        added.removeAll(planned.rowsBefore());
        Set<Integer> removed = new TreeSet<>(planned.rowsBefore());
        removed.removeAll(counted.rows());
        return new FigureOutcome(d.referenceId(), d.incidentId(),
                counted.worldwide() ? "Worldwide" : counted.country().name(), d.periodStart(), d.periodEnd(),
                d.countKind(), d.peopleTargeted(), RowNumbers.describe(counted.rows()), planned.change(),
                planned.existing().map(v -> v.draft().peopleTargeted()).orElse(null),
                planned.existing().isEmpty() ? "" : RowNumbers.describe(added), RowNumbers.describe(removed));
    }

    private static String areaName(String iso2, Map<String, PersonListCounter.Country> countries) {
        return iso2 == null ? "Worldwide" : countries.get(iso2.toLowerCase(Locale.ROOT)).name();
    }

    // --- remembering the mapping ------------------------------------------------------------------------------

    /** The key a mapping is remembered by: the SHA-256 of the column names, one per line. */
    public static String headerKey(List<String> header) {
        return Sha256.hex(String.join("\n", header).getBytes(StandardCharsets.UTF_8));
    }

    private static String mappingJson(PersonListMapping mapping) {
        return JSON.writeValueAsString(mapping);
    }

    private static Optional<PersonListMapping> mappingFrom(String json) {
        try {
            return Optional.of(JSON.readValue(json, PersonListMapping.class));
        } catch (JacksonException e) {
            // a mapping saved by an older version that no longer reads: the curator maps the columns again
            return Optional.empty();
        }
    }
}
