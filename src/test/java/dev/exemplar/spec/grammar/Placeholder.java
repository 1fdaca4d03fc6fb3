package dev.exemplar.spec.grammar;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one family of placeholders a spec may write where the server makes the value: each
 * declared here once, with how it is written, what it stands for (in the docs' table and
 * the error messages), the values it matches (as a whole value, within a text, in JSON)
 * and how JsonUnit is told. A new placeholder is one constant here.
 */
public enum Placeholder {

	ANY_STRING("any-string", null, "any string", JsonType.STRING, ".*?"),

	ANY_NUMBER("any-number", null, "any number", JsonType.NUMBER, "-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?"),

	ANY_BOOLEAN("any-boolean", null, "true or false", JsonType.BOOLEAN, "(?:true|false)"),

	UUID("uuid", null, "a UUID", JsonType.STRING,
			"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),

	TIMESTAMP("timestamp", null, "an ISO-8601 timestamp with an offset", JsonType.STRING, "\\d{4}-\\d{2}-\\d{2}T\\S+") {
		@Override
		boolean matchesWhole(String argument, String actual) {
			try {
				OffsetDateTime.parse(actual);
				return true;
			}
			catch (DateTimeParseException e) {
				return false;
			}
		}
	},

	REGEX("regex", "…", "a string the Java regular expression matches", JsonType.STRING, null) {
		@Override
		String regex(String argument) {
			return "(?:" + argument + ")";
		}

		@Override
		boolean matchesWhole(String argument, String actual) {
			return actual.matches(argument);
		}
	},

	IGNORE("ignore", null, "any value, or none", JsonType.ANY, ".*?"),

	CAPTURE("capture", "name", "any value, kept as `${name}` for later requests and expectations", JsonType.ANY,
			"(.*?)");

	/** What a placeholder accepts in JSON. */
	public enum JsonType {

		/** any value */
		ANY,
		/** a string its pattern matches */
		STRING, NUMBER, BOOLEAN

	}

	private static final String OPEN = "${";

	private static final String CAPTURE_NAME = "[A-Za-z][A-Za-z0-9_]*";

	private static final String NAMES = Arrays.stream(values())
		.filter(placeholder -> placeholder.parameter == null)
		.map(placeholder -> placeholder.name)
		.collect(Collectors.joining("|"));

	/** A placeholder as a whole JSON string; its name and argument in group 1. */
	private static final Pattern IN_JSON = Pattern
		.compile("\"\\$\\{(" + NAMES + "|capture:" + CAPTURE_NAME + "|regex:(?:[^\"\\\\]|\\\\.)*)}\"");

	/** A placeholder within a text; its name and argument in group 1. */
	private static final Pattern WITHIN_TEXT = Pattern
		.compile("\\$\\{(" + NAMES + "|capture:" + CAPTURE_NAME + "|regex:[^}]*)}");

	/** A placeholder that is a whole value (a header's, a cell's, a JSON string's). */
	private static final Pattern WHOLE = Pattern.compile("\\$\\{(" + NAMES + "|(?:regex|capture):.*)}", Pattern.DOTALL);

	/** Whatever reads as a placeholder, known or not. */
	private static final Pattern ANY = Pattern.compile("\\$\\{([^}\"]*)}?");

	/** A use of a captured value: {@code ${name}}. */
	private static final Pattern CAPTURED = Pattern.compile("\\$\\{(" + CAPTURE_NAME + ")}");

	private final String name;

	private final String parameter;

	private final String meaning;

	private final JsonType json;

	private final Pattern pattern;

	Placeholder(String name, String parameter, String meaning, JsonType json, String regex) {
		this.name = name;
		this.parameter = parameter;
		this.meaning = meaning;
		this.json = json;
		this.pattern = regex == null ? null : Pattern.compile(regex, Pattern.DOTALL);
	}

	/** How a spec writes it: {@code ${uuid}}, {@code ${capture:name}}. */
	public String written() {
		return written(parameter);
	}

	/** How a spec writes it with this argument. */
	public String written(String argument) {
		return OPEN + name + (argument == null ? "" : ":" + argument) + "}";
	}

	/** What it stands for, as the docs' table says. */
	public String meaning() {
		return meaning;
	}

	public JsonType json() {
		return json;
	}

	/** A regular expression matching the values it stands for within a text. */
	String regex(String argument) {
		return pattern.pattern();
	}

	boolean matchesWhole(String argument, String actual) {
		return Pattern.compile(regex(argument), Pattern.DOTALL).matcher(actual).matches();
	}

	/** The family, as error messages list it. */
	public static String family() {
		return Arrays.stream(values()).map(Placeholder::written).collect(Collectors.joining(", "));
	}

	/** Whether a text may hold a placeholder or a use of a captured value. */
	public static boolean mayBeIn(String text) {
		return text.contains(OPEN);
	}

	/** Whether a text starts as a placeholder or a use of a captured value does. */
	public static boolean opens(String text) {
		return text.startsWith(OPEN);
	}

	/** The placeholder a whole value is, if it is one. */
	public static Optional<Use> whole(String value) {
		Matcher whole = WHOLE.matcher(value);
		return whole.matches() ? Optional.of(Use.of(whole.group(1))) : Optional.empty();
	}

	/** The first text that reads as a placeholder, known or not, if any. */
	public static Optional<String> anyIn(String text) {
		Matcher any = ANY.matcher(text);
		return any.find() ? Optional.of(any.group()) : Optional.empty();
	}

	/** A {@code ${name}} using a captured value: the name in group 1. */
	public static Pattern captured() {
		return CAPTURED;
	}

	/** How a text uses the value captured under this name. */
	public static String usingCapture(String name) {
		return OPEN + name + "}";
	}

	/** Whether a {@code ${name}} is a placeholder, not the use of a captured value. */
	public static boolean isPlaceholder(String name) {
		return Arrays.stream(values())
			.anyMatch(placeholder -> placeholder.parameter == null && placeholder.name.equals(name));
	}

	/** The placeholders written as whole JSON strings (quotes included). */
	public static Matcher inJson(String json) {
		return IN_JSON.matcher(json);
	}

	/** The placeholders within a text. */
	public static Matcher withinText(String text) {
		return WITHIN_TEXT.matcher(text);
	}

	/** Reads a placeholder's group 1 of {@link #inJson} or {@link #withinText}. */
	public static Use use(Matcher found) {
		return Use.of(found.group(1));
	}

	/**
	 * One placeholder as written: which it is and its argument (a regex's pattern, a
	 * capture's name; null for the others).
	 */
	public record Use(Placeholder placeholder, String argument) {

		static Use of(String nameAndArgument) {
			int colon = nameAndArgument.indexOf(':');
			String name = colon < 0 ? nameAndArgument : nameAndArgument.substring(0, colon);
			String argument = colon < 0 ? null : nameAndArgument.substring(colon + 1);
			Placeholder placeholder = Arrays.stream(values())
				.filter(candidate -> candidate.name.equals(name))
				.findFirst()
				.orElseThrow();
			return new Use(placeholder, argument);
		}

		/**
		 * Whether a whole value matches; a capture keeps it.
		 * @param keep takes a captured value by the capture's name
		 */
		public boolean matches(String actual, BiConsumer<String, Object> keep) {
			if (placeholder == IGNORE) {
				return true;
			}
			if (actual == null) {
				return false;
			}
			if (placeholder == CAPTURE) {
				keep.accept(argument, actual);
				return true;
			}
			return placeholder.matchesWhole(argument, actual);
		}

		/** A regular expression for its values within a text (a capture's as group). */
		public String regex() {
			return placeholder.regex(argument);
		}

		/** The capture's name, when it is a capture. */
		public Optional<String> capture() {
			return placeholder == CAPTURE ? Optional.of(argument) : Optional.empty();
		}

		/** The pattern of a {@code ${regex:…}}, to check it is one. */
		public Optional<String> pattern() {
			return placeholder == REGEX ? Optional.of(argument) : Optional.empty();
		}

		/**
		 * JsonUnit's placeholder for it, and the name of the matcher it needs (none for
		 * those JsonUnit knows).
		 */
		public String jsonUnit() {
			return switch (placeholder) {
				case REGEX -> "${json-unit.regex}" + argument;
				case ANY_STRING, ANY_NUMBER, ANY_BOOLEAN, IGNORE -> "${json-unit." + placeholder.name + "}";
				default -> "${json-unit.matches:" + jsonUnitMatcher().orElseThrow() + "}";
			};
		}

		/** The JsonUnit matcher it needs, by name, when JsonUnit has none of its own. */
		public Optional<String> jsonUnitMatcher() {
			return switch (placeholder) {
				case ANY_STRING, ANY_NUMBER, ANY_BOOLEAN, IGNORE, REGEX -> Optional.empty();
				case CAPTURE -> Optional.of("capture-" + argument);
				default -> Optional.of(placeholder.name); // matched as a whole value
			};
		}

		/** What it matches, as a JsonUnit failure describes it. */
		public String meaning() {
			return placeholder == CAPTURE ? "any value, captured as " + argument : placeholder.meaning;
		}

		/** As written in the spec. */
		public String written() {
			return placeholder.written(argument);
		}

	}

	/** JsonUnit's placeholders, which a translated text holds. */
	public static String withoutJsonUnit(String translated) {
		return translated.replaceAll("\\$\\{json-unit\\.[^}]*}", "");
	}

}
