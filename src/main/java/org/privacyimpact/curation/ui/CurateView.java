package org.privacyimpact.curation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.privacyimpact.curation.CuratedRow;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.ui.MainLayout;

/**
 * Where curators find a record to change: one lazy list per kind (figures, user bases, sources, incidents),
 * searchable, with retired records on request. The kind, search and retired switch live in the address.
 */
@Route("curate")
@Menu(title = "Curate the dataset", order = MainLayout.CURATION)
@PageTitle("Curate the dataset — Privacy Impact Dashboard")
@RolesAllowed({"CURATOR", "ADMIN"})
public class CurateView extends VerticalLayout implements BeforeEnterObserver {

    private final CurationService curation;
    private CuratedType<?> kind = CuratedType.FIGURE;

    final Tabs tabs = new Tabs();
    final TextField search = new TextField();
    final Checkbox showRetired = new Checkbox("Show retired");
    final Grid<CuratedRow> grid = new Grid<>();
    final Button create = new Button();
    final Span matches = new Span();
    private boolean restoring;

    public CurateView(CurationService curation) {
        this.curation = curation;
        addClassName("view");
        for (CuratedType<?> each : CuratedType.all()) {
            Tab tab = new Tab(each.plural());
            tab.setId("tab-" + each.path());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(event -> {
            if (!restoring) {
                kind = CuratedType.all().get(tabs.getSelectedIndex());
                refresh(true);
            }
        });
        search.setPlaceholder("Search by key, name, country code…");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh(true));
        search.setWidth("24em");
        showRetired.addValueChangeListener(event -> refresh(true));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(event -> getUI().ifPresent(ui -> ui.navigate("curate/new/" + kind.path())));

        // a fixed width, so a long key (UB-WHATSAPP-IN-2019-11) wraps at its hyphens rather than take a phone's row
        grid.addColumn(CuratedRow::key).setHeader("Key").setWidth("10rem").setFlexGrow(0);
        // the record and its detail in one cell, over two lines: a phone keeps the words readable
        grid.addColumn(LitRenderer.<CuratedRow>of("<div class=\"curated-title\">${item.title}"
                                + " <span theme=\"badge contrast\" ?hidden=${!item.retired}>Retired</span></div>"
                                + "<div class=\"curated-detail\">${item.detail}</div>")
                        .withProperty("title", CuratedRow::title).withProperty("detail", CuratedRow::detail)
                        .withProperty("retired", CuratedRow::retired))
                .setHeader("Record").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate("curate/" + kind.path() + "/" + event.getItem().key())));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");

        RouterLink importLink = new RouterLink("Import a CSV file", ImportView.class);
        HorizontalLayout tools = new HorizontalLayout(search, showRetired, create, importLink);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(new H2("Curate the dataset"),
                new Paragraph("Choose a record to correct, retire or restore it, or add a new one. Every change is "
                        + "checked, kept in the record's history with your name, and seen by readers at once; "
                        + "an admin publishes a new dataset version to announce changes."),
                tabs, tools, matches, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        kind = CuratedType.fromPath(first(parameters.get("kind"))).orElse(CuratedType.FIGURE);
        tabs.setSelectedIndex(CuratedType.all().indexOf(kind));
        search.setValue(first(parameters.get("q")) == null ? "" : first(parameters.get("q")));
        showRetired.setValue("true".equals(first(parameters.get("retired"))));
        restoring = false;
        refresh(false);
    }

    private void refresh(boolean updateAddress) {
        if (restoring) {
            return;
        }
        String text = search.getValue();
        boolean retired = showRetired.getValue();
        create.setText("New " + kind.singular());
        grid.setItems(query -> curation.list(kind, text, retired, query.getOffset(), query.getLimit()).stream(),
                query -> curation.count(kind, text, retired));
        int count = curation.count(kind, text, retired);
        matches.setText(count == 1 ? "1 " + kind.singular() : count + " " + kind.plural().toLowerCase());
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "curate?" + QueryParameters.simple(
                    address(text, retired)).getQueryString()));
        }
    }

    private Map<String, String> address(String text, boolean retired) {
        Map<String, String> address = new LinkedHashMap<>();
        address.put("kind", kind.path());
        if (text != null && !text.isBlank()) {
            address.put("q", text.strip());
        }
        if (retired) {
            address.put("retired", "true");
        }
        return address;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
