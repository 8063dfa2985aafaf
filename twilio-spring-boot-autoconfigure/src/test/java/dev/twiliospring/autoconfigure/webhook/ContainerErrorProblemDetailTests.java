package dev.twiliospring.autoconfigure.webhook;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ContainerErrorProblemDetail}.
 */
class ContainerErrorProblemDetailTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void namesTypeTitleStatusAndDetailOfKnownStatus() {
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.json(431));
		assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail");
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo("Request Header Fields Too Large");
		assertThat(problem.get("status").asInt()).isEqualTo(431);
		assertThat(problem.get("detail").asString()).isEqualTo(ContainerErrorProblemDetail.DETAIL);
	}

	@Test
	void leavesTitleOutForStatusWithoutReasonPhrase() {
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.json(499));
		assertThat(problem.propertyNames()).containsExactly("type", "status", "detail");
		assertThat(problem.get("status").asInt()).isEqualTo(499);
	}

}
