package dev.exemplar.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whether a Docker engine might answer here, looked for where Testcontainers looks,
 * before it is asked: asking loads Testcontainers and its native bindings, a second of a
 * cold JVM's two cores that a machine without Docker (this one, CI) spends for nothing at
 * every test JVM's start. No sign: no Docker, and the embedded PostgreSQL. An engine
 * somewhere else is named with {@code DOCKER_HOST}, or chosen with
 * {@code TEST_DB=testcontainers}.
 */
final class DockerSigns {

	private DockerSigns() {
	}

	static boolean any() {
		return any(System.getenv(), Path.of(System.getProperty("user.home")), Path.of("/var/run/docker.sock"));
	}

	/**
	 * The signs in this environment, this home and the system's socket (where a Docker
	 * engine on Linux listens).
	 */
	static boolean any(Map<String, String> environment, Path home, Path systemSocket) {
		if (environment.containsKey("DOCKER_HOST")) {
			return true;
		}
		Stream<Path> runtime = environment.containsKey("XDG_RUNTIME_DIR")
				? Stream.of(Path.of(environment.get("XDG_RUNTIME_DIR"), "docker.sock")) : Stream.empty();
		return Stream
			.concat(runtime,
					List.of(systemSocket, home.resolve(".testcontainers.properties"),
							home.resolve(".docker/run/docker.sock"), home.resolve(".docker/desktop/docker.sock"),
							home.resolve(".colima/default/docker.sock"), home.resolve(".rd/docker.sock"))
						.stream())
			.anyMatch(Files::exists);
	}

}
