package dev.exemplar.system.requests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text the database can store and a reader would count as the client does: at most
 * {@link #max()} characters counted as Unicode code points (as JSON Schema's
 * {@code maxLength} and people count them: an emoji is one, where {@code @Size} would
 * count two), no NUL (PostgreSQL's text cannot hold it), and no lone surrogate (a JSON
 * {@code "\ud800"} escape that is no character at all). Null is valid: combine with
 * {@code @NotBlank} where the text is required.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

	int max();

	String message() default "must be at most {max} characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		private int max;

		@Override
		public void initialize(PlainText constraint) {
			max = constraint.max();
		}

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			if (text == null) {
				return true;
			}
			String problem = problem(text);
			if (problem != null) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
				return false;
			}
			return text.codePointCount(0, text.length()) <= max;
		}

		private static String problem(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\0') {
					return "must not hold the NUL character (\\u0000)";
				}
				if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					return "must not hold a lone surrogate (\\u" + Integer.toHexString(c)
							+ "); send whole Unicode characters";
				}
			}
			return null;
		}

	}

}
