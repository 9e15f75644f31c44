package org.meridian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks an integration test class whose servers ({@link PayaraMicroProcess}) use only folders, database files and
 * ports of their own, on the embedded database whatever the profile: it runs beside the other classes, and its tests
 * beside each other (the pom turns on JUnit's parallel execution for Failsafe). A start runs in one thread, so on two
 * cores a second one costs the suite little time. Not for classes that share the test database, the shared servers,
 * Arquillian's container or GreenMail's port, nor for those that measure how fast something happens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
public @interface SelfContained {}
