package dev.exemplar.system.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become answers: every error is an
 * {@code application/problem+json} body whose detail tells the client what to fix.
 * Spring's own exceptions get their status from the base class; their details are
 * rewritten here where Spring's default wording would not help a client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** Jackson's "Numeric value (99999999999999999999) out of range of `long` (...)". */
	private static final Pattern OUT_OF_RANGE_NUMBER = Pattern.compile("^Numeric value \\(([^)]+)\\)");

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
		return problem(e, HttpStatus.NOT_FOUND, request, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> badRequest(BadRequestException e, WebRequest request) {
		return problem(e, HttpStatus.BAD_REQUEST, request, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> forbidden(ForbiddenException e, WebRequest request) {
		return problem(e, HttpStatus.FORBIDDEN, request, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
		return problem(e, HttpStatus.CONFLICT, request, e.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Object> unprocessable(UnprocessableException e, WebRequest request) {
		return problem(e, HttpStatus.UNPROCESSABLE_CONTENT, request, e.getMessage());
	}

	/**
	 * An outside service failed the request; the exception's message is safe to log (it
	 * holds no key, no token).
	 */
	@ExceptionHandler
	ResponseEntity<Object> outsideService(OutsideServiceException e, WebRequest request) {
		log.warn("{} ({})", e.logLine(), e.status().value());
		HttpHeaders headers = new HttpHeaders();
		e.retryAfter()
			.ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds()))));
		return problem(e, headers, e.status(), request, e.getMessage());
	}

	/**
	 * No connection within the pool's timeout, a connection lost mid-statement, or a
	 * transaction that could not begin or end (a rollback on a connection the driver's
	 * socket timeout closed): the database is away, and the client may try again (see
	 * application.properties for how fast).
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			RecoverableDataAccessException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class })
	ResponseEntity<Object> databaseUnavailable(Exception e, WebRequest request) {
		log.error("The database is not answering", e);
		return problem(e, HttpStatus.SERVICE_UNAVAILABLE, request, "The database is not answering; try again later.");
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
		log.error("Unexpected failure", e);
		return problem(e, HttpStatus.INTERNAL_SERVER_ERROR, request,
				"The server failed unexpectedly; its log has the details.");
	}

	/**
	 * Every problem is answered as application/problem+json, set rather than negotiated:
	 * whatever Accept says.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return super.createResponseEntity(body, problemHeaders, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(e, headers, status, request, "The service answers application/json (problems as "
				+ "application/problem+json); send an Accept header that allows it, or none.");
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(e, headers, status, request,
				"Method '" + e.getMethod() + "' is not supported here; use " + String.join(" or ",
						e.getSupportedMethods() == null ? new String[] { "another method" } : e.getSupportedMethods())
						+ ".");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(e, headers, status, request, unreadableBody(e));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::fieldError)
			.sorted()
			.toList();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
				"Invalid request body: " + String.join("; ", errors) + ".");
		body.setProperty("errors", errors);
		return handleExceptionInternal(e, body, headers, status, request);
	}

	/**
	 * Method validation reports both constrained parameters ({@code @Positive long id})
	 * and the fields of a {@code @Valid} body on the same method; parameters are named as
	 * the client writes them ({@code user_id}), body fields as in
	 * {@link #handleMethodArgumentNotValid}.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> parameterErrors = new ArrayList<>();
		List<String> bodyErrors = new ArrayList<>();
		for (ParameterValidationResult result : e.getParameterValidationResults()) {
			if (result instanceof ParameterErrors errors) {
				errors.getFieldErrors().stream().map(ProblemDetailsAdvice::fieldError).forEach(bodyErrors::add);
			}
			else {
				result.getResolvableErrors()
					.forEach(error -> parameterErrors.add("'" + requestName(result.getMethodParameter()) + "' "
							+ error.getDefaultMessage() + ", got " + result.getArgument()));
			}
		}
		Collections.sort(bodyErrors);
		if (parameterErrors.isEmpty() && !bodyErrors.isEmpty()) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
					"Invalid request body: " + String.join("; ", bodyErrors) + ".");
			body.setProperty("errors", bodyErrors);
			return handleExceptionInternal(e, body, headers, status, request);
		}
		parameterErrors.addAll(bodyErrors);
		return problem(e, headers, status, request, String.join("; ", parameterErrors) + ".");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String number = isWholeNumber(e.getRequiredType()) ? ", written in the digits 0-9" : "";
		return problem(e, headers, status, request, "'" + e.getPropertyName() + "' must be "
				+ describe(e.getRequiredType()) + number + ", got '" + e.getValue() + "'.");
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(e, headers, status, request,
				"There is nothing at /" + e.getResourcePath() + "; the operations are listed in /openapi.yaml.");
	}

	private ResponseEntity<Object> problem(Exception e, HttpStatusCode status, WebRequest request, String detail) {
		return problem(e, new HttpHeaders(), status, request, detail);
	}

	private ResponseEntity<Object> problem(Exception e, HttpHeaders headers, HttpStatusCode status, WebRequest request,
			String detail) {
		return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
	}

	/**
	 * Names the field as the client wrote it: the JSON body is snake_case, the record
	 * components are not.
	 */
	private static String fieldError(FieldError error) {
		return "'" + error.getField().replaceAll("([A-Z])", "_$1").toLowerCase() + "' " + error.getDefaultMessage();
	}

	/**
	 * The name of a path variable or request parameter in the URL, which may differ from
	 * the Java parameter's.
	 */
	private static String requestName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
		String name = param != null ? param.name() : variable != null ? variable.name() : "";
		return name.isEmpty() ? parameter.getParameterName() : name;
	}

	private static String jsonPath(List<JacksonException.Reference> path) {
		return path.stream()
			.map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String unreadableBody(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + unknown.getPropertyName() + "'; the accepted fields are "
					+ unknown.getKnownPropertyIds() + ".";
		}
		if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String value = mismatch instanceof InvalidFormatException invalid ? ", got '" + invalid.getValue() + "'"
					: "";
			return "Field '" + jsonPath(mismatch.getPath()) + "' must be " + describe(mismatch.getTargetType()) + value
					+ ".";
		}
		if (e.getCause() instanceof MismatchedInputException mismatch) {
			return "The body must be " + describe(mismatch.getTargetType()) + ".";
		}
		if (e.getCause() instanceof InputCoercionException outOfRange && outOfRange.processor() != null
				&& outOfRange.processor().streamReadContext().currentName() != null) {
			Matcher number = OUT_OF_RANGE_NUMBER.matcher(outOfRange.getOriginalMessage());
			return "Field '" + outOfRange.processor().streamReadContext().currentName()
					+ "' must be a whole number within range" + (number.find() ? ", got '" + number.group(1) + "'" : "")
					+ ".";
		}
		if (e.getCause() instanceof JacksonException json && json.getLocation() != null) {
			return "The body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
					+ json.getLocation().getColumnNr() + "): " + json.getOriginalMessage();
		}
		return "The request needs a JSON body.";
	}

	private static boolean isWholeNumber(Class<?> type) {
		return type != null && "int Integer long Long".contains(type.getSimpleName());
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		return switch (type.getSimpleName()) {
			case "int", "Integer", "long", "Long" -> "a whole number within range";
			case "boolean", "Boolean" -> "true or false";
			case "String" -> "a string";
			case "UUID" -> "a UUID, e.g. 3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b";
			case "OffsetDateTime" -> "an RFC 3339 timestamp within the years 0001 to 9999, e.g. 2014-08-11T10:00:00Z";
			default -> "a JSON " + (type.isRecord() ? "object" : type.getSimpleName());
		};
	}

}
