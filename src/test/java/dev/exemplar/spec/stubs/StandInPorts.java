package dev.exemplar.spec.stubs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for stand-ins about to start: chosen below the kernel's range of ephemeral ports
 * where it can tell it (Linux), so that no socket the service or the database opens
 * meanwhile (their client connections take ephemeral ports) can take one first;
 * otherwise, ones the kernel gives.
 */
final class StandInPorts {

	private static final Path EPHEMERAL_PORTS = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

	private StandInPorts() {
	}

	/** A port nothing listens on now. */
	static int free() throws IOException {
		int ephemeralFrom = firstEphemeralPort();
		for (int attempt = 0; attempt < 20 && ephemeralFrom > 11_000; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(10_000, ephemeralFrom);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// another one
			}
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The first port of Linux's ephemeral range; 0 where there is none to read. */
	private static int firstEphemeralPort() {
		try {
			return Integer.parseInt(Files.readString(EPHEMERAL_PORTS).strip().split("\\s+")[0]);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

}
