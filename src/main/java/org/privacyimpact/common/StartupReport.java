package org.privacyimpact.common;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints one line when the dashboard can serve pages, with the time since the JVM started. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        Duration sinceJvmStart = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        String address = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? "http://localhost:" + web.getWebServer().getPort()
                : "(no web server)";
        log.info("Dashboard ready at {} in {} s since JVM start", address,
                String.format("%.1f", sinceJvmStart.toMillis() / 1000.0));
    }
}
