package dev.exemplar.spec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordion.api.Element;

/** Reading and marking the converted spec's blocks: the listing's text, its line in the source, its result. */
final class SpecBlocks {

    static final String LINE_ROLE = "spec-line-";
    private static final Pattern LINE = Pattern.compile("\\b" + LINE_ROLE + "(\\d+)\\b");

    private SpecBlocks() {
    }

    /** The source line, which {@link AsciiDocConverter} recorded as a role of the block. */
    static int line(Element block) {
        Matcher line = LINE.matcher(String.valueOf(block.getAttributeValue("class")));
        return line.find() ? Integer.parseInt(line.group(1)) : 0;
    }

    static String listingText(Element block) {
        Element pre = block.getFirstDescendantNamed("pre");
        return pre == null ? block.getText() : pre.getText();
    }

    static void passed(Element block) {
        block.addStyleClass("spec-passed");
    }

    static void failed(Element block, String title, String detail, List<String> serverLog) {
        block.addStyleClass("spec-failed");
        Element failure = new Element("div").addStyleClass("spec-failure");
        failure.appendChild(new Element("p").addStyleClass("spec-failure-title").appendText(title));
        if (detail != null && !detail.isBlank()) {
            failure.appendChild(new Element("pre").addStyleClass("spec-diff").appendText(detail));
        }
        if (!serverLog.isEmpty()) {
            failure.appendChild(new Element("p").addStyleClass("spec-failure-title").appendText("The service's log for this request"));
            failure.appendChild(new Element("pre").addStyleClass("spec-server-log").appendText(String.join("\n", serverLog)));
        }
        block.appendChild(failure);
    }

    static void ignored(Element block, String reason) {
        block.addStyleClass("spec-ignored");
        block.appendChild(new Element("p").addStyleClass("spec-ignored-reason").appendText(reason));
    }
}
