package org.privacyimpact.curation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.privacyimpact.audit.AuditEntry;
import org.privacyimpact.audit.AuditService;
import org.privacyimpact.common.MinuteInUtc;
import org.privacyimpact.ui.DownloadBar;
import org.privacyimpact.ui.MainLayout;

/** Every change anyone made through the dashboard, newest first, for admins; downloadable as CSV. */
@Route("admin/audit")
@Menu(title = "Audit log", order = MainLayout.CURATION + 3)
@PageTitle("Audit log — Privacy Impact Dashboard")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout {

    static final String NOTHING_YET = "Nothing has been changed through the dashboard yet. Every edit, "
            + "retirement, import, release and account change will be listed here as it is made.";

    final Grid<AuditEntry> grid = new Grid<>();

    public AuditLogView(AuditService audit) {
        addClassName("view");
        grid.addColumn(entry -> MinuteInUtc.of(entry.changedAt()))
                .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.action().code()).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.recordType().label() + " " + entry.recordKey()).setHeader("Record")
                .setWidth("14em").setFlexGrow(0);
        grid.addColumn(HistoryPanel::describe).setHeader("Changes").setFlexGrow(3);
        grid.addColumn(entry -> entry.comment() == null ? "" : entry.comment()).setHeader("Why").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> audit.page(query.getOffset(), query.getLimit()).stream(), query -> audit.count());
        grid.setEmptyStateText(NOTHING_YET);
        grid.setHeight("65vh");
        DownloadBar downloads = new DownloadBar();
        downloads.csv("Audit log (CSV)", "download-csv", "Every change, one row per changed field",
                () -> "audit-log.csv", audit::csv);
        add(new H2("Audit log"), new Paragraph("Who changed what, when and why — every edit, retirement, "
                + "restoration, import row, release and account change, with each field's old and new value. The "
                + "log is append-only: the database refuses to change or delete it."), downloads, grid);
    }
}
