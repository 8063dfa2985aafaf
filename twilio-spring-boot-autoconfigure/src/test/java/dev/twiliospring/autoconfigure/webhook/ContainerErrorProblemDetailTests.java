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
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.refusal(431));
		assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail");
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo("Request Header Fields Too Large");
		assertThat(problem.get("status").asInt()).isEqualTo(431);
		assertThat(problem.get("detail").asString()).isEqualTo("The request headers are larger than the server accepts.");
	}

	@Test
	void leavesTitleOutForStatusWithoutReasonPhrase() {
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.refusal(499));
		assertThat(problem.propertyNames()).containsExactly("type", "status", "detail");
		assertThat(problem.get("status").asInt()).isEqualTo(499);
		assertThat(problem.get("detail").asString()).isEqualTo(ContainerErrorProblemDetail.DETAIL);
	}

	@Test
	void answersRequestWithUnsupportedTransferCodingAsClientError() {
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.refusal(501));
		assertThat(ContainerErrorProblemDetail.status(501)).isEqualTo(400);
		assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).startsWith("The request's Transfer-Encoding is not supported");
	}

	@Test
	void answersRequestWithUnsupportedHttpVersionAsClientError() {
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.refusal(505));
		assertThat(ContainerErrorProblemDetail.status(505)).isEqualTo(400);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).isEqualTo("The request's HTTP version is not supported: use HTTP/1.1.");
	}

	@Test
	void keepsEveryOtherStatus() {
		assertThat(ContainerErrorProblemDetail.status(400)).isEqualTo(400);
		assertThat(ContainerErrorProblemDetail.status(414)).isEqualTo(414);
		assertThat(ContainerErrorProblemDetail.status(500)).isEqualTo(500);
		assertThat(ContainerErrorProblemDetail.status(503)).isEqualTo(503);
	}

	@Test
	void keepsTheStatusOfAnErrorTheApplicationAnsweredWithoutBody() {
		JsonNode problem = this.mapper.readTree(ContainerErrorProblemDetail.unexplained(501));
		assertThat(problem.get("title").asString()).isEqualTo("Not Implemented");
		assertThat(problem.get("status").asInt()).isEqualTo(501);
		assertThat(problem.get("detail").asString()).isEqualTo(ContainerErrorProblemDetail.UNEXPLAINED);
	}

}
