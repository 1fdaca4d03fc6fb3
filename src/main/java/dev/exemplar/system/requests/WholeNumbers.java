package dev.exemplar.system.requests;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in a path or a query are plain ASCII digits, with an optional minus (so that
 * {@code -1} is told it must be positive). Spring's own reading trims and decodes: it
 * takes {@code +5}, {@code " 5"}, {@code "5\t"}, {@code 0x10} and full-width digits for
 * 5, 5, 5, 16 and 5, so {@code DELETE /scores/%2B5} would delete score 5. A refused
 * number is answered 400 by {@link dev.exemplar.system.errors.ProblemDetailsAdvice} (a
 * type mismatch).
 */
@ControllerAdvice
class WholeNumbers {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

	@InitBinder
	void readWholeNumbersStrictly(WebDataBinder binder) {
		binder.registerCustomEditor(long.class, new Editor(Long::valueOf));
		binder.registerCustomEditor(Long.class, new Editor(Long::valueOf));
		binder.registerCustomEditor(int.class, new Editor(Integer::valueOf));
		binder.registerCustomEditor(Integer.class, new Editor(Integer::valueOf));
	}

	private static final class Editor extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		Editor(Function<String, Number> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			if (!WHOLE_NUMBER.matcher(text).matches()) {
				throw new IllegalArgumentException("not a whole number in ASCII digits");
			}
			setValue(parse.apply(text)); // NumberFormatException, an
											// IllegalArgumentException, when out of range
		}

	}

}
