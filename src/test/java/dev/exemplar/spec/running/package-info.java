/**
 * Internal (public only where the engine package needs it): running one spec through
 * Concordion, example by example — the commands the conventions name, the state a spec's
 * run builds up, how each block's verdict is recorded, and the run's report (console
 * lines, results.json).
 */
package dev.exemplar.spec.running;
