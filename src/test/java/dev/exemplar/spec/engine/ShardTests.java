package dev.exemplar.spec.engine;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTests {

	private static final List<String> SPECS = List.of("a.adoc", "b.adoc", "c.adoc", "d.adoc", "e.adoc");

	@Test
	void thePartsHoldEverySpecOnceInTheirOrder() {
		List<String> first = Shard.parse("1/3").of(SPECS);
		List<String> second = Shard.parse("2/3").of(SPECS);
		List<String> third = Shard.parse(" 3/3 ").of(SPECS);

		assertThat(first).containsExactly("a.adoc", "d.adoc");
		assertThat(second).containsExactly("b.adoc", "e.adoc");
		assertThat(third).containsExactly("c.adoc");
		assertThat(Stream.of(first, second, third).flatMap(List::stream).sorted()).containsExactlyElementsOf(SPECS);
	}

	@Test
	void morePartsThanSpecsLeavesSomeEmpty() {
		assertThat(Shard.parse("4/6").of(List.of("a.adoc", "b.adoc"))).isEmpty();
	}

	@Test
	void aShardIsKOfNWithKFromOneToN() {
		for (String wrong : new String[] { "0/2", "3/2", "1", "a/b", "1/0" }) {
			assertThatThrownBy(() -> Shard.parse(wrong)).hasMessageContaining("specs.shard is K/N")
				.hasMessageContaining(wrong);
		}
	}

}
