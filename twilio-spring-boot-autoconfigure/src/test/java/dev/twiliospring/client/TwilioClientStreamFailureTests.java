package dev.twiliospring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for a stream of {@link TwilioClient} whose later pages fail: they are retried as
 * any call, and one that fails for good ends the stream saying which page it was.
 */
class TwilioClientStreamFailureTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final int LAST_PAGE = 5;

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void rateLimitedAndUnavailablePagesInTheMiddleOfAStreamAreRetriedAndNoItemIsLost() {
		// Page 2 is rate limited once and page 3 unavailable once
		Set<Integer> failed = ConcurrentHashMap.newKeySet();
		servePages((number) -> ((number == 2 || number == 3) && failed.add(number)) ? ((number == 2)
				? Response.json(429, "{\"code\":20429,\"message\":\"Too many requests\",\"status\":429}")
				: Response.json(503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}"))
				: null);
		TwilioClient client = this.server.clientBuilder().maxRetries(2).build();
		List<String> items;
		try (Stream<JsonNode> stream = client.stream(messagesRequest(), "messages", JsonNode.class)) {
			items = stream.map((item) -> item.get("sid").asString()).toList();
		}
		assertThat(items).hasSize(2 * (LAST_PAGE + 1)).doesNotHaveDuplicates();
		assertThat(failed).containsExactlyInAnyOrder(2, 3);
		assertThat(this.server.requests()).extracting(RecordedRequest::query)
			.filteredOn((query) -> query.containsKey("Page"))
			.extracting((query) -> query.get("Page").get(0))
			.containsExactly("1", "2", "2", "3", "3", "4", "5");
	}

	@Test
	void pageThatFailsForGoodEndsTheStreamWithAnExceptionThatSaysWhichPage() {
		servePages((number) -> (number == 3)
				? Response.json(503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}") : null);
		TwilioClient client = this.server.clientBuilder().maxRetries(2).build();
		List<String> items = new ArrayList<>();
		Throwable thrown;
		try (Stream<JsonNode> stream = client.stream(messagesRequest(), "messages", JsonNode.class)) {
			thrown = catchThrowable(() -> stream.forEach((item) -> items.add(item.get("sid").asString())));
		}
		assertThat(thrown).isInstanceOf(TwilioApiException.class)
			.hasMessageStartingWith("Twilio error 20503 (HTTP 503) on GET " + MESSAGES + " (page 3): Service unavailable")
			.hasMessageNotContaining("PageToken")
			.hasMessageNotContaining("15558675310");
		assertThat(items).containsExactly("SM0a", "SM0b", "SM1a", "SM1b", "SM2a", "SM2b");
		assertThat(this.server.requests()).extracting(RecordedRequest::query)
			.filteredOn((query) -> query.containsKey("Page"))
			.extracting((query) -> query.get("Page").get(0))
			.containsExactly("1", "2", "3", "3", "3");
	}

	@Test
	void pageWhoseConnectionIsLostForGoodEndsTheStreamSayingWhichPage() {
		servePages((number) -> (number == 4) ? Response.disconnect() : null);
		TwilioClient client = this.server.clientBuilder().maxRetries(1).build();
		Throwable thrown;
		try (Stream<JsonNode> stream = client.stream(messagesRequest(), "messages", JsonNode.class)) {
			thrown = catchThrowable(() -> stream.forEach((item) -> {
			}));
		}
		assertThat(thrown).isInstanceOf(TwilioConnectionException.class)
			.hasMessageContaining("GET " + MESSAGES + " (page 4)")
			.hasMessageNotContaining("PageToken");
	}

	@Test
	void failureOfTheFirstPageNamesNoPage() {
		servePages((number) -> (number == 0)
				? Response.json(503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}") : null);
		Throwable thrown = catchThrowable(
				() -> this.server.client().stream(messagesRequest(), "messages", JsonNode.class).toList());
		assertThat(thrown).isInstanceOf(TwilioApiException.class)
			.hasMessageStartingWith("Twilio error 20503 (HTTP 503) on GET " + MESSAGES + ": Service unavailable");
	}

	private static TwilioRequest messagesRequest() {
		return TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("To", "+15558675310").queryParam("PageSize", 2)
			.build();
	}

	/**
	 * Serve pages 0 to {@link #LAST_PAGE} of two messages each as the 2010-04-01 API
	 * pages them, unless the given function answers a page number otherwise.
	 */
	private void servePages(Function<Integer, @Nullable Response> failure) {
		this.server.dispatcher((request) -> {
			Map<String, List<String>> query = request.query();
			int number = query.containsKey("Page") ? Integer.parseInt(query.get("Page").get(0)) : 0;
			Response failed = failure.apply(number);
			if (failed != null) {
				return failed;
			}
			String path = request.path();
			String next = (number < LAST_PAGE) ? "\"" + path + "?To=%2B15558675310&PageSize=2&Page=" + (number + 1)
					+ "&PageToken=PA" + number + "\"" : "null";
			return Response.json(200, "{\"messages\":[{\"sid\":\"SM" + number + "a\"},{\"sid\":\"SM" + number
					+ "b\"}],\"page\":" + number + ",\"page_size\":2,\"next_page_uri\":" + next + "}");
		});
	}

}
