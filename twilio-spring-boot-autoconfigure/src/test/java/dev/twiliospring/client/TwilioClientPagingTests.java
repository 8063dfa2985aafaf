package dev.twiliospring.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for paging of {@link TwilioClient}.
 */
class TwilioClientPagingTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private static final String SERVICES = "/v1/Services";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void readsPageIn2010Format() {
		this.server.enqueue(Response.fixture(200, "messages-page-1.json"));
		Page<JsonNode> page = this.server.client().page(messagesRequest(), "messages", JsonNode.class);
		assertThat(page.items()).extracting((item) -> item.get("body").asString())
			.containsExactly("message 3", "message 4");
		assertThat(page.pageNumber()).isEqualTo(1);
		assertThat(page.pageSize()).isEqualTo(2);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.hasPrevious()).isTrue();
		assertThat(page.nextPageUrl()).isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
				+ "/Messages.json?To=%2B15558675310&PageSize=2&Page=2&PageToken=PASMa2");
		assertThat(page.firstPageUrl()).endsWith("Messages.json?To=%2B15558675310&PageSize=2&Page=0");
		assertThat(page.url()).endsWith("Page=1&PageToken=PASMa1");
	}

	@Test
	void readsPageInMetaFormat() {
		this.server.enqueue(Response.fixture(200, "services-page-2.json"));
		Page<JsonNode> page = this.server.client().page(servicesRequest(), "ignored", JsonNode.class);
		assertThat(page.items()).extracting((item) -> item.get("friendly_name").asString())
			.containsExactly("Service 5", "Service 6");
		assertThat(page.pageNumber()).isEqualTo(2);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.previousPageUrl()).isEqualTo("https://messaging.twilio.com/v1/Services?PageSize=2&Page=1");
	}

	@Test
	void streamsThree2010PagesLazily() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"), Response.fixture(200, "messages-page-1.json"),
				Response.fixture(200, "messages-page-2.json"));
		Stream<JsonNode> stream = this.server.client().stream(messagesRequest(), "messages", JsonNode.class);
		assertThat(this.server.requestCount()).isZero();
		Iterator<JsonNode> items = stream.iterator();
		assertThat(items.next().get("body").asString()).isEqualTo("message 1");
		assertThat(this.server.requestCount()).isOne();
		assertThat(items.next().get("body").asString()).isEqualTo("message 2");
		assertThat(this.server.requestCount()).isOne();
		assertThat(items.next().get("body").asString()).isEqualTo("message 3");
		assertThat(this.server.requestCount()).isEqualTo(2);
		List<String> rest = Stream.of(items.next(), items.next(), items.next())
			.map((item) -> item.get("body").asString())
			.toList();
		assertThat(rest).containsExactly("message 4", "message 5", "message 6");
		assertThat(items.hasNext()).isFalse();
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(3);
		assertThat(requests.get(0).rawQuery()).isEqualTo("To=%2B15558675310&PageSize=2");
		assertThat(requests.get(1).path()).isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json");
		assertThat(requests.get(1).rawQuery()).isEqualTo("To=%2B15558675310&PageSize=2&Page=1&PageToken=PASMa1");
		assertThat(requests.get(2).rawQuery()).isEqualTo("To=%2B15558675310&PageSize=2&Page=2&PageToken=PASMa2");
		assertThat(requests).allSatisfy((request) -> assertThat(request.basicCredentials()).isNotNull());
	}

	@Test
	void streamsThreeMetaPagesThroughBaseUrlHost() {
		this.server.enqueue(Response.fixture(200, "services-page-0.json"), Response.fixture(200, "services-page-1.json"),
				Response.fixture(200, "services-page-2.json"));
		List<String> names;
		try (Stream<JsonNode> stream = this.server.client().stream(servicesRequest(), "services", JsonNode.class)) {
			names = stream.map((item) -> item.get("friendly_name").asString()).toList();
		}
		assertThat(names).containsExactly("Service 1", "Service 2", "Service 3", "Service 4", "Service 5", "Service 6");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting(RecordedRequest::path).containsOnly("/v1/Services");
		assertThat(requests).extracting(RecordedRequest::rawQuery)
			.containsExactly("PageSize=2", "PageSize=2&Page=1&PageToken=PAMG1", "PageSize=2&Page=2&PageToken=PAMG2");
	}

	@Test
	void limitingTheStreamFetchesOnlyTheNeededPages() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"), Response.fixture(200, "messages-page-1.json"),
				Response.fixture(200, "messages-page-2.json"));
		List<JsonNode> firstThree = this.server.client()
			.stream(messagesRequest(), "messages", JsonNode.class)
			.limit(3)
			.toList();
		assertThat(firstThree).hasSize(3);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void closingTheStreamStopsPaging() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"), Response.fixture(200, "messages-page-1.json"));
		Stream<JsonNode> stream = this.server.client().stream(messagesRequest(), "messages", JsonNode.class);
		Iterator<JsonNode> items = stream.iterator();
		items.next();
		items.next();
		stream.close();
		assertThat(items.hasNext()).isFalse();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void nextPageRequestKeepsTemplateButFollowsUrl() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"), Response.fixture(200, "messages-page-1.json"));
		TwilioClient client = this.server.client();
		TwilioRequest request = messagesRequest();
		Page<JsonNode> first = client.page(request, "messages", JsonNode.class);
		TwilioRequest next = request.forPage(first.nextPageUrl());
		assertThat(next.pathTemplate()).isEqualTo(MESSAGES);
		Page<JsonNode> second = client.page(next, "messages", JsonNode.class);
		assertThat(second.pageNumber()).isEqualTo(1);
	}

	@Test
	void rejectsPageSizeAboveTwilioMaximum() {
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("PageSize", 1001).build();
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.page(request, "messages", JsonNode.class))
			.withMessage("PageSize must be between 1 and 1000, got 1001");
		assertThatIllegalArgumentException().isThrownBy(() -> client.stream(request, "messages", JsonNode.class))
			.withMessageContaining("PageSize must be between 1 and 1000");
		assertThatIllegalArgumentException().isThrownBy(() -> Page.checkPageSize(0))
			.withMessageContaining("got 0");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void emptyPageHasNoItemsAndNoNext() {
		this.server.enqueue(Response.json(200, "{\"messages\":[],\"page\":0,\"page_size\":50,\"next_page_uri\":null}"));
		assertThat(this.server.client().stream(messagesRequest(), "messages", JsonNode.class)).isEmpty();
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void streamStopsWithTheRepeatedPageUrlWhenLaterPagesLeadBackToAnEarlierOne() {
		String page1 = "https://messaging.twilio.com/v1/Services?PageSize=1&Page=1&PageToken=PA1";
		String page2 = "https://messaging.twilio.com/v1/Services?PageSize=1&Page=2&PageToken=PA2";
		String page1WithUserInfo = "https://user:s3cr3t@messaging.twilio.com/v1/Services?PageSize=1&Page=1&PageToken=PA1";
		this.server.dispatcher((request) -> {
			List<String> token = request.query().get("PageToken");
			if (token == null) {
				return servicesPage("Service 0", null, page1);
			}
			if (token.contains("PA1")) {
				return servicesPage("Service 1", page1, page2);
			}
			return servicesPage("Service 2", page2, page1WithUserInfo);
		});
		List<String> names = new ArrayList<>();
		TwilioRequest request = TwilioRequest.get(TwilioDomain.MESSAGING, SERVICES).queryParam("PageSize", 1).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> {
			try (Stream<JsonNode> stream = this.server.client().stream(request, "services", JsonNode.class)) {
				stream.limit(50).forEach((item) -> names.add(item.get("friendly_name").asString()));
			}
		})
			.withMessageStartingWith("Twilio's next page of GET /v1/Services (page 1, PageToken=PA1) is a page this "
					+ "stream has read already")
			.withMessageNotContaining("s3cr3t")
			.withMessageNotContaining("messaging.twilio.com");
		assertThat(names).containsExactly("Service 0", "Service 1", "Service 2");
		assertThat(this.server.requestCount()).isEqualTo(3);
	}

	@Test
	void streamStopsWhenALaterPageLeadsBackToTheFirstPage() {
		String first = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json?PageSize=1&Page=0";
		String second = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
				+ "/Messages.json?PageSize=1&Page=1&PageToken=PA1";
		this.server.dispatcher((request) -> {
			boolean isFirst = !request.query().containsKey("PageToken");
			return Response.json(200, "{\"messages\": [{\"body\": \"" + (isFirst ? "message 0" : "message 1")
					+ "\"}], \"uri\": \"" + (isFirst ? first : second) + "\", \"next_page_uri\": \""
					+ (isFirst ? second : first) + "\"}");
		});
		List<String> bodies = new ArrayList<>();
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("PageSize", 1).build();
		assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> {
			try (Stream<JsonNode> stream = this.server.client().stream(request, "messages", JsonNode.class)) {
				stream.limit(50).forEach((item) -> bodies.add(item.get("body").asString()));
			}
		}).withMessageStartingWith("Twilio's next page of GET " + MESSAGES + " (page 0) is a page this stream has "
				+ "read already");
		assertThat(bodies).containsExactly("message 0", "message 1");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void streamThatLeadsBackToAnEarlierPageFailsWithoutThePhoneNumbersOfItsFilters() {
		String filters = "To=%2B15558675310&From=whatsapp%3A%2B15005550006&PageSize=1";
		String first = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json?" + filters
				+ "&Page=0";
		String second = "https://user:s3cr3t@api.twilio.com/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
				+ "/Messages.json?" + filters + "&Page=1&PageToken=PASM1";
		this.server.dispatcher((request) -> {
			boolean isFirst = !request.query().containsKey("PageToken");
			return Response.json(200, "{\"messages\": [{\"body\": \"message\"}], \"uri\": \""
					+ (isFirst ? first : second) + "\", \"next_page_uri\": \"" + (isFirst ? second : first) + "\"}");
		});
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> streamAll(phoneNumberFilteredMessages()))
			.satisfies(TwilioClientPagingTests::assertNoFilterValues)
			.withMessageStartingWith("Twilio's next page of GET " + MESSAGES + " (page 0) is a page this stream has "
					+ "read already");
	}

	@Test
	void pageThatNamesItselfAsTheNextPageFailsWithoutThePhoneNumbersOfItsFilters() {
		String self = "https://user:s3cr3t@api.twilio.com/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
				+ "/Messages.json?To=%2B15558675310&From=whatsapp%3A%2B15005550006&PageSize=1&Page=3&PageToken=PASM3";
		this.server.dispatcher((request) -> Response.json(200, "{\"messages\": [{\"body\": \"message\"}], "
				+ "\"uri\": \"" + self + "\", \"next_page_uri\": \"" + self + "\"}"));
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> streamAll(phoneNumberFilteredMessages()))
			.satisfies(TwilioClientPagingTests::assertNoFilterValues)
			.withMessageStartingWith("Twilio's page of GET " + MESSAGES + " (page 3, PageToken=PASM3) names itself as "
					+ "the next page");
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	@Timeout(30) // without the limit the stream requests pages for ever
	void streamStopsAfterAHundredEmptyPagesInARowWithoutThePhoneNumbersOfItsFilters() {
		this.server.dispatcher((request) -> {
			List<String> token = request.query().get("PageToken");
			int page = (token != null) ? Integer.parseInt(token.get(0).substring(4)) : 0;
			return Response.json(200, "{\"messages\": [], \"next_page_uri\": \"https://user:s3cr3t@api.twilio.com"
					+ "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json?To=%2B15558675310"
					+ "&From=whatsapp%3A%2B15005550006&PageSize=1&Page=" + (page + 1) + "&PageToken=PASM" + (page + 1)
					+ "\"}");
		});
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> streamAll(phoneNumberFilteredMessages()))
			.satisfies(TwilioClientPagingTests::assertNoFilterValues)
			.withMessageStartingWith("Twilio answered 100 empty pages in a row to GET " + MESSAGES)
			.withMessageEndingWith("named the next page (page 100, PageToken=PASM100)");
		assertThat(this.server.requestCount()).isEqualTo(TwilioPages.MAX_EMPTY_PAGES_IN_A_ROW);
	}

	@Test
	void pageTokenThatIsNoCursorIsLeftOutOfTheFailure() {
		String self = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
				+ "/Messages.json?To=%2B15558675310&Page=3&PageToken=%2B15558675310";
		this.server.dispatcher((request) -> Response.json(200, "{\"messages\": [{\"body\": \"message\"}], "
				+ "\"uri\": \"" + self + "\", \"next_page_uri\": \"" + self + "\"}"));
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> streamAll(phoneNumberFilteredMessages()))
			.satisfies(TwilioClientPagingTests::assertNoFilterValues)
			.withMessageStartingWith("Twilio's page of GET " + MESSAGES + " (page 3) names itself as the next page");
	}

	private static TwilioRequest phoneNumberFilteredMessages() {
		return TwilioRequest.get(TwilioDomain.API, MESSAGES)
			.queryParam("To", "+15558675310")
			.queryParam("From", "whatsapp:+15005550006")
			.queryParam("PageSize", 1)
			.build();
	}

	private void streamAll(TwilioRequest request) {
		try (Stream<JsonNode> stream = this.server.client().stream(request, "messages", JsonNode.class)) {
			stream.limit(50).count();
		}
	}

	private static void assertNoFilterValues(TwilioException ex) {
		assertThat(ex.getMessage()).doesNotContain("5558675310", "5005550006", "To=", "From=", "whatsapp", "s3cr3t",
				"api.twilio.com");
	}

	@Test
	void emptyPagesInARowStartCountingAgainAfterAPageWithItems() {
		this.server.dispatcher((request) -> {
			List<String> token = request.query().get("PageToken");
			int page = (token != null) ? Integer.parseInt(token.get(0).substring(2)) : 0;
			String items = (page == 99) ? "[{\"body\": \"page 99\"}]" : "[]";
			String next = (page < 150) ? "\"/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
					+ "/Messages.json?PageSize=1&Page=" + (page + 1) + "&PageToken=PA" + (page + 1) + "\"" : "null";
			return Response.json(200, "{\"messages\": " + items + ", \"next_page_uri\": " + next + "}");
		});
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("PageSize", 1).build();
		try (Stream<JsonNode> stream = this.server.client().stream(request, "messages", JsonNode.class)) {
			assertThat(stream.map((item) -> item.get("body").asString())).containsExactly("page 99");
		}
		assertThat(this.server.requestCount()).isEqualTo(151);
	}

	@Test
	void pageUrlWithCharactersBeyondAsciiIsSentPercentEncodedAndCannotSplitTheRequest() throws Exception {
		try (ServerSocket raw = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			CompletableFuture<String> head = CompletableFuture.supplyAsync(() -> readHeadAndAnswer(raw));
			TwilioClient client = TwilioClient.builder()
				.accountSid(StubTwilioServer.ACCOUNT_SID)
				.authToken("token")
				.baseUrl(URI.create("http://127.0.0.1:" + raw.getLocalPort()))
				.build();
			String path = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/IncomingPhoneNumbers.json";
			// U+010D and U+010A end in the bytes of CR and LF, U+0120 in that of a space
			TwilioRequest page = TwilioRequest
				.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json")
				.build()
				.forPage(path + "?FriendlyName=Caf\u00e9\u010d\u010aX-Injected:\u01201&Page=1");
			client.page(page, "incoming_phone_numbers", JsonNode.class);
			String[] lines = head.get(5, TimeUnit.SECONDS).split("\r\n");
			assertThat(lines[0]).isEqualTo(
					"GET " + path + "?FriendlyName=Caf%C3%A9%C4%8D%C4%8AX-Injected:%C4%A01&Page=1 HTTP/1.1");
			assertThat(lines).noneMatch((line) -> line.startsWith("X-Injected"));
		}
	}

	/**
	 * Read one request head from a bare socket, answer it with an empty page and return
	 * the head as sent.
	 */
	private static String readHeadAndAnswer(ServerSocket raw) {
		try (Socket socket = raw.accept()) {
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			byte[] end = { '\r', '\n', '\r', '\n' };
			int matched = 0;
			while (matched < end.length) {
				int b = in.read();
				if (b < 0) {
					break;
				}
				head.write(b);
				matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
			}
			String body = "{\"incoming_phone_numbers\":[]}";
			OutputStream out = socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
					+ "\r\n\r\n" + body)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return head.toString(StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response servicesPage(String name, @Nullable String url, String nextPageUrl) {
		return Response.json(200, "{\"services\": [{\"friendly_name\": \"" + name + "\"}], \"meta\": {\"key\": "
				+ "\"services\", \"url\": " + ((url != null) ? "\"" + url + "\"" : "null")
				+ ", \"next_page_url\": \"" + nextPageUrl + "\"}}");
	}

	@Test
	void readsItemsOfAPageAsAFetchReadsTheSameResource() {
		String message = "{\"sid\":\"SM1\",\"price\":-0.00750,\"num_segments\":\"2\"}";
		this.server.enqueue(Response.json(200, "{\"messages\":[" + message + ",null],\"page\":0}"),
				Response.json(200, message));
		TwilioClient client = this.server.client();
		Page<Message> page = client.page(messagesRequest(), "messages", Message.class);
		Message fetched = client.execute(TwilioRequest.get(TwilioDomain.API, MESSAGES).build(), Message.class);
		assertThat(page.items()).containsExactly(fetched);
		assertThat(fetched.price()).hasToString("-0.00750");
	}

	@Test
	void readsTheItemsThatMetaNamesWhereverTheyStand() {
		this.server.enqueue(Response.json(200, "{\"services\":[{\"sid\":\"MG0\"}],\"meta\":{\"key\":\"items\","
				+ "\"page\":3,\"page_size\":1},\"items\":[{\"sid\":\"MG1\"}]}"));
		Page<JsonNode> page = this.server.client().page(servicesRequest(), "services", JsonNode.class);
		assertThat(page.items()).extracting((item) -> item.get("sid").asString()).containsExactly("MG1");
		assertThat(page.pageNumber()).isEqualTo(3);
	}

	@Test
	void refusesAPageWithItemsThatAreNoArrayOrWithMoreAfterItsObject() {
		this.server.enqueue(Response.json(200, "{\"messages\":{\"sid\":\"SM1\"},\"page\":0}"),
				Response.json(200, "{\"messages\":[],\"page\":0} {\"messages\":[]}"));
		TwilioClient client = this.server.client();
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.page(messagesRequest(), "messages", JsonNode.class))
			.withMessageContaining("Field 'messages'")
			.withMessageContaining("is not an array");
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> client.page(messagesRequest(), "messages", JsonNode.class))
			.withMessageContaining("list page");
	}

	private static TwilioRequest messagesRequest() {
		return TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("To", "+15558675310").queryParam("PageSize", 2).build();
	}

	private static TwilioRequest servicesRequest() {
		return TwilioRequest.get(TwilioDomain.MESSAGING, SERVICES).queryParam("PageSize", 2).build();
	}

}
