package org.privacyimpact.api;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The servlet container's own error page, for the few requests it refuses before the application sees them —
 * a path that cannot be decoded ({@code /api/v1/incidents/%FF}, {@code %00}). Under /api it answers in the
 * API's JSON error shape instead of the container's HTML; elsewhere the container's page stays, without its
 * report or version.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/api/") || response.getStatus() < 400 || response.isCommitted()) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                ApiError error = ApiError.refusedBeforeTheApi(response.getStatus());
                // fixed texts, whose only characters needing escape in JSON are quotes
                writer.write("{\"error\":\"" + error.error() + "\",\"message\":\""
                        + error.message().replace("\"", "\\\"") + "\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the answer has no body; its status still says what happened
        }
    }
}
