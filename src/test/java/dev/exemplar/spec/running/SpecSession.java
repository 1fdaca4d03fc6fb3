package dev.exemplar.spec.running;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.matching.Captures;
import dev.exemplar.spec.reading.SourceLine;
import dev.exemplar.spec.sql.SqlStatements;

/**
 * The state one spec's run builds up: its captures, the last answer (for the expectation
 * that follows the request), and what the current example has done and found wrong.
 * Examples of a spec run one after another, never at once.
 */
final class SpecSession {

	private final String specName;

	private final Captures captures = new Captures();

	private HttpExchange lastExchange;

	private final List<HttpExchange> exchanges = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	private final List<ContractCheck> contractChecks = new ArrayList<>();

	private String skipReason;

	private boolean pending;

	private OutsideCommand.PendingStub pendingStub;

	private SqlCommand.SqlAnswer sqlAnswer;

	private final List<AppliedStub> stubs = new ArrayList<>();

	private final CleanUp cleanUp = new CleanUp();

	/**
	 * The SQL sessions the current example keeps open, by the name its blocks give them.
	 */
	private final Map<String, Connection> keptSessions = new HashMap<>();

	/**
	 * @param specName the spec as messages name it: its path from the working directory
	 * (see SpecLayout#displayName)
	 */
	SpecSession(String specName) {
		this.specName = specName;
	}

	SourceLine at(int line) {
		return new SourceLine(specName, line);
	}

	Captures captures() {
		return captures;
	}

	void startExample(boolean pending) {
		this.pending = pending;
		lastExchange = null;
		exchanges.clear();
		problems.clear();
		contractChecks.clear();
		skipReason = null;
		pendingStub = null;
		sqlAnswer = null;
		stubs.clear();
		closeKeptSessions();
	}

	/**
	 * Keeps a SQL block's connection under a name, for a later block of the example;
	 * false when the name is taken.
	 */
	boolean keepSession(String name, Connection connection) {
		return keptSessions.putIfAbsent(name, connection) == null;
	}

	Optional<Connection> keptSession(String name) {
		return Optional.ofNullable(keptSessions.get(name));
	}

	/** When an example ends, and when the spec does. */
	void closeKeptSessions() {
		keptSessions.values().forEach(SqlStatements::close);
		keptSessions.clear();
	}

	/** What the spec created, which the engine removes when it ends. */
	CleanUp cleanUp() {
		return cleanUp;
	}

	void stubbed(AppliedStub stub) {
		stubs.add(stub);
	}

	/**
	 * The stubs in force for the current example (the spec's and its own), in the order
	 * they were set up.
	 */
	List<AppliedStub> stubs() {
		return List.copyOf(stubs);
	}

	/**
	 * Keeps what a SQL block met until the table or refusal after it; returns (and
	 * replaces) the one kept before.
	 */
	SqlCommand.SqlAnswer sqlAnswered(SqlCommand.SqlAnswer answer) {
		SqlCommand.SqlAnswer before = sqlAnswer;
		sqlAnswer = answer;
		return before;
	}

	/**
	 * Keeps a stub until its answer comes; returns (and replaces) the one kept before.
	 */
	OutsideCommand.PendingStub awaitStubAnswer(OutsideCommand.PendingStub stub) {
		OutsideCommand.PendingStub before = pendingStub;
		pendingStub = stub;
		return before;
	}

	void checkLater(ContractCheck check) {
		contractChecks.add(check);
	}

	/**
	 * The checks of this example not settled yet, in the order of their requests; taken
	 * once.
	 */
	List<ContractCheck> takeContractChecks() {
		List<ContractCheck> taken = List.copyOf(contractChecks);
		contractChecks.clear();
		return taken;
	}

	void exchanged(HttpExchange exchange) {
		lastExchange = exchange;
		exchanges.add(exchange);
	}

	/**
	 * The request failed before an answer came: the following expectation has nothing to
	 * compare.
	 */
	void requestFailed() {
		lastExchange = null;
	}

	HttpExchange lastExchange() {
		return lastExchange;
	}

	List<HttpExchange> exchanges() {
		return List.copyOf(exchanges);
	}

	/** A problem of the example, its secrets masked: problems become failure messages. */
	void problem(String description) {
		problems.add(captures.mask(description));
	}

	List<String> problems() {
		return List.copyOf(problems);
	}

	void skip(String reason) {
		if (skipReason == null) {
			skipReason = reason;
		}
	}

	/**
	 * Whether the current example is marked pending: its expectations are never
	 * rewritten.
	 */
	boolean pending() {
		return pending;
	}

	String skipReason() {
		return skipReason;
	}

}
