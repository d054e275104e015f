package org.convenor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that starts the service as a process of its own ({@code ServiceProcess}), to kill it or run it beside
 * another. Tagged {@code process}: the fast loop leaves it out, CI runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("process")
public @interface ProcessTest {
}
