/**
 * The spec language, declared once: the placeholders ({@link Placeholder}), the listings'
 * languages ({@link Language}), the roles an author puts on a block or a section
 * ({@link Role}), the attributes a spec or a section carries ({@link SpecAttribute}:
 * needs, tags), the titles that give a block its meaning ({@link Titles}) and the
 * commands the blocks become ({@link Command}). Reading, running, matching, updating,
 * stubs and tables ask it; no other class of the engine names a placeholder, holds a
 * title pattern or names a listing's kind in a message ({@code GrammarTests} holds it).
 * It depends on nothing of the engine. A new role is a {@link Role} constant, a new
 * attribute a {@link SpecAttribute} constant; a new placeholder a {@link Placeholder}
 * constant and a row of the docs' table, which a test checks.
 */
package dev.exemplar.spec.grammar;
