package dev.exemplar.spec;

/**
 * What the commands of every spec share: the HTTP driver, the contract, the server's log and, when the service's
 * database is reachable (not against a deployed service), the database.
 */
record SpecServices(HttpDriver http, ContractValidator contract, ServerLog serverLog, SpecDatabase database) {

    static final String NO_DATABASE = "needs the service's database, which a run against -Dspecs.baseUrl cannot reach";
}
