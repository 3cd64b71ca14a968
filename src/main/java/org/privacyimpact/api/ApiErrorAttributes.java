package org.privacyimpact.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring's error page, reached by requests refused before any controller (the security firewall's, for
 * example {@code /api/v1/figures/%2e%2e/x}), answers under /api in the API's error shape; other pages keep
 * Spring's.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (attributes.get("path") instanceof String path && path.startsWith("/api/")
                && attributes.get("status") instanceof Integer status) {
            ApiError error = ApiError.refusedBeforeTheApi(status);
            Map<String, Object> shaped = new LinkedHashMap<>();
            shaped.put("error", error.error());
            shaped.put("message", error.message());
            return shaped;
        }
        return attributes;
    }
}
