package dev.twiliospring.client;

import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Pages and errors at the edges: a page URL with escapes and a character that needs one,
 * redirects answering list pages, and error bodies that are JSON but no error object.
 */
class TwilioClientPagingEdgeCaseTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private static TwilioRequest messagesRequest() {
		return TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("PageSize", 1).build();
	}

	private static String page(String body, String next) {
		return "{\"messages\":[{\"body\":\"" + body + "\"}],\"page\":0,\"page_size\":1,\"next_page_uri\":"
				+ (next == null ? "null" : "\"" + next + "\"") + "}";
	}

	@Test
	void nextPageUrlWithEncodedTokenAndOneUnencodedCharacterIsNotDoubleEncoded() {
		this.server.enqueue(
				Response.json(200, page("a", "/2010-04-01/Accounts/X/Messages.json?PageSize=1&PageToken=PA%2Bb c")),
				Response.json(200, page("b", null)));
		List<JsonNode> items = this.server.client().stream(messagesRequest(), "messages", JsonNode.class).toList();
		assertThat(items).hasSize(2);
		// %2B was already an escape; only the raw space needs encoding
		assertThat(this.server.requests().get(1).rawQuery()).isEqualTo("PageSize=1&PageToken=PA%2Bb%20c");
	}

	@Test
	void redirectAnsweringAListPageBecomesApiExceptionWithItsStatus() {
		this.server.enqueue(Response.text(302, "text/html", "<html>moved</html>")
			.header("Location", "https://login.proxy.example/"));
		Throwable thrown = catchThrowable(
				() -> this.server.client().page(messagesRequest(), "messages", JsonNode.class));
		assertThat(thrown).isInstanceOf(TwilioApiException.class);
		assertThat(((TwilioApiException) thrown).getStatusCode()).isEqualTo(302);
	}

	@Test
	void redirectAnsweringALaterPageOfAStreamBecomesApiExceptionWithItsStatus() {
		this.server.enqueue(Response.json(200, page("a", "/2010-04-01/Accounts/X/Messages.json?Page=1")),
				Response.empty(301).header("Location", "https://elsewhere.example/"));
		Throwable thrown = catchThrowable(
				() -> this.server.client().stream(messagesRequest(), "messages", JsonNode.class).toList());
		assertThat(thrown).isInstanceOf(TwilioApiException.class);
		assertThat(((TwilioApiException) thrown).getStatusCode()).isEqualTo(301);
	}

	@Test
	void jsonArrayErrorBodyIsNotReportedAsNonJson() {
		this.server.enqueue(Response.json(400, "[{\"code\":21211,\"message\":\"bad\"}]"));
		Throwable thrown = catchThrowable(
				() -> this.server.client().page(messagesRequest(), "messages", JsonNode.class));
		assertThat(thrown).isInstanceOf(TwilioApiException.class).hasMessageNotContaining("non-JSON")
			.hasMessageContaining("JSON body that is no error object");
	}

}
