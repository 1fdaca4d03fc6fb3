/**
 * Internal (public only where another package of the engine needs it): talking to the
 * service — the requests as a spec writes them, sending them over HTTP with a request id,
 * checking each exchange against the OpenAPI contract, and reading the service's log of
 * this JVM by that request id.
 */
package dev.exemplar.spec.http;
