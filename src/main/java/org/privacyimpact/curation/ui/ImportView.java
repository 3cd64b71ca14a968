package org.privacyimpact.curation.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.privacyimpact.curation.ImportFailedException;
import org.privacyimpact.curation.ImportKind;
import org.privacyimpact.curation.ImportPreview.ProblemGroup;
import org.privacyimpact.curation.ImportPreview.RowOutcome;
import org.privacyimpact.curation.ImportPreview;
import org.privacyimpact.curation.ImportProblem;
import org.privacyimpact.curation.ImportRejectedException;
import org.privacyimpact.curation.ImportService;
import org.privacyimpact.curation.PersonListImport;
import org.privacyimpact.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload a CSV file of figures, user bases or sources; see what it would do row by row; import all of it or
 * nothing. The columns are the data API's, so a downloaded file can be edited and uploaded again. A list with one
 * row per person is counted into figures instead ({@link PersonListPanel}).
 */
@Route("curate/import")
@Menu(title = "Import a CSV file", order = MainLayout.CURATION + 1)
@PageTitle("Import a CSV file — Privacy Impact Dashboard")
@RolesAllowed({"CURATOR", "ADMIN"})
public class ImportView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);
    private static final int ALL_ROWS_SHOWN_UP_TO = 20;

    private final ImportService imports;
    private byte[] uploaded;
    private String fileName;
    private ImportPreview preview;

    final RadioButtonGroup<ImportChoice> kind = new RadioButtonGroup<>("The file holds");
    final Paragraph columns = new Paragraph();
    final Anchor template = new Anchor();
    final CappedUploadHandler uploadHandler;
    final Upload upload;
    final Div summary = new Div();
    final Grid<ProblemGroup> problemsByColumn = new Grid<>();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ImportProblem> notes = new Grid<>();
    final Grid<RowOutcome> outcomes = new Grid<>();
    final Button commit = new Button();

    final PersonListPanel personList;

    public ImportView(ImportService imports, PersonListImport lists) {
        this.imports = imports;
        this.personList = new PersonListPanel(lists);
        addClassName("view");
        kind.setItems(ImportChoice.values());
        kind.setItemLabelGenerator(ImportChoice::label);
        kind.setValue(ImportChoice.FIGURES);
        kind.addValueChangeListener(event -> {
            describeColumns();
            if (uploaded != null) {
                showUploaded();
            }
        });

        uploadHandler = new CappedUploadHandler(ImportService.maxBytes(), this::received, this::refused);
        upload = new Upload(uploadHandler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(ImportService.maxBytes());
        upload.addFileRejectedListener(event -> Notification.show(event.getErrorMessage() + " The limit is 5 MB"
                + " per file.").addThemeVariants(NotificationVariant.ERROR));

        summary.addClassName("import-summary");
        summary.getElement().setAttribute("role", "status");
        problemsByColumn.addColumn(group -> group.column() == null ? "(whole row or file)" : group.column())
                .setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problemsByColumn.addColumn(group -> "%,d".formatted(group.rows())).setHeader("Rows").setAutoWidth(true)
                .setFlexGrow(0);
        problemsByColumn.addColumn(group -> (group.rows() > 1 ? "First, " : "")
                + (group.first().row() == 0 ? "" : "row " + group.first().row() + ": ") + group.first().message())
                .setHeader("What to change").setFlexGrow(1);
        problems.addColumn(problem -> problem.row() == 0 ? "File" : String.valueOf(problem.row())).setHeader("Row")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column()).setHeader("Column")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("What to change").setFlexGrow(1);
        notes.addColumn(note -> String.valueOf(note.row())).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(ImportProblem::message).setHeader("Note").setFlexGrow(1);
        outcomes.addColumn(RowOutcome::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(RowOutcome::key).setHeader("Key").setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(outcome -> switch (outcome.change()) {
            case NEW -> "New";
            case CHANGED -> "Changed";
            case UNCHANGED -> "Already as in the file";
        }).setHeader("Effect").setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(outcome -> outcome.fields().stream().map(HistoryPanel::describe)
                .collect(Collectors.joining("; "))).setHeader("Fields that change").setFlexGrow(1);
        // messages are the point of these lists: wrapped, not cut off with "…" on a phone
        List.of(problemsByColumn, problems, notes, outcomes)
                .forEach(grid -> grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT));
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.addClickListener(event -> commit());
        clearPreview();
        describeColumns();

        add(new RouterLink("← Curate", CurateView.class), new H2("Import a CSV file"),
                new Paragraph("Upload one file (UTF-8, comma-separated, at most 5 MB). Nothing is written until you"
                        + " press Import, and then every row is written or none: a file with any problem changes"
                        + " nothing. Rows already in the dataset (same reference id, or for sources the same URL)"
                        + " are updated, so importing the same file twice changes nothing the second time."),
                kind, columns, template, upload, summary, problemsByColumn, problems, notes, outcomes, commit,
                personList);
    }

    private void describeColumns() {
        if (kind.getValue() == ImportChoice.PERSON_LIST) {
            columns.setText("Any columns, one row per targeted person (or device): after the upload you say which"
                    + " column is the country, the year, the incident and the kind of count. Names are read only to"
                    + " count a person listed twice once; they are never stored.");
            template.setHref("/examples/person-list-example.csv");
            template.setText("Download a small example list");
            template.getElement().setAttribute("download", true);
            return;
        }
        ImportKind selected = kind.getValue().kind();
        columns.setText("Columns, as the data API writes them: " + String.join(", ", selected.columns())
                + (selected.ignored().isEmpty() ? "." : ". Not imported (the dataset derives them): "
                + String.join(", ", selected.ignored().stream().sorted().toList()) + ".")
                + (selected.optional().isEmpty() ? "" : " May be left out: "
                + String.join(", ", selected.optional().stream().sorted().toList()) + "."));
        String endpoint = switch (selected) {
            case FIGURES -> "figures";
            case USER_BASES -> "user-bases";
            case SOURCES -> "sources";
        };
        template.setHref("/api/v1/" + endpoint + "?format=csv");
        template.setText("Download the current " + selected.label().toLowerCase() + " as a starting file");
        template.getElement().setAttribute("download", true);
    }

    private void showUploaded() {
        boolean list = kind.getValue() == ImportChoice.PERSON_LIST;
        if (list) {
            clearPreview();
            personList.open(fileName, uploaded);
        } else {
            personList.setVisible(false);
            showPreview();
        }
    }

    private void showPreview() {
        preview = imports.preview(kind.getValue().kind(), fileName, uploaded);
        show(problemsByColumn, preview.problemsByColumn(), preview.problems().size() > 1);
        show(problems, preview.problems(), !preview.problems().isEmpty());
        show(notes, preview.notes(), !preview.notes().isEmpty());
        show(outcomes, preview.outcomes(), preview.canCommit());
        summary.removeAll();
        if (preview.canCommit()) {
            summary.add(new H3(fileName + ": " + preview.rows() + " rows checked, no problems"),
                    new Paragraph(preview.count(RowOutcome.Change.NEW) + " new, "
                            + preview.count(RowOutcome.Change.CHANGED) + " changed, "
                            + preview.count(RowOutcome.Change.UNCHANGED) + " already as in the file."));
            long writes = preview.count(RowOutcome.Change.NEW) + preview.count(RowOutcome.Change.CHANGED);
            commit.setText(writes == 0 ? "Nothing to import" : "Import " + writes + " rows");
            commit.setEnabled(writes > 0);
            commit.setVisible(true);
        } else {
            summary.add(new H3(fileName + ": nothing can be imported yet"),
                    new Paragraph((preview.problems().size() == 1 ? "One problem"
                            : "%,d problems".formatted(preview.problems().size())) + " to fix; the dataset is unchanged."));
            commit.setVisible(false);
        }
        summary.setVisible(true);
    }

    void commit() {
        try {
            ImportPreview done = imports.commit(kind.getValue().kind(), fileName, uploaded);
            long writes = done.count(RowOutcome.Change.NEW) + done.count(RowOutcome.Change.CHANGED);
            Notification.show("Imported " + writes + " rows from " + fileName + ". Each is in its record's history.")
                    .addThemeVariants(NotificationVariant.SUCCESS);
            uploaded = null;
            upload.clearFileList();
            clearPreview();
        } catch (ImportRejectedException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.ERROR);
            showPreview();
        } catch (ImportFailedException e) {
            showFailure(fileName + ": not imported", e.getMessage());
        } catch (RuntimeException e) {
            // the import's transaction was rolled back: say so here, not only in the log
            LOG.error("Import of {} failed", fileName, e);
            showFailure(fileName + ": not imported", "Nothing was imported: an unexpected error stopped the import ("
                    + e.getClass().getSimpleName() + "; the server's log has the details). The dataset is unchanged.");
        }
    }

    /** Stays on the page (a notification fades) until another file or kind is chosen. */
    private void showFailure(String heading, String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.ERROR);
        clearPreview();
        summary.removeAll();
        summary.add(new H3(heading), new Paragraph(message));
        summary.setVisible(true);
    }

    /**
     * A short list shows whole; a long one scrolls in a fixed height, and the grid sends the browser only the rows
     * in view. (Every row shown at once froze the tab for minutes on a file with 20,000 bad rows.)
     */
    private static <T> void show(Grid<T> grid, List<T> items, boolean visible) {
        grid.setItems(items);
        grid.setAllRowsVisible(items.size() <= ALL_ROWS_SHOWN_UP_TO);
        grid.setHeight(grid.isAllRowsVisible() ? null : "24em");
        grid.setVisible(visible);
    }

    private void clearPreview() {
        summary.setVisible(false);
        problemsByColumn.setVisible(false);
        problems.setVisible(false);
        notes.setVisible(false);
        outcomes.setVisible(false);
        commit.setVisible(false);
    }

    /** The server refused a file over the limit, whatever the browser allowed through. */
    void refused(String name, String message) {
        uploaded = null;
        personList.setVisible(false);
        showFailure(name + ": not received", message);
    }

    /** A file has arrived (the upload's handler; tests call it directly). */
    void received(String name, byte[] bytes) {
        uploaded = bytes;
        fileName = name;
        showUploaded();
    }
}
