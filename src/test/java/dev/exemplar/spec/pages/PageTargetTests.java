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
}
