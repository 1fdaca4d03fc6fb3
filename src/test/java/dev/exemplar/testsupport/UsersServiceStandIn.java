package dev.exemplar.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stand-in for the users service (WireMock), shared by the tests of this JVM that write
 * scores outside the specs: it vouches for {@link #token(long)} as that user, active, for
 * users 1 to {@value #USERS}, and for {@link #DEMO_TOKEN} as user 1 (under
 * {@code spring-boot:test-run}); any other token is refused.
 */
public final class UsersServiceStandIn {

	/** The token README documents for trying the service out. */
	public static final String DEMO_TOKEN = "demo-token";

	static final int USERS = 50;

	private static WireMockServer server;

	private UsersServiceStandIn() {
	}

	/** A token the stand-in vouches for as this user. */
	public static String token(long user) {
		return "test-token-" + user;
	}

	/** The stand-in's base URL; it starts with the first call and stops with the JVM. */
	public static synchronized String url() {
		if (server == null) {
			server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
			server.start();
			server.stubFor(get("/auth/status").atPriority(10)
				.willReturn(unauthorized().withHeader("Content-Type", "application/json")
					.withBody("{\"status\": \"fail\", \"message\": \"Invalid token.\"}")));
			for (long user = 1; user <= USERS; user++) {
				vouch(token(user), user);
			}
			vouch(DEMO_TOKEN, 1);
			warmUp(server.baseUrl());
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server.baseUrl();
	}

	/**
	 * WireMock's first answer costs it a second or more of a cold JVM: it gives it here,
	 * so that a test's first signed-in requests, which now wait together for one call to
	 * the users service, do not all meet its deadline.
	 */
	private static void warmUp(String url) {
		try {
			HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url + "/auth/status")).build(),
						HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void vouch(String token, long user) {
		server.stubFor(get("/auth/status").withHeader("Authorization", equalTo("Bearer " + token))
			.atPriority(1)
			.willReturn(okJson("{\"status\": \"success\", \"data\": {\"id\": " + user + ", \"username\": \"user" + user
					+ "\", \"email\": \"user" + user + "@example.org\", \"active\": true, \"admin\": false}}")));
	}

}
