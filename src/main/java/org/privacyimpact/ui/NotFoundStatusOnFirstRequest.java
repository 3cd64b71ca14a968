package org.privacyimpact.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Makes an address without a page answer HTTP 404, not 200. Vaadin answers a page's own request before it
 * builds the view, in a second request, so the status the not-found view returns never reaches the page; with
 * "eager server load" it builds the view while answering, and the page carries that status. This asks for that
 * only where an address may name nothing: one that matches no view, or one whose parameters name a record (an
 * incident, a country) that may not exist. Every other page loads as it always has.
 * <p>
 * Flow's client router then moves the eagerly built view into the page's outlet, which detaches and re-attaches
 * every component (a chart is drawn again, a focused control loses focus). The view is kept hidden until then,
 * as Flow's client keeps the container it creates itself; it shows the container when the router has placed it.
 */
@Component
class NotFoundStatusOnFirstRequest implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.setBootstrapInitialPredicate(request -> mayNameNothing(service, request));
        event.addIndexHtmlRequestListener(page -> Optional.ofNullable(UI.getCurrent()).ifPresent(ui ->
                page.getDocument().select(ui.getInternals().getContainerTag()).attr("style", "display: none")));
    }

    private static boolean mayNameNothing(VaadinService service, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<NavigationState> view = service.getRouter().resolveNavigationTarget(path, request.getParameterMap());
        return view.isEmpty() || !view.get().getRouteParameters().getParameterNames().isEmpty();
    }
}
