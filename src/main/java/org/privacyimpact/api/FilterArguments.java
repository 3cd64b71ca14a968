package org.privacyimpact.api;

import jakarta.servlet.http.HttpServletRequest;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.FilterParameters;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives an endpoint its filter ({@code ExposureFilter filter}) read strictly from the query string by the
 * definitions the views use: a value it cannot use is a 400 naming the parameter ({@link ApiErrors}).
 */
final class FilterArguments implements HandlerMethodArgumentResolver {

    private final FilterParameters filters;

    FilterArguments(FilterParameters filters) {
        this.filters = filters;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ApiFilters.of(parameter.getParameterType()).isPresent();
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        AddressReader reader = AddressReader.strict(servletRequest.getParameterMap());
        return ApiFilters.of(parameter.getParameterType()).orElseThrow().read().apply(reader, filters);
    }
}
