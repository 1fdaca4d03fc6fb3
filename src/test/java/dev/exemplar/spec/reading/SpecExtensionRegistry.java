package dev.exemplar.spec.reading;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * The engine's Asciidoctor extensions, registered once for every Asciidoctor instance of
 * the JVM through AsciidoctorJ's SPI
 * ({@code META-INF/services/org.asciidoctor.jruby.extension.spi.ExtensionRegistry}).
 */
public final class SpecExtensionRegistry implements ExtensionRegistry {

	@Override
	public void register(Asciidoctor asciidoctor) {
		asciidoctor.javaExtensionRegistry().treeprocessor(SourceLineRoles.class);
	}

}
