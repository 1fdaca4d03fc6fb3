package dev.exemplar.spec;

import java.util.List;

/** What the service logged while it handled one request, found by the request id the engine sent. */
public interface ServerLog {

    /** For a service the engine cannot see into (a deployed one). */
    ServerLog NONE = requestId -> List.of();

    List<String> linesFor(String requestId);

    /** The lines as a failure message shows them, after the difference; nothing when there are none. */
    static String describe(HttpExchange exchange, List<String> lines) {
        return lines.isEmpty() ? "" : "\n\nThe service's log for request " + exchange.requestId() + ":\n" + String.join("\n", lines);
    }
}
