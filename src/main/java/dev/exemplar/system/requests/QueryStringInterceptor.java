package dev.exemplar.system.requests;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.exemplar.system.errors.BadRequestException;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the raw query string before anything asks for a parameter, and refuses it unless
 * every parameter is well percent-encoded UTF-8 without NUL, has a value, and is given
 * once. Otherwise Tomcat's parameter parsing fails deep inside a handler (a 500),
 * {@code ?limit=} silently means the default, and {@code ?size=1&size=100} silently means
 * one of them.
 */
class QueryStringInterceptor implements HandlerInterceptor {

	private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return true;
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String pair : query.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (name.isEmpty()) {
				throw new BadRequestException("The query string holds a parameter without a name; write name=value, "
						+ "parameters joined by a single '&'.");
			}
			if (value.isEmpty()) {
				throw new BadRequestException("'" + name + "' is empty; give a value, or leave the parameter out.");
			}
			counts.merge(name, 1, Integer::sum);
		}
		counts.forEach((name, times) -> {
			if (times > 1) {
				throw new BadRequestException("'" + name + "' is given " + times + " times; give it once.");
			}
		});
		return true;
	}

	/**
	 * Decodes one name or value strictly: '+' is a space, '%' takes two hex digits, the
	 * bytes are UTF-8 without NUL.
	 */
	static String decode(String raw) {
		if (BAD_ESCAPE.matcher(raw).find()) {
			throw new BadRequestException("The query string holds '%' not followed by two hex digits in '" + raw
					+ "'; percent-encode it (write '%' as %25).");
		}
		byte[] bytes = new byte[raw.length()];
		int length = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				bytes[length++] = (byte) Integer.parseInt(raw, i + 1, i + 3, 16);
				i += 2;
			}
			else {
				bytes[length++] = (byte) (c == '+' ? ' ' : c);
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new BadRequestException("The query string holds '" + raw + "', which is not valid UTF-8 once "
					+ "percent-decoded; encode text as UTF-8.");
		}
		if (text.indexOf('\0') >= 0) {
			throw new BadRequestException(
					"The query string holds a NUL character (%00) in '" + raw + "'; leave it out.");
		}
		return text;
	}

}
