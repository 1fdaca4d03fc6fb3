package dev.exemplar.spec.reading;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.log.LogHandler;

/**
 * Asciidoctor, the one object the engine shares across runs in a JVM: it runs on JRuby,
 * whose start takes seconds, and a run whose specs were all converted before needs none.
 * It is made the first time a spec needs converting (the holder class's initialisation)
 * and holds nothing of a run's: no log handler stays registered on it; each conversion
 * registers its own for its length and takes its turn. Its extensions come through
 * AsciidoctorJ's SPI: see {@link SpecExtensionRegistry}.
 */
final class JvmAsciidoctor {

	private JvmAsciidoctor() {
	}

	/**
	 * Starts Asciidoctor in the background, unless it has started: a run calls it when it
	 * first needs it, while the service starts.
	 */
	static CompletableFuture<Void> start() {
		return CompletableFuture.runAsync(() -> Objects.requireNonNull(Holder.ASCIIDOCTOR));
	}

	/**
	 * Converts the source, passing what Asciidoctor logs meanwhile (warnings of the
	 * spec's mistakes) to {@code log}.
	 */
	static String convert(String source, Options options, LogHandler log) {
		Asciidoctor asciidoctor = Holder.ASCIIDOCTOR;
		synchronized (asciidoctor) {
			asciidoctor.registerLogHandler(log);
			try {
				return asciidoctor.convert(source, options);
			}
			finally {
				asciidoctor.unregisterLogHandler(log);
			}
		}
	}

	/** Made by the JVM on first use, once, whatever the threads that ask. */
	private static final class Holder {

		static final Asciidoctor ASCIIDOCTOR = Asciidoctor.Factory.create();

	}

}
