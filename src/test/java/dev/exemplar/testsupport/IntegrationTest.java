package dev.exemplar.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that needs more than the service and its test PostgreSQL: a real nginx, a
 * PostgreSQL server of its own that it stops or crashes, or several instances of the
 * service. Tagged {@value #TAG}: {@code -DexcludedGroups=web,integration} runs the fast
 * tests alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

	String TAG = "integration";

}
