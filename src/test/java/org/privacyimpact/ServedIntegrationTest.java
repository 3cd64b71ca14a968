package org.privacyimpact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link IntegrationTest}, served over real HTTP on a random port (its number in a {@code @LocalServerPort} field),
 * for what only a client sees: headers, status codes, cookies, the bytes of a file.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=", "dashboard.database.persistent=false"})
public @interface ServedIntegrationTest {
}
