package dev.exemplar.spec.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.asciidoctor.Asciidoctor;

/**
 * Converted specs kept between runs, one file each, named by the SHA-256 of the spec's
 * text and of the conversion itself (the class files that convert, the AsciidoctorJ
 * version): a spec that did not change is read back, and a run whose specs all did not
 * change never starts JRuby. A spec with an {@code include::} directive depends on other
 * files and is always converted afresh; so is one Asciidoctor warned of (its converter
 * keeps only clean conversions).
 */
final class ConvertedSpecs {

	/**
	 * What converts: any change to them (or to AsciidoctorJ) makes every earlier
	 * conversion stale.
	 */
	private static final List<Class<?>> CONVERSION = List.of(SpecConversions.class, JvmAsciidoctor.class,
			ConvertedSpecs.class, SourceLineRoles.class, SpecExtensionRegistry.class, AsciiDocWarnings.class,
			TableRows.class, SpecText.class);

	private static final String ENGINE_VERSION = engineVersion();

	private final Path folder;

	/**
	 * @param folder where the conversions are kept (see SpecLayout#conversionCache)
	 */
	ConvertedSpecs(Path folder) {
		this.folder = folder;
	}

	/** The conversion of this text, when it was kept before. */
	Optional<String> kept(String source) {
		return keptFile(source).flatMap(ConvertedSpecs::read);
	}

	/** Where the conversion of this text is kept, when it was kept before. */
	Optional<Path> keptFile(String source) {
		if (source.contains("include::")) {
			return Optional.empty();
		}
		Path file = fileOf(source);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * A kept conversion; none when it is gone or unreadable (then the spec is converted
	 * again).
	 */
	static Optional<String> read(Path kept) {
		try {
			return Optional.of(Files.readString(kept));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Written aside, then moved into place: a reader never sees half a file. */
	void keep(String source, String xhtml) {
		if (source.contains("include::")) {
			return;
		}
		try {
			Files.createDirectories(folder);
			Path written = Files.createTempFile(folder, "converting-", ".tmp");
			Files.writeString(written, xhtml);
			Files.move(written, fileOf(source), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not keep a converted spec in " + folder, e);
		}
	}

	private Path fileOf(String source) {
		MessageDigest digest = sha256();
		digest.update(ENGINE_VERSION.getBytes(StandardCharsets.UTF_8));
		digest.update(source.getBytes(StandardCharsets.UTF_8));
		return folder.resolve(HexFormat.of().formatHex(digest.digest()) + ".xhtml");
	}

	private static String engineVersion() {
		MessageDigest digest = sha256();
		digest.update(String.valueOf(Asciidoctor.class.getPackage().getImplementationVersion())
			.getBytes(StandardCharsets.UTF_8));
		for (Class<?> type : CONVERSION) {
			try (InputStream classFile = type.getResourceAsStream(type.getSimpleName() + ".class")) {
				if (classFile == null) {
					throw new IOException("not found");
				}
				digest.update(classFile.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read the class file of " + type.getName(), e);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
