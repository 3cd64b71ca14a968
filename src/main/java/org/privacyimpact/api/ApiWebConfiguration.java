package org.privacyimpact.api;

import org.privacyimpact.dataset.DatasetStamp;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every data API request has its query string checked before any parameter is read; every answer is named by an
 * ETag and kept for the next identical request ({@link ApiAnswerCache}, a servlet filter after Spring Security's).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryStringCheck()).addPathPatterns("/api/**");
        registry.addInterceptor(new DatabaseAwayCheck()).addPathPatterns("/api/**");
    }

    @Bean
    ApiAnswerCache apiAnswerCache(DatasetStamp stamp) {
        return new ApiAnswerCache(stamp);
    }
}
