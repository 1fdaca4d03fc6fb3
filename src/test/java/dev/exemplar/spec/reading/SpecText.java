package dev.exemplar.spec.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A spec's bytes as text: UTF-8, or a mistake named by its line. */
final class SpecText {

	private SpecText() {
	}

	static String decode(byte[] bytes, String name) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes);
		CharBuffer output = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(input, output, true);
		if (result.isError()) {
			int at = input.position();
			int lineStart = at;
			while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
				lineStart--;
			}
			throw new SpecError(new SourceLine(name, lineOf(bytes, at)),
					String.format(
							"the file is not UTF-8 text: byte 0x%02X (column %d) is not UTF-8; save the file as UTF-8",
							bytes[at] & 0xFF, at - lineStart + 1));
		}
		decoder.flush(output);
		return output.flip().toString();
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
