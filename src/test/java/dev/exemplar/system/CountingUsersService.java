package dev.exemplar.system;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.exemplar.testsupport.UsersServiceStandIn;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A users service (WireMock) that answers each call in {@value #ANSWER_MILLIS} ms, as a
 * real one across a network might, and counts the calls per instance and per user: each
 * instance is given its own base URL, {@code …/{instance}}, so its calls arrive at
 * {@code /{instance}/auth/status}. It vouches for {@link UsersServiceStandIn#token(long)}
 * as that user, users 1 to {@value #USERS}, and refuses any other token.
 */
final class CountingUsersService implements AutoCloseable {

	static final int ANSWER_MILLIS = 50;

	private static final int USERS = 50;

	private final WireMockServer server;

	private final Map<String, Long> userByAuthorization = new HashMap<>();

	/**
	 * With enough threads that a hundred calls at once each take 50 ms, not longer for
	 * waiting on the others.
	 */
	CountingUsersService() {
		server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(150));
		server.start();
		server.stubFor(get(urlPathMatching("/[a-z]+/auth/status")).atPriority(10)
			.willReturn(unauthorized().withHeader("Content-Type", "application/json")
				.withBody("{\"status\": \"fail\", \"message\": \"Invalid token.\"}")));
		for (long user = 1; user <= USERS; user++) {
			String authorization = "Bearer " + UsersServiceStandIn.token(user);
			userByAuthorization.put(authorization, user);
			server.stubFor(get(urlPathMatching("/[a-z]+/auth/status")).atPriority(1)
				.withHeader("Authorization", equalTo(authorization))
				.willReturn(okJson("{\"status\": \"success\", \"data\": {\"id\": " + user + ", \"username\": \"user"
						+ user + "\", \"email\": \"user" + user
						+ "@example.org\", \"active\": true, \"admin\": false}}")
					.withFixedDelay(ANSWER_MILLIS)));
		}
	}

	/** The users service's URL for one instance, named by lower-case letters. */
	String urlFor(String instance) {
		return server.baseUrl() + "/" + instance;
	}

	/** Forgets the calls counted so far. */
	void forgetCalls() {
		server.resetRequests();
	}

	/**
	 * Calls since the start or the last {@link #forgetCalls()}: instance, then user (by
	 * token), then how many.
	 */
	Map<String, Map<Long, Long>> calls() {
		return server.getAllServeEvents()
			.stream()
			.collect(Collectors.groupingBy(CountingUsersService::instance, TreeMap::new,
					Collectors.groupingBy(this::user, TreeMap::new, Collectors.counting())));
	}

	private static String instance(ServeEvent call) {
		return call.getRequest().getUrl().split("/")[1];
	}

	/**
	 * The user whose token was asked about, or 0 for a token not one of the stand-in's.
	 */
	private long user(ServeEvent call) {
		return userByAuthorization.getOrDefault(String.valueOf(call.getRequest().getHeader("Authorization")), 0L);
	}

	@Override
	public void close() {
		server.stop();
	}

}
