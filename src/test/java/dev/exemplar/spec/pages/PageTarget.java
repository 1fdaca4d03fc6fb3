package dev.exemplar.spec.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordion.api.Resource;
import org.concordion.api.Target;
import org.concordion.internal.FileTarget;

/**
 * Writes the executed pages so that browsers read them as Asciidoctor meant, although Concordion writes XML: in
 * standards mode (a DOCTYPE instead of the XML declaration), with the {@code >} of CSS child selectors left as
 * it is inside {@code <style>} and {@code <script>}, where browsers do not decode {@code &gt;}, and with no
 * self-closed {@code <a/>} or {@code <div/>}, which HTML reads as an opening tag that swallows the rest.
 */
public final class PageTarget implements Target {

    private static final Pattern SELF_CLOSED = Pattern.compile(
            "<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b)([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*?)?/>");
    private static final Pattern RAW_TEXT = Pattern.compile("(<(style|script)\\b[^>]*>)(.*?)(</\\2>)", Pattern.DOTALL);

    private final FileTarget files;

    public PageTarget(Path outputDir) {
        this.files = new FileTarget(outputDir.toFile());
    }

    @Override
    public void write(Resource resource, String content) throws IOException {
        files.write(resource, forBrowsers(content));
    }

    static String forBrowsers(String page) {
        String html = SELF_CLOSED.matcher(page.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "<!DOCTYPE html>\n"))
                .replaceAll("<$1$2></$1>");
        Matcher rawText = RAW_TEXT.matcher(html);
        StringBuilder result = new StringBuilder();
        while (rawText.find()) {
            String text = rawText.group(3).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
            rawText.appendReplacement(result, Matcher.quoteReplacement(rawText.group(1) + text + rawText.group(4)));
        }
        return rawText.appendTail(result).toString();
    }

    @Override
    public void copyTo(Resource resource, InputStream input) throws IOException {
        files.copyTo(resource, input);
    }

    @Override
    public OutputStream getOutputStream(Resource resource) throws IOException {
        return files.getOutputStream(resource);
    }

    @Override
    public void delete(Resource resource) throws IOException {
        files.delete(resource);
    }

    @Override
    public boolean exists(Resource resource) {
        return files.exists(resource);
    }

    @Override
    public String resolvedPathFor(Resource resource) {
        return files.resolvedPathFor(resource);
    }
}
