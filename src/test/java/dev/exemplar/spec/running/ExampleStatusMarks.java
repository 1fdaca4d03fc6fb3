package dev.exemplar.spec.running;

import java.util.List;
import java.util.Optional;

import org.concordion.api.Element;

import dev.exemplar.spec.reading.SpecExample;
import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.PageMarkup;

/**
 * Gives a run example its verdict once its contract checks are back, and marks its status
 * on the page; a failed example names the spec's own database, when it has one.
 */
final class ExampleStatusMarks {

	private final Verdicts verdicts;

	private final Optional<String> databaseName;

	ExampleStatusMarks(Verdicts verdicts, Optional<String> databaseName) {
		this.verdicts = verdicts;
		this.databaseName = databaseName;
	}

	/**
	 * Gives the example's contract checks their verdicts, then the example its status.
	 */
	ExampleVerdict settle(UnsettledExample ran) {
		SpecExample example = ran.example();
		verdicts.settle(ran.checks(), ran.problems());
		ExampleStatus status = ran.section() == null ? ExampleStatus.FAILED
				: ExampleVerdict.status(ran.failed() || !ran.problems().isEmpty(), example.pending(), ran.skipReason());
		if (ran.section() != null) {
			ran.section().addStyleClass(PageMarkup.statusClass(status));
			if (status == ExampleStatus.FAILED) {
				databaseName.ifPresent(name -> ran.section()
					.appendChild(new Element("div").addStyleClass(PageMarkup.DATABASE)
						.appendText(
								"This spec ran on the database " + name + ", which no other spec used meanwhile.")));
			}
		}
		return new ExampleVerdict(example, status, List.copyOf(ran.problems()), ran.skipReason(), ran.exchanges());
	}

}
