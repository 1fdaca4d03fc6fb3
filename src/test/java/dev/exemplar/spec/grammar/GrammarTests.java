package dev.exemplar.spec.grammar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec language is declared in this package only: no other class of the engine writes
 * a placeholder or a placeholder's name, nor compiles a title's pattern, nor names a
 * listing's kind in a message; and the docs list the placeholders the engine declares, no
 * more, no fewer.
 */
class GrammarTests {

	private static final Path ENGINE = Path.of("src/test/java/dev/exemplar/spec");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

	private static final Pattern TITLE_WORDS = Pattern
		.compile("given|then|connecting|continuing|which gives|answers|was asked|holds");

	@Test
	void noClassOutsideTheGrammarWritesAPlaceholderOrATitlePattern() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path file : engineSources()) {
			String code = withoutComments(Files.readString(file));
			Matcher literal = STRING_LITERAL.matcher(code);
			while (literal.find()) {
				if (namesAPlaceholder(literal.group())) {
					offences.add(file + ": " + literal.group());
				}
			}
			for (String compiled : code.split("Pattern\\s*\\.\\s*compile\\(")) {
				String argument = compiled.substring(0, Math.max(0, compiled.indexOf(';')));
				if (compiled != code.split("Pattern\\s*\\.\\s*compile\\(")[0]
						&& TITLE_WORDS.matcher(argument.toLowerCase(Locale.ROOT)).find()) {
					offences.add(file + ": a title pattern " + argument);
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	/**
	 * Messages take a listing's kind from {@link Language}: "a SQL block", "mark it
	 * [source,http]" are written there once.
	 */
	@Test
	void noClassOutsideTheGrammarNamesAListingsKindInItsMessages() throws IOException {
		Pattern namesAKind = Pattern.compile("\\[source,|\\b(?:"
				+ Arrays.stream(Language.values()).map(Language::named).collect(Collectors.joining("|"))
				+ ")\\s+(?:block|listing|request)\\b");
		List<String> offences = new ArrayList<>();
		for (Path file : engineSources()) {
			Matcher literal = STRING_LITERAL.matcher(withoutComments(Files.readString(file)));
			while (literal.find()) {
				if (namesAKind.matcher(literal.group()).find()) {
					offences.add(file + ": " + literal.group());
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	@Test
	void theGrammarDependsOnNothingOfTheEngine() {
		classes().that()
			.resideInAPackage("dev.exemplar.spec.grammar..")
			.and(not(simpleNameEndingWith("Tests")))
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("dev.exemplar.spec.grammar..", "java..")
			.check(new ClassFileImporter().importPackages("dev.exemplar.spec.grammar"));
	}

	@Test
	void theSpecOnWritingSpecsTablesThePlaceholdersTheEngineDeclares() throws IOException {
		List<String> rows = Files.readString(Path.of("specs/how-to/writing-specs.adoc"))
			.lines()
			.filter(line -> line.startsWith("|`${"))
			.toList();
		assertThat(rows).containsExactlyElementsOf(Arrays.stream(Placeholder.values())
			.map(placeholder -> "|`" + placeholder.written() + "` |" + placeholder.meaning())
			.toList());
	}

	@Test
	void theGuideNamesThePlaceholdersTheEngineDeclares() throws IOException {
		String guide = Files.readString(Path.of("docs-site/guides/writing-specs.adoc"));
		String bullet = guide.substring(guide.indexOf("* placeholders"));
		bullet = bullet.substring(0, bullet.indexOf("\n* "));
		Set<String> named = new LinkedHashSet<>();
		Matcher placeholder = Pattern.compile("\\$\\{[^}]*}").matcher(bullet);
		while (placeholder.find()) {
			named.add(placeholder.group());
		}
		named.remove(Placeholder.usingCapture("name")); // a capture's use, not a
														// placeholder
		assertThat(named)
			.containsExactlyElementsOf(Arrays.stream(Placeholder.values()).map(Placeholder::written).toList());
	}

	private static boolean namesAPlaceholder(String literal) {
		String text = literal.substring(1, literal.length() - 1);
		return text.contains("${") || Arrays.stream(Placeholder.values())
			.anyMatch(placeholder -> placeholder.written().startsWith("${" + text + "}")
					|| placeholder.written().startsWith("${" + text) && text.endsWith(":"));
	}

	/** The engine's classes outside the grammar, tests aside. */
	private static List<Path> engineSources() throws IOException {
		try (Stream<Path> files = Files.walk(ENGINE)) {
			return files
				.filter(file -> file.toString().endsWith(".java") && !file.toString().endsWith("Tests.java")
						&& !file.startsWith(ENGINE.resolve("grammar")))
				.sorted()
				.toList();
		}
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//[^\"\\n]*$", "");
	}

}
