package dev.exemplar.system.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One GET to an outside service, read defensively: one deadline for the whole answer
 * (connection, headers and every byte of the body: a body that trickles in is cut off at
 * the deadline, however often a byte comes), a body of at most {@code maxBytes} (refused
 * as soon as more arrive, not read to its end), and no redirect followed (a 3xx is an
 * answer like any other, for the caller to refuse). java.net.http does all three with one
 * future and a byte-counting body subscriber; no read blocks a thread past the deadline.
 * A failure is an {@link Failed} naming what happened, never the URL (whose query may
 * hold a key) nor a header (which may hold a token).
 */
public final class OutsideCall {

	private final HttpClient client;

	private final Duration deadline;

	private final int maxBytes;

	public OutsideCall(Duration deadline, int maxBytes) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(deadline)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.deadline = deadline;
		this.maxBytes = maxBytes;
	}

	public Duration deadline() {
		return deadline;
	}

	/** What the outside service answered, whatever its status. */
	public record Answer(int status, HttpHeaders headers, byte[] body) {

		private static final Duration LONGEST_WAIT = Duration.ofHours(1);

		/**
		 * Outside answers are read loosely, as trees: they have many fields this service
		 * does not use.
		 */
		private static final JsonMapper JSON = JsonMapper.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();

		/**
		 * The body as a JSON tree (a key given twice is refused); a missing node when it
		 * is not JSON.
		 */
		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (JacksonException e) {
				return JSON.missingNode();
			}
		}

		/**
		 * The wait the answer's {@code Retry-After} asks for (seconds, or an HTTP date),
		 * kept within a second and an hour; the fallback when it has none, or one that is
		 * neither.
		 */
		public Duration retryAfter(Duration fallback) {
			return headers.firstValue("Retry-After")
				.map(String::strip)
				.flatMap(Answer::wait)
				.map(Answer::bounded)
				.orElse(fallback);
		}

		private static Optional<Duration> wait(String header) {
			try {
				return Optional.of(header.chars().allMatch(Character::isDigit) && header.length() < 10
						? Duration.ofSeconds(Long.parseLong(header)) : Duration.between(Instant.now(),
								ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)));
			}
			catch (NumberFormatException | DateTimeException e) {
				return Optional.empty();
			}
		}

		private static Duration bounded(Duration wait) {
			return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
					: wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
		}
	}

	/**
	 * Why no answer came: the deadline passed, the body was too large, or the connection
	 * failed.
	 */
	public static final class Failed extends Exception {

		public enum Why {

			TIMED_OUT, TOO_LARGE, UNREACHABLE

		}

		private final Why why;

		Failed(Why why, String description) {
			super(description, null, false, false);
			this.why = why;
		}

		public Why why() {
			return why;
		}

	}

	public Answer get(URI uri, Map<String, String> headers) throws Failed {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(deadline);
		headers.forEach(request::header);
		Bounded body = new Bounded(maxBytes);
		CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request.build(), info -> body);
		try {
			HttpResponse<byte[]> response = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (TimeoutException e) {
			call.cancel(true);
			throw timedOut();
		}
		catch (ExecutionException e) {
			if (body.refused) {
				throw new Failed(Failed.Why.TOO_LARGE, "answered a body of more than " + maxBytes + " bytes");
			}
			if (causedBy(e, HttpTimeoutException.class)) {
				throw timedOut();
			}
			throw new Failed(Failed.Why.UNREACHABLE,
					"could not be reached or dropped the connection (" + e.getCause().getClass().getSimpleName() + ")");
		}
		catch (InterruptedException e) {
			call.cancel(true);
			Thread.currentThread().interrupt();
			throw new Failed(Failed.Why.UNREACHABLE, "was not waited for: the request was interrupted");
		}
	}

	/** java.net.http may wrap what it fails with in an IOException of its own. */
	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private Failed timedOut() {
		return new Failed(Failed.Why.TIMED_OUT, "did not answer in full within " + deadline.toMillis() + " ms");
	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("The body is larger than the bound", null);
		}

	}

	/**
	 * Collects the body as java.net.http's own subscriber does, until it grows past the
	 * bound: then cancels it.
	 */
	private static final class Bounded implements BodySubscriber<byte[]> {

		private final BodySubscriber<byte[]> bytes = BodySubscribers.ofByteArray();

		private final int maxBytes;

		private Flow.Subscription subscription;

		private long received;

		/**
		 * Read by the caller once the call has failed: java.net.http reports the
		 * cancelled body as a closed stream.
		 */
		private volatile boolean refused;

		Bounded(int maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return bytes.getBody();
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			bytes.onSubscribe(subscription);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			if (refused) {
				return;
			}
			received += buffers.stream().mapToLong(ByteBuffer::remaining).sum();
			if (received > maxBytes) {
				refused = true;
				bytes.onError(new TooLarge());
				subscription.cancel();
				return;
			}
			bytes.onNext(buffers);
		}

		@Override
		public void onError(Throwable error) {
			if (!refused) {
				bytes.onError(error);
			}
		}

		@Override
		public void onComplete() {
			if (!refused) {
				bytes.onComplete();
			}
		}

	}

}
