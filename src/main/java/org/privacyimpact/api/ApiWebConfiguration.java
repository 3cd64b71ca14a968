package org.privacyimpact.api;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.DatasetStamp;
import org.privacyimpact.dataset.FilterParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every data API request has its query string checked before any parameter is read, then its parameters' names
 * against what the endpoint takes; an endpoint's filter and
 * answer form are read by {@link ApiArguments}; every answer is named by an
 * ETag and kept for the next identical request ({@link ApiAnswerCache}, a servlet filter after Spring Security's).
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ApiWebConfiguration implements WebMvcConfigurer {

    private final FilterParameters filters;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryStringCheck()).addPathPatterns("/api/**");
        registry.addInterceptor(new DatabaseAwayCheck()).addPathPatterns("/api/**");
        registry.addInterceptor(new KnownParametersCheck()).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiArguments(filters));
    }

    @Bean
    ApiAnswerCache apiAnswerCache(DatasetStamp stamp) {
        return new ApiAnswerCache(stamp);
    }
}
