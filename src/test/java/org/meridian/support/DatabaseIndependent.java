package org.meridian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks an integration test (class or method) whose outcome cannot depend on the database: what a browser sees,
 * HTTP-level handling of malformed or hostile requests, cookie flags, memory per anonymous request. The PostgreSQL
 * run ({@code -Ppostgresql}) leaves these out (the pom's {@code excludedGroups}): they already ran on the embedded
 * database, and running them twice would only spend the suite's time budget.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {

    /** The JUnit tag behind the annotation, as the pom names it. */
    String TAG = "database-independent";
}
