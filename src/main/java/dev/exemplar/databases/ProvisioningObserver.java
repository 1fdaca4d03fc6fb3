package dev.exemplar.databases;

/**
 * Told before each step of a creation on a tenant server, by the step's name (never its
 * statement, which holds the verifier). A seam for tests that fail a creation halfway;
 * the service itself registers none.
 */
@FunctionalInterface
public interface ProvisioningObserver {

	void beforeStep(String databaseName, String step);

}
