package dev.exemplar.spec.running;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.concordion.api.Element;
import org.concordion.api.ResultRecorder;

import dev.exemplar.spec.http.HttpExchange;
import dev.exemplar.spec.reading.SourceLine;

/**
 * A request's check against the contract, running while its example goes on; its verdict
 * is given (to the tally, the failure message and the page) when the example ends, before
 * the example is reported.
 */
record ContractCheck(Element block, SourceLine where, HttpExchange exchange, ResultRecorder results,
		CompletableFuture<List<String>> violations) {
}
