package dev.exemplar.system.errors;

import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * An outside service the request depends on did not serve it: answered with this status
 * (502, 503 or 504) and this message as the detail, with {@code Retry-After} when the
 * outside service said how long to wait. It carries no cause: an outside failure's
 * message may hold a URL with a key in it, and neither the log nor the client may see
 * that.
 */
public class OutsideServiceException extends RuntimeException {

	private final HttpStatus status;

	private final Duration retryAfter;

	private final String logLine;

	/**
	 * @param logLine what the log says happened, in more words than the client needs (no
	 * URL, key or token)
	 */
	public OutsideServiceException(HttpStatus status, String detail, Duration retryAfter, String logLine) {
		super(detail, null, false, false);
		this.status = status;
		this.retryAfter = retryAfter;
		this.logLine = logLine;
	}

	public OutsideServiceException(HttpStatus status, String detail, Duration retryAfter) {
		this(status, detail, retryAfter, detail);
	}

	public OutsideServiceException(HttpStatus status, String detail) {
		this(status, detail, null);
	}

	public HttpStatus status() {
		return status;
	}

	public String logLine() {
		return logLine;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

}
