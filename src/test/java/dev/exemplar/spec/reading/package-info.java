/**
 * Internal (public only where another package of the engine needs it): reading a spec —
 * finding the spec files, converting AsciiDoc to the XHTML Concordion reads (each run's
 * conversions its own, one Asciidoctor per JVM, its extensions registered through
 * AsciidoctorJ's SPI), the conventions that turn listings and tables into commands, and
 * the source lines errors name.
 */
package dev.exemplar.spec.reading;
