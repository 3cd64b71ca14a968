package org.privacyimpact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a throw-away embedded PostgreSQL, migrated and seeded by Flyway exactly as in
 * production. An empty datasource URL makes sure a developer's SPRING_DATASOURCE_URL is never touched.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false"})
public @interface IntegrationTest {
}
