package dev.exemplar.docsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * When and from which commit the site was built. The commit comes from the system
 * property {@code docs-site.commit}, else the environment's {@code GIT_COMMIT}, else
 * {@code git} in the project folder ("+ changes" when the work tree differs from it),
 * else "unknown" (e.g. a Docker build without .git).
 */
public record BuildStamp(Instant builtAt, String commit) {

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public static BuildStamp now(Path projectDir) {
		return new BuildStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS), commit(projectDir));
	}

	public String builtAtText() {
		return READABLE.format(builtAt);
	}

	private static String commit(Path projectDir) {
		String given = System.getProperty("docs-site.commit", System.getenv("GIT_COMMIT"));
		if (given != null && !given.isBlank()) {
			return given.trim();
		}
		String head = git(projectDir, "rev-parse", "--short=12", "HEAD");
		if (head.isEmpty()) {
			return "unknown";
		}
		return git(projectDir, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + " + changes";
	}

	private static String git(Path dir, String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		try {
			Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			boolean done = process.waitFor(10, TimeUnit.SECONDS);
			return done && process.exitValue() == 0 ? out : "";
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}
}
