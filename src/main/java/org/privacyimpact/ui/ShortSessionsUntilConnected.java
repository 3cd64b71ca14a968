package org.privacyimpact.ui;

import java.time.Duration;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A session starts short ({@link #UNTIL_CONNECTED}) and gets its full length only when the page's script
 * connects to the server. Every page's first answer opens a session, so a crawler, a link preview or a load
 * balancer's check, which never runs the script, would otherwise hold memory for the full half hour.
 */
@Component
class ShortSessionsUntilConnected implements HttpSessionListener, VaadinServiceInitListener {

    /** Long enough for a slow phone to load the page's script and connect. */
    static final Duration UNTIL_CONNECTED = Duration.ofSeconds(60);

    private final Duration connected;

    ShortSessionsUntilConnected(@Value("${server.servlet.session.timeout:30m}") Duration connected) {
        this.connected = connected;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) UNTIL_CONNECTED.toSeconds());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                // the page's script says it runs: its first request or any later one
                if (HandlerHelper.isRequestType(request, HandlerHelper.RequestType.INIT)
                        || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                    WrappedSession session = request.getWrappedSession(false);
                    if (session != null && session.getMaxInactiveInterval() < connected.toSeconds()) {
                        session.setMaxInactiveInterval((int) connected.toSeconds());
                    }
                }
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            }
        });
    }
}
