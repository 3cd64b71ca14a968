package org.privacyimpact.overview.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.common.db.DatabaseUnavailableException;
import org.privacyimpact.overview.OverviewFigures;
import org.privacyimpact.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the overview's first screen with the page itself: its question, headline cards and the chart of the
 * highest rates, drawn in HTML (DD017). A reader sees them as soon as the page arrives instead of after Flow's
 * scripts have started and asked the server for the view, which takes 1.5–2 s on a desktop and 4 s or more on
 * a phone; and a reader whose scripts never arrive still reads them. The view replaces the first screen as soon
 * as Flow's router has placed it (dashboard.css hides the first screen then). Other pages load as before.
 */
@Component
@RequiredArgsConstructor
class FirstScreen implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FirstScreen.class);

    private final OverviewFigures figures;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addToOverview);
    }

    /**
     * Adds the first screen to the overview's page. Where the figures cannot be read (the database is away) the
     * page goes without it, as every page did before: Flow then shows the page that says so.
     */
    void addToOverview(IndexHtmlResponse page) {
        VaadinRequest request = page.getVaadinRequest();
        if (!isOverview(request.getPathInfo())) {
            return;
        }
        OverviewChoice choice = OverviewChoice.read(AddressReader.lenientFromRequest(request.getParameterMap()));
        OverviewFigures.Headline headline;
        OverviewFigures.Rates rates;
        try {
            headline = figures.headline();
            rates = figures.rates(choice.filter());
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailableException.explains(failure)) {
                throw failure;
            }
            LOG.debug("The overview's page goes without its first screen", failure);
            return;
        }
        page.getDocument().body().prependChild(new FirstScreenHtml(publicViews()).write(
                HeadlineCard.of(headline.statistics()), rates.top(),
                OverviewWords.topChart(choice, rates, headline.datasetVersion())));
    }

    private static boolean isOverview(String path) {
        return path == null || path.isEmpty() || "/".equals(path);
    }

    /** The drawer's public views, as the app layout lists them (their {@code @Menu}), by title and address. */
    private static Map<String, String> publicViews() {
        Map<String, String> views = new LinkedHashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.order() < MainLayout.CURATION) {
                views.put(entry.title(), entry.path());
            }
        }
        return views;
    }
}
