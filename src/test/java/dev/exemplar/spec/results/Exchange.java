package dev.exemplar.spec.results;

/**
 * One request an example sent and the status it was answered with.
 *
 * @param path the request's path and query, as sent
 */
public record Exchange(String method, String path, int status) {
}
