package dev.exemplar.docsite;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplateTests {

	@Test
	void aTemplateMatchesConcretePathsWithoutTheirQuery() {
		PathTemplate post = new PathTemplate("/posts/{id}");
		assertThat(post.matches("/posts/p1")).isTrue();
		assertThat(post.matches("/posts/p1?fields=text")).isTrue();
		assertThat(post.matches("/posts")).isFalse();
		assertThat(post.matches("/posts/p1/replies")).isFalse();
		assertThat(new PathTemplate("/latest").matches("/latest?limit=2")).isTrue();
		assertThat(new PathTemplate("/latest").matches("/latestx")).isFalse();
	}

	@Test
	void anAbsoluteUrlIsMatchedByItsPath() {
		assertThat(new PathTemplate("/posts/{id}").matches("http://localhost:8080/posts/p1")).isTrue();
	}

	@Test
	void templatesWithFewerVariablesAreMoreSpecific() {
		assertThat(new PathTemplate("/posts/latest").variables())
			.isLessThan(new PathTemplate("/posts/{id}").variables());
	}

}
