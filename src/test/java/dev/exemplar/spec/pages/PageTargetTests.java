package dev.exemplar.spec.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTargetTests {

	@Test
	void pagesAreWrittenAsHtmlThatBrowsersReadInStandardsMode() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<html><head><style>.a &gt; .b { color: red }</style><meta charset="UTF-8"/></head>
				<body><h2 id="x"><a class="anchor" href="#x"/>Title</h2><div class="empty"/><br/></body></html>""";

		String html = PageTarget.forBrowsers(xml);

		assertThat(html).startsWith("<!DOCTYPE html>\n<html>")
			.contains("<style>.a > .b { color: red }</style>", "<meta charset=\"UTF-8\"/>",
					"<a class=\"anchor\" href=\"#x\"></a>Title", "<div class=\"empty\"></div>", "<br/>");
	}

	@Test
	void onlyTagsAreOpenedAndOnlyStyleAndScriptTextIsUnescaped() {
		String xml = """
				<html><body><p>a/&gt; b &lt;i/&gt;</p><!-- <span/> --><span class="a" /><brx/>
				<script type="module">if (a &gt; b &amp;&amp; c &lt; d) {}</script><pre>x &gt; y</pre><style/></body></html>""";

		String html = PageTarget.forBrowsers(xml);

		assertThat(html).isEqualTo(
				"""
						<html><body><p>a/&gt; b &lt;i/&gt;</p><!-- <span></span> --><span class="a" ></span><brx></brx>
						<script type="module">if (a > b && c < d) {}</script><pre>x &gt; y</pre><style></style></body></html>""");
	}

	@Test
	void styleAndScriptAreTheElementsOfThoseNamesAndEndAtTheirFirstClosingTag() {
		assertThat(PageTarget.forBrowsers("<styles>a &gt; b</styles><style>c &gt; d</style>"))
			.isEqualTo("<styles>a &gt; b</styles><style>c > d</style>");
		assertThat(PageTarget.forBrowsers("<script>a &gt; b<style>c &gt; d</style>")) // a
																						// script
																						// never
																						// closed
																						// is
																						// left
			.isEqualTo("<script>a &gt; b<style>c > d</style>");
		assertThat(PageTarget.forBrowsers("<style></style><style>a &gt; b</style>"))
			.isEqualTo("<style></style><style>a > b</style>");
		assertThat(PageTarget.forBrowsers("<style-x>a &gt; b</style>")).isEqualTo("<style-x>a > b</style>");
	}

}
