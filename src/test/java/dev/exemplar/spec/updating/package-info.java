/**
 * Internal: approving a behaviour change in the spec itself. With {@code specs.update}
 * set, a differing expectation is rewritten in its {@code .adoc} source with the answer
 * the service gave (placeholders that matched stay, the listing's layout is kept where it
 * can be, nothing else of the file changes); without it, the same rewrite is only shown,
 * as a unified diff of the listing, in the failure. What the update refuses to rewrite,
 * and why, is in {@link dev.exemplar.spec.updating.UpdateRefused}.
 */
package dev.exemplar.spec.updating;
