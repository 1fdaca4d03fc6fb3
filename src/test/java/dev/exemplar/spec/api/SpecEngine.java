package dev.exemplar.spec.api;

/**
 * The spec engine as JUnit knows it. A launcher that runs the specs alone selects it by
 * this id ({@code EngineFilter.includeEngines(SpecEngine.ID)}), as Maven's and Gradle's
 * filters and the console launcher do ({@code --include-engine=specs}).
 */
public final class SpecEngine {

	/** The engine's unique id on the JUnit Platform. */
	public static final String ID = "specs";

	private SpecEngine() {
	}

}
