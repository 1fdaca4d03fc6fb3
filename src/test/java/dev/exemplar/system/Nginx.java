package dev.exemplar.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx ({@code nginx-light}, which .ci/run installs) run from a configuration
 * of our own under a folder of target/: the service's nginx template
 * (src/main/compose/nginx, as compose.yaml uses it) filled in with the given instances
 * and rate limit and a certificate made for the run, inside a main configuration that
 * keeps pid, logs and temporary files in that folder. It listens on 127.0.0.1 and tells
 * the instances that clients call it {@value #HOST}, so a link the service builds from
 * what nginx forwards is told apart from one built from the address the client used.
 */
final class Nginx implements AutoCloseable {

	static final Path TEMPLATE = Path.of("src/main/compose/nginx/exemplar.conf.template");

	private static final Path BINARY = Path.of("/usr/sbin/nginx");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(EXEMPLAR_[A-Z0-9_]+)}");

	/** The host name nginx tells the instances clients use. */
	static final String HOST = "localhost";

	private final Path folder;

	private final int httpsPort;

	private final int httpPort;

	private final TestCertificate certificate;

	private final Process process;

	/**
	 * With a rate limit per client address such as "20r/s" and a burst such as 40
	 * (exemplar.conf.template).
	 */
	Nginx(Path folder, String rateLimit, int rateBurst, String app1, String app2)
			throws IOException, InterruptedException, GeneralSecurityException {
		if (!Files.isExecutable(BINARY)) {
			throw new IllegalStateException(BINARY + " is missing: install Debian's nginx-light (.ci/run does)");
		}
		this.folder = folder.toAbsolutePath();
		Files.createDirectories(this.folder.resolve("temp"));
		for (String log : new String[] { "access.log", "error.log", "console.log" }) {
			Files.deleteIfExists(this.folder.resolve(log)); // the figures are this run's
															// only
		}
		httpsPort = freePort();
		httpPort = freePort();
		certificate = new TestCertificate(this.folder);
		Files.writeString(this.folder.resolve("exemplar.conf"), fill(Files.readString(TEMPLATE),
				Map.of("EXEMPLAR_LISTEN_HTTPS", "127.0.0.1:" + httpsPort, "EXEMPLAR_LISTEN_HTTP",
						"127.0.0.1:" + httpPort, "EXEMPLAR_HOST", HOST, "EXEMPLAR_PORT", String.valueOf(httpsPort),
						"EXEMPLAR_TLS_CERTIFICATE", certificate.certificate().toString(), "EXEMPLAR_TLS_KEY",
						certificate.key().toString(), "EXEMPLAR_RATE_LIMIT", rateLimit, "EXEMPLAR_RATE_BURST",
						String.valueOf(rateBurst), "EXEMPLAR_APP_1", app1, "EXEMPLAR_APP_2", app2)));
		Path temp = this.folder.resolve("temp");
		Files.writeString(this.folder.resolve("nginx.conf"), """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 1024; }
				http {
				    client_body_temp_path %2$s/body;
				    proxy_temp_path %2$s/proxy;
				    fastcgi_temp_path %2$s/fastcgi;
				    uwsgi_temp_path %2$s/uwsgi;
				    scgi_temp_path %2$s/scgi;
				    log_format upstreams '$request_method $request_uri $status $upstream_addr $upstream_status';
				    access_log %1$s/access.log upstreams;
				    include %1$s/exemplar.conf;
				}
				""".formatted(this.folder, temp));
		process = new ProcessBuilder(BINARY.toString(), "-p", this.folder.toString(), "-c",
				this.folder.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("console.log").toFile())
			.start();
		awaitListening(httpsPort);
		awaitListening(httpPort);
	}

	/**
	 * As envsubst in the nginx image fills a template: the named variables only, nginx's
	 * own $variables stay.
	 */
	static String fill(String template, Map<String, String> values) {
		Matcher variable = VARIABLE.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (variable.find()) {
			String value = values.get(variable.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for ${" + variable.group(1) + "} in " + TEMPLATE);
			}
			variable.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		return variable.appendTail(filled).toString();
	}

	/** The address a client calls over HTTPS (the certificate holds it). */
	URI https(String path) {
		return URI.create("https://127.0.0.1:" + httpsPort + path);
	}

	URI http(String path) {
		return URI.create("http://127.0.0.1:" + httpPort + path);
	}

	/**
	 * Where the instances are told clients reach the service: links they build start with
	 * it.
	 */
	String publicOrigin() {
		return "https://" + HOST + ":" + httpsPort;
	}

	/** A client that trusts this nginx's certificate. */
	HttpClient.Builder client() throws GeneralSecurityException, IOException {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.sslContext(certificate.trustingIt())
			.connectTimeout(Duration.ofSeconds(5));
	}

	/**
	 * One line per request: method, URI, status, the instance(s) it went to and their
	 * statuses.
	 */
	Path accessLog() {
		return folder.resolve("access.log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitListening(int port) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx stopped: " + Files.readString(folder.resolve("console.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException e) {
				TimeUnit.MILLISECONDS.sleep(50);
			}
		}
		throw new IllegalStateException("nginx does not listen on " + port);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy(); // SIGTERM: nginx's fast shutdown
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
