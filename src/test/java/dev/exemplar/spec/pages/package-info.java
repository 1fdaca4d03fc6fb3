/**
 * Internal (public only where another package of the engine needs it): the executed page
 * — marking its blocks with how they ended (class names from
 * {@code dev.exemplar.spec.results.PageMarkup}), its stylesheet, and writing it as HTML
 * browsers read in standards mode.
 */
package dev.exemplar.spec.pages;
