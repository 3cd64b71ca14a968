package org.privacyimpact.api;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.BadParameterException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a parameter the endpoint does not take ({@code contry=IN}), naming it and listing those it does: a
 * misspelt filter silently ignored would answer a question the analyst did not ask. What an endpoint takes is read
 * from its signature: its {@code @RequestParam}s and the parameters its arguments are read from
 * ({@link ApiArguments}).
 */
final class KnownParametersCheck implements HandlerInterceptor {

    /** Worked out once per endpoint, not on every request: a signature does not change. */
    private final Map<Method, Set<String>> knownByEndpoint = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // an address no endpoint serves is a 404 whatever it asks for
        if (!(handler instanceof HandlerMethod method) || method.getBeanType() == UnknownApiAddress.class) {
            return true;
        }
        Set<String> known = knownByEndpoint.computeIfAbsent(method.getMethod(), m -> known(method));
        for (String name : request.getParameterMap().keySet()) {
            if (!known.contains(name)) {
                throw new BadParameterException(name, "Unknown parameter \"" + AddressParameter.printable(name)
                        + "\"; this endpoint takes " + (known.isEmpty() ? "none" : String.join(", ", known)));
            }
        }
        return true;
    }

    static Set<String> known(HandlerMethod method) {
        Set<String> known = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                known.add(name);
            }
            ApiArguments.parametersOf(parameter.getParameterType()).forEach(read -> known.add(read.name()));
        }
        return Collections.unmodifiableSet(known);
    }
}
