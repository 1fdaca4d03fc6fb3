package dev.exemplar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph, enforced: the spec engine and the site builder know nothing of the
 * service; an adopter touches the engine only through its API and its results model; the
 * site reads the engine only through the results model (and the page of a spec that did
 * not run); features do not reach into each other.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("dev.exemplar", "example");

	private static final String ENGINE = "dev.exemplar.spec..";

	private static final String ENGINE_API = "dev.exemplar.spec.api..";

	private static final String RESULTS = "dev.exemplar.spec.results..";

	private static final String SITE = "dev.exemplar.docsite..";

	private static final String BROWSER_KIT = "dev.exemplar.docsite.browser..";

	/**
	 * The one engine class the site reads besides the results: the page of a spec that
	 * did not run, as a run would begin it.
	 */
	private static final String SPEC_PAGE_NOT_RUN = "dev.exemplar.spec.reading.SpecPageNotRun";

	private static final String BENCHMARKS = "dev.exemplar.benchmarks..";

	@Test
	void theEngineAndTheSiteKnowNothingOfTheService() {
		noClasses().that()
			.resideInAnyPackage(ENGINE, SITE)
			.should()
			.dependOnClassesThat(resideInAnyPackage("dev.exemplar..").and(not(resideInAnyPackage(ENGINE, SITE))))
			.check(CLASSES);
	}

	@Test
	void theEngineApiAndTheResultsModelStandAlone() {
		classes().that()
			.resideInAnyPackage(ENGINE_API, RESULTS)
			.should()
			.onlyDependOnClassesThat(resideInAnyPackage(ENGINE_API, RESULTS, "java..", "javax..",
					"com.fasterxml.jackson.annotation..", "tools.jackson.."))
			.check(CLASSES);
	}

	@Test
	void theSiteReadsTheEngineOnlyThroughItsResults() {
		noClasses().that()
			.resideInAPackage(SITE)
			.should()
			.dependOnClassesThat(
					resideInAnyPackage(ENGINE).and(not(resideInAnyPackage(RESULTS))).and(not(name(SPEC_PAGE_NOT_RUN))))
			.check(CLASSES);
	}

	/**
	 * The engine's own tests drive it through its TestEngine class; everything else sees
	 * its API and results.
	 */
	@Test
	void adoptersTouchOnlyTheEngineApiAndItsResults() {
		noClasses().that()
			.resideOutsideOfPackage(ENGINE)
			.and(not(simpleNameEndingWith("Tests")))
			.should()
			.dependOnClassesThat(resideInAnyPackage(ENGINE).and(not(resideInAnyPackage(ENGINE_API, RESULTS)))
				.and(not(name(SPEC_PAGE_NOT_RUN))))
			.check(CLASSES);
	}

	/**
	 * The engine's parts by job (reading, http, matching, tables, pages…) lie under
	 * running, and running under engine.
	 */
	@Test
	void theEngineIsLayeredByJob() {
		noClasses().that()
			.resideOutsideOfPackages("dev.exemplar.spec.engine..", "dev.exemplar.spec.running..")
			.and()
			.resideInAPackage(ENGINE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.exemplar.spec.engine..", "dev.exemplar.spec.running..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("dev.exemplar.spec.running..")
			.and(not(simpleNameEndingWith("Tests")))
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.exemplar.spec.engine..")
			.check(CLASSES);
		slices().matching("dev.exemplar.spec.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	/**
	 * A spec's SQL blocks speak JDBC (any driver the service brings): no driver's
	 * classes, no Spring, no Concordion.
	 */
	@Test
	void theSqlBlocksKnowJdbcAndTheSpecsReadingOnly() {
		classes().that()
			.resideInAPackage("dev.exemplar.spec.sql..")
			.and(not(simpleNameEndingWith("Tests")))
			.should()
			.onlyDependOnClassesThat(resideInAnyPackage("dev.exemplar.spec.sql..", "dev.exemplar.spec.reading..",
					"dev.exemplar.spec.matching..", "dev.exemplar.spec.tables..", "dev.exemplar.spec.grammar..",
					"java.."))
			.check(CLASSES);
	}

	@Test
	void theServiceNeverDependsOnTheSpecTooling() {
		noClasses().that()
			.resideInAnyPackage("dev.exemplar.feed..", "dev.exemplar.scores..", "dev.exemplar.system..",
					"dev.exemplar.weather..", "dev.exemplar.signin..", "dev.exemplar.databases..",
					"dev.exemplar.admin..")
			.and(not(simpleNameEndingWith("Tests")))
			.should()
			.dependOnClassesThat(resideInAnyPackage(ENGINE, SITE))
			.check(CLASSES);
	}

	/** The browser kit tests a built site; the builder never needs a browser. */
	@Test
	void theSiteBuilderKnowsNothingOfTheBrowserKit() {
		noClasses().that()
			.resideInAPackage(SITE)
			.and()
			.resideOutsideOfPackage(BROWSER_KIT)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BROWSER_KIT)
			.check(CLASSES);
	}

	/** The benchmarks are commands that print figures: nothing builds on them. */
	@Test
	void nothingDependsOnTheBenchmarks() {
		noClasses().that()
			.resideOutsideOfPackage(BENCHMARKS)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BENCHMARKS)
			.check(CLASSES);
	}

	/**
	 * The service's cross-cutting rooms (errors, requests, docs, probe, infrastructure)
	 * lean one way: errors may use infrastructure, never the reverse.
	 */
	@Test
	void systemsRoomsDoNotDependOnEachOtherInCircles() {
		slices().matching("dev.exemplar.system.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void featuresDoNotReachIntoEachOther() {
		slices().matching("dev.exemplar.(feed|scores|admin|weather|databases)..")
			.should()
			.notDependOnEachOther()
			.check(CLASSES);
	}

}
