package dev.exemplar.spec.pages;

import java.util.List;

import org.concordion.api.Element;

import dev.exemplar.spec.results.ExampleStatus;
import dev.exemplar.spec.results.PageMarkup;

/**
 * Marks a block of the executed page with how it ended, and shows what went wrong under
 * it.
 */
public final class BlockMarks {

	private BlockMarks() {
	}

	public static void passed(Element block) {
		block.addStyleClass(PageMarkup.statusClass(ExampleStatus.PASSED));
	}

	public static void failed(Element block, String title, String detail, List<String> serverLog) {
		block.addStyleClass(PageMarkup.statusClass(ExampleStatus.FAILED));
		Element failure = new Element("div").addStyleClass(PageMarkup.FAILURE);
		failure.appendChild(new Element("p").addStyleClass(PageMarkup.FAILURE_TITLE).appendText(title));
		if (detail != null && !detail.isBlank()) {
			failure.appendChild(new Element("pre").addStyleClass(PageMarkup.DIFF).appendText(detail));
		}
		if (!serverLog.isEmpty()) {
			failure.appendChild(new Element("p").addStyleClass(PageMarkup.FAILURE_TITLE)
				.appendText("The service's log for this request"));
			failure.appendChild(
					new Element("pre").addStyleClass(PageMarkup.SERVER_LOG).appendText(String.join("\n", serverLog)));
		}
		block.appendChild(failure);
	}

	/**
	 * Not run, with the reason; without one, only marked (what it depended on already
	 * failed).
	 */
	public static void ignored(Element block, String reason) {
		block.addStyleClass(PageMarkup.statusClass(ExampleStatus.IGNORED));
		if (!reason.isEmpty()) {
			block.appendChild(new Element("p").addStyleClass(PageMarkup.IGNORED_REASON).appendText(reason));
		}
	}

}
