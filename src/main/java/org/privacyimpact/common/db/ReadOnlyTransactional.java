package org.privacyimpact.common.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction on the dashboard's one transaction manager, Spring Boot's "transactionManager".
 *
 * <p>Why the manager is named: when {@code @Transactional} names none, Spring looks for a qualifier annotation on
 * the target class on every call ({@code TransactionAspectSupport.determineTransactionManager}); on the visitors'
 * queries that search was up to a tenth of our side's processor time (BENCHMARKS.md, issue 16). A named manager
 * is looked up once and kept.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(transactionManager = "transactionManager", readOnly = true)
public @interface ReadOnlyTransactional {
}
