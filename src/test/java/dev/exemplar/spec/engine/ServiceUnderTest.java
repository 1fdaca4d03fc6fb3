package dev.exemplar.spec.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.exemplar.spec.api.ConfigurationKeys;
import dev.exemplar.spec.api.RunningService;
import dev.exemplar.spec.api.SpecEngine;
import dev.exemplar.spec.api.SpecifiedService;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The service the engine's own tests run specs against: WireMock's answers over real
 * HTTP, its contract at {@code /contract.yaml}, and, when asked for, a PostgreSQL of its
 * own holding {@code greetings (id, word)}.
 */
final class ServiceUnderTest implements AutoCloseable {

	/** A contract of one operation, {@code GET /hello}, answering any JSON object. */
	static final String HELLO_CONTRACT = """
			openapi: 3.0.3
			info: {title: greeter, version: '1'}
			paths:
			  /hello:
			    get:
			      responses:
			        '200': {description: a greeting, content: {application/json: {schema: {type: object}}}}
			""";

	/**
	 * The service of the running test, which {@link Service} (made by the engine, by
	 * reflection) hands the engine.
	 */
	private static ServiceUnderTest current;

	final WireMockServer http;

	private final EmbeddedPostgres postgres;

	private ServiceUnderTest(String contract, boolean database) throws IOException {
		http = new WireMockServer(options().dynamicPort());
		http.start();
		http.stubFor(get("/contract.yaml").willReturn(aResponse().withBody(contract)));
		postgres = database ? EmbeddedPostgres.builder().start() : null;
		if (database) {
			JdbcClient.create(postgres.getPostgresDatabase())
				.sql("CREATE TABLE greetings (id bigint PRIMARY KEY, word text)")
				.update();
		}
	}

	static ServiceUnderTest start(String contract, boolean database) throws IOException {
		current = new ServiceUnderTest(contract, database);
		return current;
	}

	/**
	 * The engine, configured as a service adopting it would configure it, quiet: these
	 * runs fail on purpose.
	 */
	EngineTestKit.Builder engine(Path specs, Path output) {
		return engine(Service.class, specs, output, "/contract.yaml").selectors(selectClass(Service.class));
	}

	/**
	 * The engine running the specs under {@code specs} against {@code service}, quiet,
	 * never rewriting a spec.
	 */
	static EngineTestKit.Builder engine(Class<? extends SpecifiedService> service, Path specs, Path output,
			String contract) {
		return EngineTestKit.engine(SpecEngine.ID)
			.configurationParameter(ConfigurationKeys.SERVICE, service.getName())
			.configurationParameter(ConfigurationKeys.ROOT, specs.toString())
			.configurationParameter(ConfigurationKeys.OUTPUT, output.toString())
			.configurationParameter(ConfigurationKeys.CONTRACT, contract)
			.configurationParameter(ConfigurationKeys.CONSOLE, "false")
			// a build run with -Dspecs.update hands it to these tests too: their failing
			// specs must stay failing
			.configurationParameter(ConfigurationKeys.UPDATE, "")
			// nor may a build's -Dgroups leave their examples out
			.configurationParameter(ConfigurationKeys.GROUPS, "")
			.configurationParameter(ConfigurationKeys.EXCLUDED_GROUPS, "");
	}

	/** A JDK HttpServer on 127.0.0.1, as the engine sees a running service. */
	static RunningService serving(HttpServer server) {
		return new RunningService() {
			@Override
			public URI baseUrl() {
				return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
			}

			@Override
			public void close() {
				server.stop(0);
			}
		};
	}

	@Override
	public void close() throws IOException {
		http.stop();
		if (postgres != null) {
			postgres.close();
		}
	}

	/** The service under test as the engine sees it. */
	public static final class Service implements SpecifiedService {

		@Override
		public RunningService start() {
			ServiceUnderTest service = current;
			return new RunningService() {
				@Override
				public URI baseUrl() {
					return URI.create(service.http.baseUrl());
				}

				@Override
				public Optional<DataSource> dataSource() {
					return Optional.ofNullable(service.postgres).map(EmbeddedPostgres::getPostgresDatabase);
				}
			};
		}

	}

}
