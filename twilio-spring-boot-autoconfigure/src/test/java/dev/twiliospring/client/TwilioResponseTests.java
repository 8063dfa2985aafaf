package dev.twiliospring.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioResponse}.
 */
class TwilioResponseTests {

	private static final String ACCOUNT_JSON = "{\"sid\":\"AC00000000000000000000000000000001\","
			+ "\"auth_token\":\"0123456789abcdef0123456789abcdef\"}";

	@Test
	void toStringOfUnmappedTextBodyLeavesTheBodyOut() {
		TwilioResponse<String> response = new TwilioResponse<>(200, new HttpHeaders(), "RQ1", ACCOUNT_JSON);
		assertThat(response.toString()).doesNotContain("0123456789abcdef")
			.contains("statusCode=200", "requestId=RQ1", "body=(" + ACCOUNT_JSON.length() + " characters, not shown)");
	}

	@Test
	void toStringOfUnmappedJsonBodyLeavesTheBodyOut() {
		JsonNode body = JsonMapper.builder().build().readTree(ACCOUNT_JSON);
		TwilioResponse<JsonNode> response = new TwilioResponse<>(200, new HttpHeaders(), null, body);
		assertThat(response.toString()).doesNotContain("0123456789abcdef").contains("body=(JSON, not shown)");
	}

	@Test
	void toStringOfUnmappedBytesLeavesTheBodyOut() {
		byte[] body = ACCOUNT_JSON.getBytes(StandardCharsets.UTF_8);
		TwilioResponse<byte[]> response = new TwilioResponse<>(200, new HttpHeaders(), null, body);
		assertThat(response.toString()).doesNotContain("0123456789abcdef")
			.contains("body=(" + body.length + " bytes, not shown)");
	}

	@Test
	void toStringOfBodyReadAsMapLeavesTheBodyOut() {
		Map<?, ?> body = JsonMapper.builder().build().readValue(ACCOUNT_JSON, Map.class);
		TwilioResponse<Map<?, ?>> response = new TwilioResponse<>(200, new HttpHeaders(), null, body);
		assertThat(response.toString()).doesNotContain("0123456789abcdef").contains("body=(2 entries, not shown)");
	}

	@Test
	void toStringOfBodyReadAsListLeavesTheBodyOut() {
		List<?> body = JsonMapper.builder().build().readValue("[" + ACCOUNT_JSON + "]", List.class);
		TwilioResponse<List<?>> response = new TwilioResponse<>(200, new HttpHeaders(), null, body);
		assertThat(response.toString()).doesNotContain("0123456789abcdef").contains("body=(1 elements, not shown)");
	}

	@Test
	void toStringOfPageOfJsonItemsLeavesTheItemsOut() {
		JsonNode account = JsonMapper.builder().build().readTree(ACCOUNT_JSON);
		Page<JsonNode> page = new Page<>(List.of(account), 0, 50, "/2010-04-01/Accounts.json", null, null, null);
		TwilioResponse<Page<JsonNode>> response = new TwilioResponse<>(200, new HttpHeaders(), null, page);
		assertThat(page.toString()).doesNotContain("0123456789abcdef")
			.contains("items=[(JSON, not shown)]", "pageSize=50", "url=/2010-04-01/Accounts.json");
		assertThat(response.toString()).doesNotContain("0123456789abcdef");
	}

	@Test
	void toStringOfPageOfMapItemsLeavesTheItemsOut() {
		Map<?, ?> account = JsonMapper.builder().build().readValue(ACCOUNT_JSON, Map.class);
		Page<Map<?, ?>> page = new Page<>(List.of(account), 0, 50, null, null, null, null);
		assertThat(page.toString()).doesNotContain("0123456789abcdef").contains("items=[(2 entries, not shown)]");
	}

	@Test
	void toStringOfPageOfRecordsShowsTheRecords() {
		Page<Object> page = new Page<>(List.of(new Object() {

			@Override
			public String toString() {
				return "Message[sid=SM1]";
			}

		}), 1, 20, null, null, null, "/next");
		assertThat(page.toString()).isEqualTo("Page[items=[Message[sid=SM1]], pageNumber=1, pageSize=20, url=null, "
				+ "firstPageUrl=null, previousPageUrl=null, nextPageUrl=/next]");
	}

	@Test
	void toStringOfMappedBodyUsesTheBodysOwnToString() {
		TwilioResponse<Object> response = new TwilioResponse<>(201, new HttpHeaders(), null, new Object() {

			@Override
			public String toString() {
				return "Message[sid=SM1]";
			}

		});
		assertThat(response.toString()).contains("statusCode=201", "body=Message[sid=SM1]");
	}

}
