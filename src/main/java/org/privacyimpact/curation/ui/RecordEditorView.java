package org.privacyimpact.curation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.curation.CuratedDraft;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.EditConflictException;
import org.privacyimpact.curation.Versioned;
import org.privacyimpact.dataset.DatasetQuery;

/**
 * Creates or edits one curated record. Saving sends back the version the form was opened at: if another
 * curator saved in between, nothing is overwritten and the form keeps what was typed. Every bad field is marked
 * with its message. Retiring hides the record from readers and keeps it, with its history, beside the form.
 */
@Route("curate/:kind/:key")
@RouteAlias("curate/new/:kind")
@RolesAllowed({"CURATOR", "ADMIN"})
public class RecordEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurationService curation;
    private final DatasetQuery dataset;

    private RecordEditing<?> editing;
    private String key;
    private Versioned<?> opened;
    private String title = "Curate";

    final H2 heading = new H2();
    final Span status = new Span();
    final Div problems = new Div();
    final TextField comment = new TextField("Why (kept in the history)");
    final Button save = new Button("Save");
    final Button retire = new Button();
    final HistoryPanel history = new HistoryPanel();
    private final Div formHolder = new Div();

    public RecordEditorView(CurationService curation, DatasetQuery dataset) {
        this.curation = curation;
        this.dataset = dataset;
        addClassName("view");
        addClassName("record-editor");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        status.addClassName("record-status");
        comment.setWidthFull();
        comment.setHelperText("Optional, e.g. \"corrected against the court exhibit\"");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        retire.addClickListener(event -> confirmRetireOrRestore());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CuratedType<?>> found = event.getRouteParameters().get("kind").flatMap(CuratedType::fromPath);
        if (found.isEmpty()) {
            add(new H2("No such kind of record"), new RouterLink("Back to curation", CurateView.class));
            return;
        }
        editing = RecordEditing.of(found.get(), curation, dataset);
        key = event.getRouteParameters().get("key").orElse(null);
        formHolder.removeAll();
        formHolder.add(editing.form());
        if (key == null) {
            opened = null;
            title = "New " + kind().singular();
            showBlank(editing);
        } else {
            if (!open(editing)) {
                add(new H2("No " + kind().singular() + " \"" + key + "\""),
                        new RouterLink("Back to " + kind().plural().toLowerCase(), CurateView.class));
                return;
            }
            title = capitalised(kind().singular()) + " " + key;
        }
        layOut();
    }

    private static <D extends CuratedDraft<D>> void showBlank(RecordEditing<D> editing) {
        editing.form().read(editing.type().blank(), false);
    }

    /** Shows the stored record with this view's key; false if there is none. */
    private <D extends CuratedDraft<D>> boolean open(RecordEditing<D> editing) {
        Optional<Versioned<D>> record = curation.read(editing.type(), key);
        record.ifPresent(found -> editing.form().read(found.draft(), true));
        opened = record.orElse(null);
        return record.isPresent();
    }

    private void layOut() {
        heading.setText(title);
        showStatus();
        RouterLink back = new RouterLink("← " + kind().plural(), CurateView.class);
        back.setQueryParameters(QueryParameters.of("kind", kind().path()));
        HorizontalLayout buttons = new HorizontalLayout(save, retire);
        retire.setVisible(opened != null);
        VerticalLayout main = new VerticalLayout(problems, formHolder, comment, buttons);
        main.setPadding(false);
        main.addClassName("editor-main");
        FlexLayout columns = new FlexLayout(main, history);
        columns.addClassName("editor-columns");
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(back, new HorizontalLayout(heading, status), new Paragraph(introduction()), columns);
        refreshHistory();
    }

    private String introduction() {
        return opened == null
                ? "Fields are checked when you save; anything wrong is marked with what to change."
                : "Readers see a saved change at once. Another curator's save since you opened this page is never "
                + "overwritten: you would be told and could reload.";
    }

    private void showStatus() {
        boolean retired = opened != null && opened.retired();
        status.setText(opened == null ? "" : retired ? "Retired by " + opened.retiredBy() + " — hidden from readers"
                : "Published");
        status.getElement().setAttribute("theme", retired ? "badge contrast" : "badge success");
        status.setVisible(opened != null);
        retire.setText(retired ? "Restore" : "Retire");
        retire.removeThemeVariants(ButtonVariant.ERROR);
        if (!retired) {
            retire.addThemeVariants(ButtonVariant.ERROR);
        }
        save.setEnabled(!retired);
        editing.form().setReadOnly(retired);
    }

    private void refreshHistory() {
        history.setVisible(opened != null);
        if (opened != null) {
            history.show(curation.history(kind(), key));
        }
    }

    void save() {
        save(editing);
    }

    private <D extends CuratedDraft<D>> void save(RecordEditing<D> editing) {
        List<FieldProblem> typed = new ArrayList<>();
        D draft = editing.form().write(typed);
        if (!typed.isEmpty()) {
            showProblems(typed);
            return;
        }
        try {
            if (opened == null) {
                String created = curation.create(editing.type(), draft, comment.getValue());
                Notification.show(capitalised(kind().singular()) + " " + created + " saved; readers see it now.")
                        .addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("curate/" + kind().path() + "/" + created));
                return;
            }
            boolean changed = curation.update(editing.type(), key, opened.version(), draft, comment.getValue());
            Notification.show(changed ? "Saved; readers see the change now." : "Nothing had changed, so nothing was saved.")
                    .addThemeVariants(changed ? NotificationVariant.SUCCESS : NotificationVariant.INFO);
            reload();
        } catch (ValidationException e) {
            showProblems(e.problems());
        } catch (EditConflictException e) {
            showConflict(e.getMessage());
        }
    }

    /**
     * The problems in the fields' own words, above the form, brought into view: on a phone the Save button is far
     * below the fields, and a save that failed showed nothing where the curator was looking.
     */
    private void showProblems(List<FieldProblem> found) {
        DraftForm<?> form = editing.form();
        form.show(found);
        problems.removeAll();
        problems.add(new Paragraph(found.size() == 1 ? "Not saved: one field needs a change."
                : "Not saved: " + found.size() + " fields need a change."));
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(form.labelOf(problem.field()) + ": "
                + form.inLabels(problem.message()))));
        problems.add(list);
        showAbove();
    }

    private void showConflict(String message) {
        problems.removeAll();
        Button reload = new Button("Reload the current values", event -> reload());
        problems.add(new Paragraph(message), reload);
        showAbove();
    }

    private void showAbove() {
        problems.setVisible(true);
        problems.getElement().scrollIntoView();
    }

    private void reload() {
        if (!open(editing)) {
            throw new IllegalStateException("no " + kind().singular() + " " + key);
        }
        editing.form().clearProblems();
        problems.setVisible(false);
        comment.clear();
        showStatus();
        refreshHistory();
    }

    private void confirmRetireOrRestore() {
        boolean retiring = !opened.retired();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader((retiring ? "Retire " : "Restore ") + kind().singular() + " " + key + "?");
        dialog.setText(retiring
                ? "It disappears from every dashboard, export and API answer. It is kept, with its history, and can "
                + "be restored."
                : "It appears again on every dashboard, export and API answer.");
        dialog.setCancelable(true);
        dialog.setConfirmText(retiring ? "Retire" : "Restore");
        if (retiring) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> retireOrRestore(retiring));
        dialog.open();
    }

    void retireOrRestore(boolean retiring) {
        try {
            if (retiring) {
                curation.retire(kind(), key, opened.version(), comment.getValue());
            } else {
                curation.restore(kind(), key, opened.version(), comment.getValue());
            }
            Notification.show(retiring ? "Retired: readers no longer see it." : "Restored: readers see it again.");
            reload();
        } catch (ValidationException e) {
            showProblems(e.problems());
        } catch (EditConflictException e) {
            showConflict(e.getMessage());
        }
    }

    /** The address of a record's editor, e.g. /curate/figures/WA2019-IN. */
    public static RouteParameters parameters(CuratedType<?> kind, String key) {
        return new RouteParameters(new RouteParam("kind", kind.path()), new RouteParam("key", key));
    }

    @Override
    public String getPageTitle() {
        return title + " — Privacy Impact Dashboard";
    }

    /** The kind of record open here: its form's. */
    private CuratedType<?> kind() {
        return editing.type();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
