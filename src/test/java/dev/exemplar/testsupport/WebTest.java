package dev.exemplar.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives a real browser (headless Chromium): tagged {@value #TAG}, so that
 * {@code -DexcludedGroups=web} leaves it out and {@code -Dgroups=web} runs it alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(WebTest.TAG)
public @interface WebTest {

	String TAG = "web";

}
