package dev.exemplar.spec.engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.ServerLog;
import dev.exemplar.spec.api.SpecifiedService;
import dev.exemplar.spec.http.ContractValidator;
import dev.exemplar.spec.http.HttpDriver;
import dev.exemplar.spec.http.InProcessServerLog;
import dev.exemplar.spec.reading.SpecConversions;
import dev.exemplar.spec.running.CleanUpRule;
import dev.exemplar.spec.running.SpecReport;
import dev.exemplar.spec.running.SpecEnvironment;
import dev.exemplar.spec.stubs.OutsideServices;
import dev.exemplar.spec.tables.SpecDatabase;

/**
 * The adopting service's {@link SpecifiedService} class, as the container of every spec:
 * it starts the service before the first spec (while Asciidoctor converts the specs) and
 * stops it after the last, then writes results.json. Its class source makes Surefire and
 * Failsafe report the examples under that class.
 */
final class ServiceDescriptor extends AbstractTestDescriptor implements Node<RunContext> {

	static final String SEGMENT = "class";

	private final Class<?> serviceClass;

	private final SpecConfiguration configuration;

	/**
	 * The specs removed after discovery (by JUnit's tag filter, say): they do not run.
	 */
	private final List<SpecDescriptor> removed = new ArrayList<>();

	ServiceDescriptor(UniqueId uniqueId, Class<?> serviceClass, SpecConfiguration configuration) {
		super(uniqueId, serviceClass.getSimpleName(), ClassSource.from(serviceClass));
		this.serviceClass = serviceClass;
		this.configuration = configuration;
	}

	/**
	 * The class's full name, as Jupiter reports a class: Surefire's and Failsafe's
	 * reports name the examples' class so.
	 */
	@Override
	public String getLegacyReportingName() {
		return serviceClass.getName();
	}

	SpecConfiguration configuration() {
		return configuration;
	}

	@Override
	public Type getType() {
		return Type.CONTAINER;
	}

	@Override
	public void removeChild(TestDescriptor child) {
		super.removeChild(child);
		if (child instanceof SpecDescriptor spec) {
			removed.add(spec);
		}
	}

	@Override
	public RunContext before(RunContext context) throws Exception {
		// made first: whatever its constructor begins (a database, say) goes on while the
		// stand-ins start
		SpecifiedService specified = configuration.baseUrl().isPresent() ? null : instantiate();
		SpecConversions conversions = new SpecConversions(configuration.layout().conversionCache());
		conversions.convertAhead(getChildren().stream()
			.filter(SpecDescriptor.class::isInstance)
			.map(child -> configuration.layout().source(((SpecDescriptor) child).path()))
			.toList());
		OutsideServices outside = configuration.baseUrl().isPresent() ? OutsideServices.NONE : standInsNeeded()
				? OutsideServices.start(configuration.outside()) : OutsideServices.unreachable(configuration.outside());
		RunningService service;
		try {
			service = configuration.baseUrl()
				.map(ServiceDescriptor::deployed)
				.orElseGet(() -> start(specified, outside));
		}
		catch (RuntimeException e) {
			outside.close();
			throw e;
		}
		try {
			HttpDriver http = new HttpDriver(service.baseUrl(), configuration.requestIdHeader());
			// only a deployed service has real users: a started one's are the stand-ins'
			if (configuration.baseUrl().isPresent()) {
				http = http.withRealValues(configuration.tokens());
			}
			SpecEnvironment environment = new SpecEnvironment(configuration.layout(), conversions, http, contract(http),
					service.serverLog().orElseGet(this::logOfThisJvm), service.dataSource().map(SpecDatabase::new),
					configuration.update(), outside, CleanUpRule.of(configuration.cleanUpCreated()));
			PrintStream console = configuration.console() ? System.out
					: new PrintStream(OutputStream.nullOutputStream());
			Optional<SpecDatabaseLending> clones = configuration.parallel() > 1
					? service.specDatabases().map(SpecDatabaseLending::new) : Optional.empty();
			Optional<Lock> oneAtATime = clones.isEmpty() && environment.database().isPresent()
					? Optional.of(new ReentrantLock()) : Optional.empty();
			SpecReport report = new SpecReport(configuration.layout(), console);
			// the summary names what the tags left out, these specs too
			removed.stream()
				.filter(SpecDescriptor::leftOutByTags)
				.forEach(spec -> report.specLeftOut(spec.whyLeftOut()));
			return context.with(new Started(service, environment, report, clones, oneAtATime));
		}
		catch (Exception | Error e) {
			try (outside) {
				service.close();
			}
			catch (Exception closing) {
				e.addSuppressed(closing);
			}
			throw e;
		}
	}

	@Override
	public void after(RunContext context) throws Exception {
		if (context.started().isPresent()) {
			try (OutsideServices outside = context.started().get().environment().outside();
					RunningService service = context.started().get().service();
					AutoCloseable databases = context.started().get().clones().orElse(null)) {
				context.started().get().report().finish();
			}
		}
	}

	/**
	 * Whether a spec of this run may state what an outside service answers (a run of one
	 * spec often has none).
	 */
	private boolean standInsNeeded() {
		return getChildren().stream().anyMatch(child -> child instanceof SpecDescriptor spec && spec.usesStandIns());
	}

	/**
	 * The contract, read once per run, on the contract's thread while the first spec
	 * starts.
	 */
	private ContractValidator contract(HttpDriver http) {
		return new ContractValidator(configuration.contract(), () -> configuration.contractFile().isPresent()
				? Files.readString(configuration.contractFile().get()) : http.get(configuration.contract()));
	}

	/**
	 * The log of this JVM by the configured MDC key; none for a deployed service, which
	 * logs elsewhere.
	 */
	private ServerLog logOfThisJvm() {
		if (configuration.baseUrl().isPresent()) {
			return ServerLog.NONE;
		}
		return configuration.serverLogMdcKey().<ServerLog>map(InProcessServerLog::attach).orElse(ServerLog.NONE);
	}

	private SpecifiedService instantiate() {
		if (!SpecifiedService.class.isAssignableFrom(serviceClass)) {
			throw new IllegalStateException(
					serviceClass.getName() + " does not implement " + SpecifiedService.class.getName());
		}
		return (SpecifiedService) ReflectionSupport.newInstance(serviceClass);
	}

	private RunningService start(SpecifiedService specified, OutsideServices outside) {
		try {
			return specified.start(outside.properties());
		}
		catch (Exception e) {
			throw new IllegalStateException(serviceClass.getName() + " could not start the service: " + e, e);
		}
	}

	private static RunningService deployed(URI baseUrl) {
		return () -> baseUrl;
	}

	/**
	 * The running service and what the specs share.
	 *
	 * @param clones present when each spec runs on a database of its own
	 * @param oneAtATime present when specs share the service's database: each holds it
	 * while it runs
	 */
	record Started(RunningService service, SpecEnvironment environment, SpecReport report,
			Optional<SpecDatabaseLending> clones, Optional<Lock> oneAtATime) {
	}

}
