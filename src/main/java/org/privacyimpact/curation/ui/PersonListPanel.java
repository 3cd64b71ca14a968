package org.privacyimpact.curation.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.privacyimpact.curation.CuratedRow;
import org.privacyimpact.curation.ImportFailedException;
import org.privacyimpact.curation.ImportProblem;
import org.privacyimpact.curation.ImportRejectedException;
import org.privacyimpact.curation.PersonListImport;
import org.privacyimpact.curation.PersonListMapping;
import org.privacyimpact.curation.PersonListMapping.CountryMeaning;
import org.privacyimpact.curation.PersonListMapping.EmptyCountry;
import org.privacyimpact.curation.PersonListMapping.EmptyYear;
import org.privacyimpact.curation.PersonListMapping.SeveralValues;
import org.privacyimpact.curation.PersonListPreview;
import org.privacyimpact.curation.PersonListPreview.Change;
import org.privacyimpact.curation.PersonListPreview.ColumnCells;
import org.privacyimpact.dataset.CountKind;

/**
 * The "one row per person" import: describe the list, say what its columns mean, decide what cells with several
 * values or none mean, and see the figures it produces — each with its rows and how it compares with the dataset —
 * before importing all of them or none. The preview follows every change of the form.
 */
class PersonListPanel extends VerticalLayout {

    private static final String NO_COLUMN = "(none)";
    private static final Pattern COUNTRY = Pattern.compile("(?i).*(country|location|nationality|país|pays).*");
    private static final Pattern YEAR = Pattern.compile("(?i).*(year|año|date).*");
    private static final Pattern PERSON = Pattern.compile("(?i).*(name|target|person|victim|nombre).*");
    private static final Pattern SOURCES = Pattern.compile("(?i).*(source|link|url|fuente).*");

    private final PersonListImport lists;
    private final Map<String, CuratedRow> incidentById;
    private byte[] uploaded;
    private String fileName;
    private boolean filling;

    final ListDescriptionForm description = new ListDescriptionForm(this::refresh);

    final Select<String> countryColumn = new Select<>();
    final RadioButtonGroup<CountryMeaning> countryMeaning = new RadioButtonGroup<>("The country is");
    final Select<String> yearColumn = new Select<>();
    final Select<String> personColumn = new Select<>();
    final Select<String> sourcesColumn = new Select<>();
    final Checkbox worldwide = new Checkbox("Also count a worldwide figure (every row, with or without a country)");
    final SplitChoice<CuratedRow> incident;
    final SplitChoice<CountKind> countKind;

    final Div cellChoices = new Div();
    final Map<String, RadioButtonGroup<SeveralValues>> severalValues = new LinkedHashMap<>();
    final RadioButtonGroup<EmptyCountry> emptyCountry = new RadioButtonGroup<>();
    final RadioButtonGroup<EmptyYear> emptyYear = new RadioButtonGroup<>();
    private final Map<String, SeveralValues> severalChosen = new HashMap<>();
    private final Paragraph oneValueEach = new Paragraph("Every cell of these columns holds one value.");

    /** Everything the curator says about the list; hidden while the file itself cannot be read. */
    final Div mappingForm = new Div();
    final Paragraph remembered = new Paragraph();
    final Div summary = new Div();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ImportProblem> notes = new Grid<>();
    final ListFiguresTable figures = new ListFiguresTable();
    final Button commit = new Button();
    private PersonListPreview preview;

    PersonListPanel(PersonListImport lists) {
        this.lists = lists;
        setPadding(false);
        addClassName("person-list");
        List<CuratedRow> incidents = lists.incidents();
        incidentById = incidents.stream()
                .collect(Collectors.toMap(CuratedRow::key, Function.identity(), (a, b) -> a));
        incident = new SplitChoice<>("Incident", incidents, row -> row.key() + " — " + row.title(), CuratedRow::key,
                this::valuesOf, this::refresh);
        incident.fixed.setHelperText("The incident every row counts toward");
        countKind = new SplitChoice<>("Kind of count", List.of(CountKind.values()), CountKind::label,
                CountKind::code, this::valuesOf, this::refresh);
        countKind.fixed.setHelperText("What the rows are: e.g. confirmed by forensic analysis");


        countryColumn.setLabel("Country column");
        countryColumn.setHelperText("A country's name as the dashboard writes it, or its two-letter code");
        countryMeaning.setItems(CountryMeaning.values());
        countryMeaning.setItemLabelGenerator(CountryMeaning::label);
        countryMeaning.setHelperText("An operator's country is never divided by its own users: its figures get no"
                + " rate");
        yearColumn.setLabel("Year column");
        yearColumn.setHelperText("2019, \"2019; 2020\" or 2019–2021; gives each figure its years");
        personColumn.setLabel("Name or code name column");
        personColumn.setHelperText("Read only to count a person listed twice once; never stored");
        sourcesColumn.setLabel("Sources column");
        sourcesColumn.setHelperText("The links in it are kept with each figure");
        worldwide.setValue(true);
        FormLayout columns = form(countryColumn, countryMeaning, yearColumn, personColumn, sourcesColumn);
        columns.add(worldwide);

        emptyCountry.setItems(EmptyCountry.values());
        emptyCountry.setItemLabelGenerator(EmptyCountry::label);
        emptyYear.setItems(EmptyYear.values());
        emptyYear.setItemLabelGenerator(EmptyYear::label);

        worldwide.addValueChangeListener(event -> refresh());
        List.of(countryColumn, yearColumn, personColumn, sourcesColumn)
                .forEach(select -> select.addValueChangeListener(event -> refresh()));
        countryMeaning.addValueChangeListener(event -> refresh());
        emptyCountry.addValueChangeListener(event -> refresh());
        emptyYear.addValueChangeListener(event -> refresh());

        summary.addClassName("import-summary");
        summary.getElement().setAttribute("role", "status");
        problems.addColumn(problem -> problem.row() == 0 ? "" : String.valueOf(problem.row())).setHeader("Row")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column()).setHeader("Column")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("What to choose or change").setFlexGrow(1);
        notes.addColumn(ImportProblem::message).setHeader("Note").setFlexGrow(1);
        List.of(problems, notes).forEach(grid -> {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        });
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.addClickListener(event -> commit());

