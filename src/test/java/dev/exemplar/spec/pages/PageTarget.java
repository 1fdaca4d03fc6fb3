package dev.exemplar.spec.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordion.api.Resource;
import org.concordion.api.Target;
import org.concordion.internal.FileTarget;

/**
 * Writes the executed pages so that browsers read them as Asciidoctor meant, although
 * Concordion writes XML: in standards mode (a DOCTYPE instead of the XML declaration),
 * with the {@code >} of CSS child selectors left as it is inside {@code <style>} and
 * {@code <script>}, where browsers do not decode {@code &gt;}, and with no self-closed
 * {@code <a/>} or {@code <div/>}, which HTML reads as an opening tag that swallows the
 * rest.
 */
public final class PageTarget implements Target {

	/** A self-closed tag, matched from its {@code <} to its {@code />}. */
	private static final Pattern SELF_CLOSED = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*?)?/>");

	/** The elements HTML knows to be empty, which may stay self-closed. */
	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");

	private final FileTarget files;

	public PageTarget(Path outputDir) {
		this.files = new FileTarget(outputDir.toFile());
	}

	@Override
	public void write(Resource resource, String content) throws IOException {
		files.write(resource, forBrowsers(content));
	}

	/**
	 * Each rewrite looks only where it can apply (at a {@code />}, at a {@code <style} or
	 * {@code <script}): a pattern tried at every character of a long page took a tenth of
	 * a long spec's run.
	 */
	public static String forBrowsers(String page) {
		return decodeRawText(openSelfClosed(page.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "<!DOCTYPE html>\n")));
	}

	/**
	 * {@code <div class="x"/>} becomes {@code <div class="x"></div>}; the void elements
	 * stay as they are.
	 */
	private static String openSelfClosed(String page) {
		StringBuilder html = new StringBuilder(page.length() + 4096);
		Matcher tag = SELF_CLOSED.matcher(page);
		int copied = 0;
		for (int end = page.indexOf("/>"); end >= 0; end = page.indexOf("/>", end + 2)) {
			int start = page.lastIndexOf('<', end);
			if (start < copied || !tag.region(start, end + 2).matches() || VOID.contains(tag.group(1))) {
				continue;
			}
			html.append(page, copied, end).append("></").append(tag.group(1)).append('>');
			copied = end + 2;
		}
		return html.append(page, copied, page.length()).toString();
	}

	/**
	 * Inside {@code <style>} and {@code <script>}, browsers read {@code &gt;} as it is:
	 * the text is written unescaped.
	 */
	private static String decodeRawText(String html) {
		StringBuilder result = new StringBuilder(html.length());
		int copied = 0;
		int from = 0;
		for (int start = nextRawText(html, from); start >= 0; start = nextRawText(html, from)) {
			String name = html.startsWith("<style", start) ? "style" : "script";
			String closing = "</" + name + ">";
			int nameEnd = start + 1 + name.length();
			int textStart = html.indexOf('>', nameEnd) + 1;
			int textEnd = textStart > 0 ? html.indexOf(closing, textStart) : -1;
			if ((nameEnd < html.length() && isWordChar(html.charAt(nameEnd))) || textEnd < 0) { // <styles>,
																								// or
																								// never
																								// closed
				from = start + 1;
				continue;
			}
			result.append(html, copied, textStart)
				.append(html.substring(textStart, textEnd)
					.replace("&gt;", ">")
					.replace("&lt;", "<")
					.replace("&amp;", "&"));
			copied = textEnd;
			from = textEnd + closing.length();
		}
		return result.append(html, copied, html.length()).toString();
	}

	/**
	 * As the regular expressions' {@code \b} sees a word: {@code <style-x>} is a style
	 * element, {@code <styles>} not.
	 */
	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private static int nextRawText(String html, int from) {
		int style = html.indexOf("<style", from);
		int script = html.indexOf("<script", from);
		return style < 0 ? script : script < 0 ? style : Math.min(style, script);
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
