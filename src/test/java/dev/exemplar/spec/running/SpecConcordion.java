package dev.exemplar.spec.running;

import java.io.IOException;

import org.concordion.Concordion;
import org.concordion.api.Resource;
import org.concordion.api.listener.ExampleListener;
import org.concordion.internal.ConcordionBuilder;
import org.concordion.internal.FixtureInstance;
import org.concordion.internal.UnableToBuildConcordionException;

import dev.exemplar.spec.pages.PageStyle;
import dev.exemplar.spec.pages.PageTarget;
import dev.exemplar.spec.grammar.Command;
import dev.exemplar.spec.reading.AsciiDocConverter;
import dev.exemplar.spec.reading.SpecConventions;
import dev.exemplar.spec.reading.SpecSource;
import dev.exemplar.spec.results.SpecLayout;
import dev.exemplar.spec.updating.SpecRewrites;

/**
 * Concordion, set up for one spec: the spec read through its converter and its
 * conventions, a command for each kind of block, the page written where the run writes
 * pages. This is the one class that touches Concordion's internal API (ConcordionBuilder,
 * FixtureInstance): the version is pinned in the pom.
 */
final class SpecConcordion {

	private final FixtureInstance fixture = new FixtureInstance(new SpecFixture());

	private final Concordion concordion;

	/**
	 * @param path the spec's path under the specs root, with '/'
	 * @param ended told as each example ends
	 */
	SpecConcordion(String path, SpecEnvironment environment, AsciiDocConverter converter, SpecConventions conventions,
			SpecSession session, Verdicts verdicts, SpecRewrites rewrites, ExampleListener ended) throws IOException {
		SpecLayout layout = environment.layout();
		String withoutSuffix = "/" + path.replaceFirst("\\.adoc$", "");
		OutsideCommand outside = new OutsideCommand(environment, session, verdicts);
		try {
			ConcordionBuilder builder = new ConcordionBuilder().withFixture(fixture)
				.withSource(new SpecSource(layout.specsRoot()))
				.withTarget(new PageTarget(layout.outputDir()))
				.withSpecificationLocator((declarations, suffix) -> new Resource(withoutSuffix + "." + suffix))
				.withSpecificationType("adoc", converter)
				.withDocumentParsingListener(conventions)
				.withCommand(Command.NAMESPACE, Command.REQUEST.commandName(),
						new RequestCommand(environment, session, verdicts))
				.withCommand(Command.NAMESPACE, Command.EXPECT_JSON.commandName(),
						new ExpectCommand(session, verdicts, rewrites, true))
				.withCommand(Command.NAMESPACE, Command.EXPECT_TEXT.commandName(),
						new ExpectCommand(session, verdicts, rewrites, false))
				.withCommand(Command.NAMESPACE, Command.GIVEN_ROWS.commandName(),
						new RowsCommand(environment, session, verdicts, RowsCommand.Mode.GIVEN, rewrites))
				.withCommand(Command.NAMESPACE, Command.THEN_ROWS.commandName(),
						new RowsCommand(environment, session, verdicts, RowsCommand.Mode.THEN, rewrites))
				.withCommand(Command.NAMESPACE, Command.MALFORMED.commandName(),
						new MalformedBlockCommand(session, verdicts))
				.withCommand(Command.NAMESPACE, Command.OUTSIDE.commandName(), outside)
				.withCommand(Command.NAMESPACE, Command.STUB_ANSWER.commandName(), outside.answers())
				.withCommand(Command.NAMESPACE, Command.SQL.commandName(), new SqlCommand(session, verdicts))
				.withCommand(Command.NAMESPACE, Command.SQL_ROWS.commandName(),
						new SqlExpectCommand(session, verdicts, true))
				.withCommand(Command.NAMESPACE, Command.SQL_REFUSAL.commandName(),
						new SqlExpectCommand(session, verdicts, false))
				.withEmbeddedCSS(PageStyle.css(), true);
			builder.withExampleListener(ended);
			concordion = builder.build();
		}
		catch (UnableToBuildConcordionException e) {
			throw new IOException("Concordion could not be set up for " + path, e);
		}
	}

	/** Parses the page, whose conventions find the examples. */
	void read() throws IOException {
		concordion.getExampleNames(fixture.getFixtureType());
	}

	/** Runs the example's blocks; the example listener hears of its end. */
	void process(String example) throws IOException {
		concordion.processExample(fixture, example);
	}

	/** Writes the page, with the examples that ran. */
	void finish() throws IOException {
		concordion.finish();
	}

}
