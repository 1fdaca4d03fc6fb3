package dev.exemplar.spec.results;

/**
 * One request an example sent and the status it was answered with.
 *
 * @param path the request's path and query, as sent
 * @param answer the answer as it came (status, Content-Type and Location, body), its
 * secrets masked; null in results written before it was recorded
 */
public record Exchange(String method, String path, int status, String answer) {

	public Exchange(String method, String path, int status) {
		this(method, path, status, null);
	}
}
