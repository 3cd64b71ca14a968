package org.privacyimpact.curation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.common.validation.ValidationException;
import org.privacyimpact.curation.ReleaseService;
import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.ui.MainLayout;

/**
 * An admin publishes a new dataset version with its changelog. The changes made since the current version are
 * listed to draw on; the changelog is written for readers, in plain sentences.
 */
@Route("admin/releases")
@Menu(title = "Publish a version", order = MainLayout.CURATION + 2)
@PageTitle("Publish a dataset version — Privacy Impact Dashboard")
@RolesAllowed("ADMIN")
public class ReleasesView extends VerticalLayout {

    private final ReleaseService releases;

    final TextField version = new TextField("Version");
    final TextField summary = new TextField("Summary readers see beside the version");
    final TextArea changes = new TextArea("What changed (one line per change, for readers)");
    final Button publish = new Button("Publish");
    final Paragraph current = new Paragraph();

    public ReleasesView(ReleaseService releases, DatasetQuery dataset) {
        this.releases = releases;
        addClassName("view");
        var currentRelease = dataset.currentRelease();
        current.setText("Readers now see version " + currentRelease.version() + " (" + currentRelease.releasedOn()
                + "): " + currentRelease.summary());
        version.setValue(releases.suggestedVersion());
        version.setHelperText("year.month.sequence, after " + currentRelease.version());
        summary.setWidthFull();
        changes.setWidthFull();
        changes.setMinHeight("10em");
        List<AuditEntry> since = releases.changesSinceCurrentRelease();
        changes.setHelperText(since.isEmpty() ? "No changes have been made through the dashboard since the last "
                + "published version." : since.size() + " changes since the last version were filled in below as a "
                + "draft: rewrite them for readers.");
        changes.setValue(String.join("\n", since.stream().map(ReleasesView::draftLine).distinct().toList()));
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(event -> confirm());
        add(new H2("Publish a dataset version"), current,
                new Paragraph("Publishing gives every page footer, export and API answer the new version number, "
                        + "and lists its changes on the methodology page. Edits are visible to readers as soon as "
                        + "they are saved; a version names and explains them."),
                version, summary, changes, publish);
    }

    private static String draftLine(AuditEntry entry) {
        String what = entry.recordType().label() + " " + entry.recordKey() + ": " + switch (entry.action()) {
            case CREATE -> "added";
            case UPDATE -> entry.changes().stream().map(AuditEntry.FieldChange::field).toList() + " changed";
            case RETIRE -> "retired";
            case RESTORE -> "restored";
            case PUBLISH -> "published";
        };
        return entry.comment() == null ? what + "." : what + " (" + entry.comment() + ").";
    }

    /** Asks before publishing only what can be published: a version cannot be taken back. */
    private void confirm() {
        List<FieldProblem> problems = releases.check(version.getValue(), summary.getValue(),
                changes.getValue().lines().toList());
        clearProblems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog("Publish version " + version.getValue() + "?",
                "Readers will see this version and its changelog at once.", "Publish", event -> publish());
        dialog.setCancelable(true);
        dialog.open();
    }

    void publish() {
        clearProblems();
        try {
            releases.publish(version.getValue(), summary.getValue(), changes.getValue().lines().toList());
            Notification.show("Version " + version.getValue().strip() + " published.")
                    .addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (ValidationException e) {
            show(e.problems());
        }
    }

    private void clearProblems() {
        version.setInvalid(false);
        summary.setInvalid(false);
        changes.setInvalid(false);
    }

    private void show(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            var field = switch (problem.field()) {
                case "version" -> version;
                case "summary" -> summary;
                default -> null;
            };
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(problem.message());
            } else {
                changes.setInvalid(true);
                changes.setErrorMessage(problem.message());
            }
        }
    }
}
