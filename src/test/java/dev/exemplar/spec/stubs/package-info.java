/**
 * Outside services in a spec: one WireMock server per outside service the adopting
 * service names ({@link dev.exemplar.spec.api.ConfigurationKeys#OUTSIDE_PREFIX}), the
 * stubs a spec states in HTTP text, the calls the service really made (shown on the page,
 * checked against the outside service's own contract), and the near misses of a call no
 * stub answered.
 */
package dev.exemplar.spec.stubs;
