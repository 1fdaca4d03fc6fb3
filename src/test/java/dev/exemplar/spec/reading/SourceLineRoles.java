package dev.exemplar.spec.reading;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import dev.exemplar.spec.grammar.Role;
import dev.exemplar.spec.results.PageMarkup;

/**
 * Records the source line of each section, listing and table as a role
 * ({@code spec-line-12}), so that errors and IDEs can name the line, and marks a block
 * that comes from an included file (its line is that file's). Only documents converted
 * with a source map (the engine's) have lines to record.
 */
public final class SourceLineRoles extends Treeprocessor {

	private static final List<String> CONTEXTS = List.of(":section", ":listing", ":table");

	@Override
	public Document process(Document document) {
		for (String context : CONTEXTS) {
			for (StructuralNode block : document.findBy(Map.of("context", context))) {
				if (block.getSourceLocation() != null) {
					block.addRole(PageMarkup.SOURCE_LINE_PREFIX + block.getSourceLocation().getLineNumber());
					if (!Objects.equals(block.getSourceLocation().getFile(), document.getAttribute("docfile"))) {
						block.addRole(Role.INCLUDED.written());
					}
				}
			}
		}
		return document;
	}

}
