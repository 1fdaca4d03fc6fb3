package dev.exemplar.spec.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * What Asciidoctor warned of while converting one spec, each as
 * {@code file:line: what is wrong; what to write}: the file its cursor names (the spec,
 * or the included file the mistake is in), and advice for the mistakes authors make.
 */
final class AsciiDocWarnings {

	private static final Map<String, String> ADVICE = Map.of("unterminated listing block",
			"close it with the delimiter it opened with (----)", "unterminated literal block",
			"close it with the delimiter it opened with (....)", "unterminated table block",
			"close the table with |===", "include file not found",
			"include:: paths are relative to the spec's folder; fix the path or add the file",
			"dropping cells from incomplete row", "give every row as many cells as the first row has columns",
			"section title out of sequence", "a section's heading has one = more than its parent's (== then ===)");

	private final String name;

	private final List<String> warnings = new ArrayList<>();

	/**
	 * @param name the spec as messages name it, for warnings whose cursor names no file
	 */
	AsciiDocWarnings(String name) {
		this.name = name;
	}

	void add(LogRecord record) {
		if (record.getSeverity().compareTo(Severity.WARN) >= 0) {
			warnings.add(where(record.getCursor()) + ": " + record.getMessage() + advice(record.getMessage())
					+ " (Asciidoctor)");
		}
	}

	List<String> all() {
		return List.copyOf(warnings);
	}

	private String where(Cursor cursor) {
		if (cursor == null) {
			return name;
		}
		String file = cursor.getFile() == null ? name : displayed(cursor.getFile());
		return cursor.getLineNumber() > 0 ? file + ":" + cursor.getLineNumber() : file;
	}

	private static String displayed(String file) {
		Path path = Path.of(file).toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return (path.startsWith(here) ? here.relativize(path) : path).toString().replace('\\', '/');
	}

	private static String advice(String message) {
		return ADVICE.entrySet()
			.stream()
			.filter(advice -> message.startsWith(advice.getKey()))
			.map(advice -> "; " + advice.getValue())
			.findFirst()
			.orElse("");
	}

}
