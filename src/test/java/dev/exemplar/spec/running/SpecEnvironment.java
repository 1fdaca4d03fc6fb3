package dev.exemplar.spec.running;

import java.util.Optional;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.SpecDatabases;
import dev.exemplar.spec.api.ServerLog;
import dev.exemplar.spec.http.ContractValidator;
import dev.exemplar.spec.http.HttpDriver;
import dev.exemplar.spec.reading.SpecConversions;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.stubs.OutsideServices;
import dev.exemplar.spec.tables.SpecDatabase;
import dev.exemplar.spec.updating.UpdateMode;

/**
 * What every spec of a run runs with: where specs and pages are, their conversions, the
 * HTTP driver, the contract (read once per run), the service's log, when the run can
 * reach it, the service's database, which expectations the run rewrites, and the
 * stand-ins for its outside services, and what the engine removes when a spec ends. A
 * spec with a database of its own sees it in place of the service's.
 */
public record SpecEnvironment(SpecLayout layout, SpecConversions conversions, HttpDriver http,
		ContractValidator contract, ServerLog serverLog, Optional<SpecDatabase> database, UpdateMode update,
		OutsideServices outside, CleanUpRule cleanUp) {

	static final String NO_DATABASE = "needs the service's database, which this run cannot reach (a run against "
			+ ConfigurationKeys.BASE_URL + ", or a service that gives none)";
	static final String NO_STAND_INS = "states what an outside service answers, which a run against a deployed service ("
			+ ConfigurationKeys.BASE_URL + ") cannot arrange";

	/**
	 * For one spec on a database no other spec uses meanwhile: its tables are there, and
	 * every request names it in the header.
	 * @param fresh just made, so empty already (else a spec before used it, and the spec
	 * empties it)
	 */
	public SpecEnvironment on(SpecDatabases.Clone clone, String header, boolean fresh) {
		return new SpecEnvironment(layout, conversions, http.withHeader(header, clone.name()), contract, serverLog,
				Optional.of(SpecDatabase.ofOneSpec(clone.name(), clone.dataSource(), fresh)), update, outside, cleanUp);
	}
}
