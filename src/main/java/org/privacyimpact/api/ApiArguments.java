package org.privacyimpact.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.FilterParameters;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives an endpoint its arguments read strictly from the query string: its filter ({@code ExposureFilter filter}),
 * by the definitions the views use ({@link ApiFilters}), and the form of its answer ({@link ApiAnswer}). A value
 * that cannot be used is a 400 naming the parameter ({@link ApiErrors}).
 */
@RequiredArgsConstructor
final class ApiArguments implements HandlerMethodArgumentResolver {

    private final FilterParameters filters;

    /** The query parameters an argument of this type is read from; none for any other type. */
    static List<AddressParameter<?>> parametersOf(Class<?> type) {
        if (type == ApiAnswer.class) {
            return ApiAnswer.PARAMETERS;
        }
        if (type == ApiAnswer.Listed.class) {
            return ApiAnswer.Listed.PARAMETERS;
        }
        return ApiFilters.of(type).map(ApiFilters.Reading::parameters).orElse(List.of());
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return !parametersOf(parameter.getParameterType()).isEmpty();
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        AddressReader reader = AddressReader.strict(servletRequest.getParameterMap());
        String accept = servletRequest.getHeader(HttpHeaders.ACCEPT);
        Class<?> type = parameter.getParameterType();
        if (type == ApiAnswer.class) {
            return ApiAnswer.read(reader, accept, response);
        }
        if (type == ApiAnswer.Listed.class) {
            return ApiAnswer.Listed.read(reader, accept, response);
        }
        return ApiFilters.of(type).orElseThrow().read().apply(reader, filters);
    }
}
