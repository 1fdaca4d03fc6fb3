package dev.exemplar.testsupport;

import java.net.URI;
import java.util.Optional;

import javax.sql.DataSource;

import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecDatabases;

/**
 * A service a benchmark started once, handed to each of its runs of the engine: the
 * engine closes what it is handed at the end of a run, which leaves the service running
 * for the next.
 */
public record HandedOnService(RunningService service) implements RunningService {

	@Override
	public URI baseUrl() {
		return service.baseUrl();
	}

	@Override
	public Optional<DataSource> dataSource() {
		return service.dataSource();
	}

	@Override
	public Optional<SpecDatabases> specDatabases() {
		return service.specDatabases();
	}
}
