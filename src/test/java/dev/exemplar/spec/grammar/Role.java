package dev.exemplar.spec.grammar;

/**
 * The roles an author puts on a block ({@code [source,json,role=lenient]}) or a section
 * ({@code [.pending]}), and those the engine records itself; each read one way: a whole
 * class name among the element's. A new role is one constant here.
 */
public enum Role {

	/** On a section: behaviour not built yet, shown as pending. */
	PENDING("pending"),

	/** On a listing or a table: shown, never run. */
	ILLUSTRATIVE("illustrative"),

	/** On an expectation: extra fields allowed, arrays in any order. */
	LENIENT("lenient"),

	/** On a stub's answer: it breaks the outside service's contract on purpose. */
	OFF_CONTRACT("off-contract"),

	/** Recorded by the engine: a block written in an included file. */
	INCLUDED("spec-included");

	private final String name;

	Role(String name) {
		this.name = name;
	}

	/** As the author writes it, and as the page's class attribute holds it. */
	public String written() {
		return name;
	}

	/** Whether an element with these class names has the role. */
	public boolean in(String classNames) {
		return (" " + classNames + " ").contains(" " + name + " ");
	}

}
