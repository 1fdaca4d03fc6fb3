/**
 * Internal (public only where another package of the engine needs it): the specs' tables
 * — reading their rows, emptying, seeding and checking the service's database.
 */
package dev.exemplar.spec.tables;
