package dev.exemplar.databases;

import dev.exemplar.system.requests.PlainText;

/**
 * The optional body of {@code POST /databases}: a label the user chooses, kept as data
 * only (never a name on the server).
 */
public record NewDatabase(@PlainText(max = NewDatabase.MAX_LABEL_LENGTH) String label) {

	static final int MAX_LABEL_LENGTH = 100;

}
