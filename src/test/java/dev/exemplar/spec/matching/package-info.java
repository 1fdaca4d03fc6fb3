/**
 * Internal (public only where another package of the engine needs it): whether an answer
 * is what the spec expects — expectations as a spec writes them, placeholders, captures,
 * and the differences, JSON as structure.
 */
package dev.exemplar.spec.matching;