        mappingForm.add(remembered, new H3("The list"), description, new H3("Its columns"), columns, incident, countKind,
                new H3("Cells with several values or none"), cellChoices);
        add(mappingForm, summary, problems, notes, figures, commit);
        setVisible(false);
    }

    /** A list has arrived: read its header, fill in what was chosen for the same header before, preview. */
    void open(String name, byte[] bytes) {
        uploaded = bytes;
        fileName = name;
        PersonListImport.OpenedList opened = lists.open(name, bytes);
        setVisible(true);
        if (!opened.problems().isEmpty()) {
            showUnreadable(opened);
            return;
        }
        mappingForm.setVisible(true);
        filling = true;
        try {
            List<String> header = opened.header();
            List<String> optional = new ArrayList<>(header);
            optional.addFirst(NO_COLUMN);
            countryColumn.setItems(header);
            yearColumn.setItems(optional);
            personColumn.setItems(optional);
            sourcesColumn.setItems(optional);
            incident.setColumns(header);
            countKind.setColumns(header);
            severalChosen.clear();
            severalValues.clear();
            if (opened.remembered().isPresent()) {
                fill(opened.remembered().get());
                remembered.setText("A file with the same columns was imported before: its choices are filled in."
                        + " Check them, and the version date.");
            } else {
                guess(header);
                remembered.setText("Say what the list is and what its columns mean; the figures it produces show"
                        + " below as you go.");
            }
        } finally {
            filling = false;
        }
        setVisible(true);
        refresh();
    }

    /** A file that cannot be read as a list: only what to change, no form to fill in. */
    private void showUnreadable(PersonListImport.OpenedList opened) {
        uploaded = null;
        mappingForm.setVisible(false);
        summary.removeAll();
        summary.add(new H3(opened.fileName() + ": nothing can be imported"), new Paragraph("The file cannot be read"
                + " as a list; the dataset is unchanged."));
        problems.setItems(opened.problems());
        problems.setVisible(true);
        notes.setVisible(false);
        figures.show(List.of());
        commit.setVisible(false);
    }

    private void guess(List<String> header) {
        countryColumn.setValue(first(header, COUNTRY));
        yearColumn.setValue(orNone(first(header, YEAR)));
        personColumn.setValue(orNone(first(header, PERSON)));
        sourcesColumn.setValue(orNone(first(header, SOURCES)));
    }

    private static String first(List<String> header, Pattern pattern) {
        return header.stream().filter(column -> pattern.matcher(column).matches()).findFirst().orElse(null);
    }

    private void fill(PersonListMapping mapping) {
        description.fill(mapping.list());
        countryColumn.setValue(mapping.countryColumn());
        countryMeaning.setValue(mapping.countryMeaning());
        yearColumn.setValue(orNone(mapping.yearColumn()));
        personColumn.setValue(orNone(mapping.personColumn()));
        sourcesColumn.setValue(orNone(mapping.sourcesColumn()));
        worldwide.setValue(mapping.worldwideFigure());
        incident.set(mapping.incident(), incidentById);
        countKind.set(mapping.countKind(), Arrays.stream(CountKind.values())
                .collect(Collectors.toMap(CountKind::code, Function.identity())));
        severalChosen.putAll(mapping.severalValues());
        emptyCountry.setValue(mapping.emptyCountry());
        emptyYear.setValue(mapping.emptyYear());
    }

    PersonListMapping mapping() {
        Map<String, SeveralValues> several = new LinkedHashMap<>(severalChosen);
        several.values().removeIf(Objects::isNull);
        return new PersonListMapping(description.value(), countryColumn.getValue(), countryMeaning.getValue(),
                column(yearColumn), column(personColumn), column(sourcesColumn), incident.value(), countKind.value(),
                several, emptyCountry.getValue(), emptyYear.getValue(), worldwide.getValue());
    }

    void refresh() {
        if (filling || uploaded == null) {
            return;
        }
        preview = lists.preview(fileName, uploaded, mapping(), description.version());
        showCellChoices(preview.cells());
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        notes.setItems(preview.notes());
        notes.setVisible(!preview.notes().isEmpty());
        figures.show(preview.figures());
        summary.removeAll();
        if (preview.canCommit()) {
            long writes = preview.figures().size() - preview.count(Change.UNCHANGED);
            summary.add(new H3(fileName + ": " + preview.rows() + " rows give " + (preview.figures().size()
                    - preview.count(Change.NOT_IN_LIST)) + " figures"), new Paragraph(preview.count(Change.NEW)
                    + " new, " + (preview.count(Change.CHANGED) + preview.count(Change.RESTORED)) + " changed, "
                    + preview.count(Change.UNCHANGED)
                    + " as in the dataset, " + preview.count(Change.NOT_IN_LIST) + " no longer in the list. The list's"
                    + " names are not stored: only the counts, the row numbers and the rows' links."));
            commit.setText(writes == 0 ? "Nothing to import" : "Import " + writes + " figures");
            commit.setEnabled(writes > 0);
            commit.setVisible(true);
        } else {
            summary.add(new H3(fileName + ": nothing can be imported yet"), new Paragraph(
                    (preview.problems().size() == 1 ? "One thing" : preview.problems().size() + " things")
                            + " to choose or change; the dataset is unchanged."));
            commit.setVisible(false);
        }
    }

    /**
     * A choice for each column with cells of several values, and for rows without a country or year. The same
     * components stay on the page while they are needed, so a choice keeps its focus as the preview follows it.
     */
    private void showCellChoices(List<ColumnCells> cells) {
        List<Component> needed = new ArrayList<>();
        for (ColumnCells column : cells) {
            if (!column.severalValues().isEmpty()) {
                RadioButtonGroup<SeveralValues> choice = severalValues.computeIfAbsent(column.column(),
                        this::severalValuesChoice);
                choice.setLabel(column.column() + ": " + cellsIn(column.severalValues()) + " with several values");
                needed.add(choice);
            }
            if (column.column().equals(countryColumn.getValue()) && !column.empty().isEmpty()) {
                emptyCountry.setLabel(column.column() + ": " + cellsIn(column.empty()) + " without a country");
                needed.add(emptyCountry);
            }
            if (column.column().equals(column(yearColumn)) && !column.empty().isEmpty()) {
                emptyYear.setLabel(column.column() + ": " + cellsIn(column.empty()) + " without a year");
                needed.add(emptyYear);
            }
        }
        if (needed.isEmpty()) {
            needed.add(oneValueEach);
        }
        if (!cellChoices.getChildren().toList().equals(needed)) {
            cellChoices.removeAll();
            needed.forEach(cellChoices::add);
        }
    }

    private RadioButtonGroup<SeveralValues> severalValuesChoice(String column) {
        RadioButtonGroup<SeveralValues> choice = new RadioButtonGroup<>();
        choice.setItems(SeveralValues.values());
        choice.setItemLabelGenerator(SeveralValues::label);
        choice.setValue(severalChosen.get(column));
        choice.addValueChangeListener(event -> {
            severalChosen.put(column, event.getValue());
            refresh();
        });
        return choice;
    }

    private static String cellsIn(List<Integer> rows) {
        return (rows.size() == 1 ? "1 cell (row " : "%,d cells (rows ".formatted(rows.size()))
                + rows.stream().limit(12).map(String::valueOf).collect(Collectors.joining(", "))
                + (rows.size() > 12 ? " …)" : ")");
    }

    void commit() {
        try {
            PersonListPreview done = lists.commit(fileName, uploaded, mapping(), description.version());
            long writes = done.figures().size() - done.count(Change.UNCHANGED);
            Notification.show("Imported " + writes + " figures from " + fileName + ". Each is in its record's"
                    + " history.").addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (ImportRejectedException | ImportFailedException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.ERROR);
            summary.removeAll();
            summary.add(new H3(fileName + ": not imported"), new Paragraph(e.getMessage()));
            commit.setVisible(false);
        }
    }

    private Map<String, Integer> valuesOf(String column) {
        return uploaded == null ? Map.of() : lists.valuesOf(uploaded, column);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private static String column(Select<String> select) {
        return select.getValue() == null || NO_COLUMN.equals(select.getValue()) ? null : select.getValue();
    }

    private static String orNone(String column) {
        return column == null ? NO_COLUMN : column;
    }
}
