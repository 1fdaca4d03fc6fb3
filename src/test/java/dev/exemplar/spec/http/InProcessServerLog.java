package dev.exemplar.spec.http;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import dev.exemplar.spec.api.ServerLog;

/**
 * The log of a service running in this JVM: a Logback appender keeps, per request id (the
 * MDC key the service puts it under), the lines and stack traces logged while that
 * request was handled.
 */
public final class InProcessServerLog extends AppenderBase<ILoggingEvent> implements ServerLog {

	private final String mdcKey;

	private final Map<String, List<String>> linesByRequest = new ConcurrentHashMap<>();

	private InProcessServerLog(String mdcKey) {
		this.mdcKey = mdcKey;
	}

	/**
	 * Starts listening to every logger of this JVM. Call it once the service has started:
	 * Spring Boot resets Logback while it starts, which removes the appenders added
	 * before.
	 */
	public static InProcessServerLog attach(String mdcKey) {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		InProcessServerLog log = new InProcessServerLog(mdcKey);
		log.setContext(context);
		log.setName("spec-engine-server-log");
		log.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
		return log;
	}

	@Override
	protected void append(ILoggingEvent event) {
		String requestId = event.getMDCPropertyMap().get(mdcKey);
		if (requestId == null) {
			return;
		}
		StringBuilder line = new StringBuilder().append(event.getLevel())
			.append(' ')
			.append(event.getLoggerName())
			.append(" : ")
			.append(event.getFormattedMessage());
		IThrowableProxy thrown = event.getThrowableProxy();
		if (thrown != null) {
			line.append('\n').append(ThrowableProxyUtil.asString(thrown));
		}
		linesByRequest.computeIfAbsent(requestId, id -> new CopyOnWriteArrayList<>()).add(line.toString());
	}

	@Override
	public List<String> linesFor(String requestId) {
		return List.copyOf(linesByRequest.getOrDefault(requestId, List.of()));
	}

}
