package dev.exemplar.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DockerSignsTests {

	@TempDir
	Path home;

	/** Where the system's socket would be: nowhere, unless a test makes it. */
	private Path systemSocket() {
		return home.resolve("var/run/docker.sock");
	}

	@Test
	void dockerHostIsASign() {
		assertThat(DockerSigns.any(Map.of("DOCKER_HOST", "tcp://10.0.0.1:2375"), home, systemSocket())).isTrue();
	}

	@Test
	void aSocketInTheUsersRuntimeDirectoryIsASign() throws IOException {
		Path runtime = Files.createDirectories(home.resolve("run"));
		Files.createFile(runtime.resolve("docker.sock"));

		assertThat(DockerSigns.any(Map.of("XDG_RUNTIME_DIR", runtime.toString()), home, systemSocket())).isTrue();
	}

	@Test
	void testcontainersOwnSettingsAreASign() throws IOException {
		Files.createFile(home.resolve(".testcontainers.properties"));

		assertThat(DockerSigns.any(Map.of(), home, systemSocket())).isTrue();
	}

	@Test
	void theSystemsSocketIsASign() throws IOException {
		Files.createFile(Files.createDirectories(systemSocket().getParent()).resolve("docker.sock"));

		assertThat(DockerSigns.any(Map.of(), home, systemSocket())).isTrue();
	}

	@Test
	void nothingOfDockerIsNoSign() {
		Map<String, String> environment = Map.of("XDG_RUNTIME_DIR", home.resolve("run").toString());

		assertThat(DockerSigns.any(environment, home, systemSocket())).isFalse();
	}

}
