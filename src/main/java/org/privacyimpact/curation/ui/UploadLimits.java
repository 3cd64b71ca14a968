package org.privacyimpact.curation.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.privacyimpact.curation.ImportService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds multipart requests to Vaadin's servlet at the import's file limit, so Tomcat stops reading one that
 * passes it. vaadin-spring registers its servlet with a multipart configuration without limits, set after (and
 * so over) Spring Boot's spring.servlet.multipart.* properties: Tomcat would otherwise read a multipart POST of
 * any size to temporary files before an upload handler could refuse it. The import is the app's only upload.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Room for a multipart request's boundaries and part headers around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    static long requestSizeMax(long fileSizeMax) {
        return fileSizeMax + MULTIPART_OVERHEAD;
    }

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    long max = ImportService.maxBytes();
                    // parts go to temporary files (threshold 0), never more than the limit of them
                    registration.setMultipartConfig(new MultipartConfigElement("", max, requestSizeMax(max), 0));
                }
                return bean;
            }
        };
    }
}
