package org.convenor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test on a real PostgreSQL ({@code TestPostgres}: embedded binaries from Maven Central, or the server named by
 * {@code -Dconvenor.test.postgres}). Tagged {@code postgres}: the fast loop leaves it out, CI runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("postgres")
public @interface PostgresTest {
}
