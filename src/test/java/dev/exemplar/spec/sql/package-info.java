/**
 * Internal (public only where another package of the engine needs it): a spec's SQL
 * blocks — where to connect (a block's "Connecting … to …" title: a JDBC URL or a libpq
 * URI of PostgreSQL), running the statements on a connection of their own, and whether
 * what PostgreSQL answered (rows, or the message it refused with) is what the spec
 * states. Knows JDBC; nothing of any service.
 */
package dev.exemplar.spec.sql;
