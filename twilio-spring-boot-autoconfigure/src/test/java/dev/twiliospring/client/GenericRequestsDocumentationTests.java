package dev.twiliospring.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the examples of {@code docs/generic-requests.md}: the snippets
 * between {@code tag::} and {@code end::} comments run against a local server, and the
 * document must show them verbatim.
 */
class GenericRequestsDocumentationTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "generic-requests.md");

	private static final Path SOURCE = Path.of("src", "test", "java", "dev", "twiliospring", "client",
			"GenericRequestsDocumentationTests.java");

	private static final String CONVERSATION = "CHaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String MESSAGES_URL = "https://conversations.twilio.com/v1/Conversations/" + CONVERSATION
			+ "/Messages";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final TwilioClient client = this.server.clientBuilder().listener(this.listener).build();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void conversationsExampleRunsAgainstTwilioApi() {
		this.server.enqueue(Response.json(201, conversationJson()), Response.json(201, participantJson()),
				Response.json(201, messageJson(0, "support", "Hi! How can we help?")),
				Response.json(200, MetaPages.page("messages", MESSAGES_URL + "?Order=asc&PageSize=2&Page=0",
						MESSAGES_URL + "?Order=asc&PageSize=2&Page=1&PageToken=PTIM1",
						List.of(messageJson(0, "support", "Hi! How can we help?"),
								messageJson(1, "+15558675310", "My order is late")))),
				Response.json(200, MetaPages.page("messages", MESSAGES_URL, null,
						List.of(messageJson(2, "support", "Sorry! It ships today.")))));
		TwilioClient client = this.client;
		// tag::create[]
		TwilioRequest create = TwilioRequest.post(TwilioDomain.CONVERSATIONS, "/v1/Conversations")
			.param("FriendlyName", "Support request 1234")
			.build();
		JsonNode conversation = client.execute(create, JsonNode.class);
		String conversationSid = conversation.get("sid").asString();
		// end::create[]
		// tag::participant[]
		TwilioRequest addParticipant = TwilioRequest
			.post(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{ConversationSid}/Participants")
			.pathVariable("ConversationSid", conversationSid)
			.params(Map.of("MessagingBinding.Address", "+15558675310",
					"MessagingBinding.ProxyAddress", "+15017122661"))
			.build();
		JsonNode participant = client.execute(addParticipant, JsonNode.class);
		// end::participant[]
		// tag::send[]
		TwilioRequest send = TwilioRequest
			.post(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{ConversationSid}/Messages")
			.pathVariable("ConversationSid", conversationSid)
			.header("X-Twilio-Webhook-Enabled", "true")
			.param("Author", "support")
			.param("Body", "Hi! How can we help?")
			.build();
		ConversationMessage message = client.execute(send, ConversationMessage.class);
		// end::send[]
		// tag::stream[]
		TwilioRequest list = TwilioRequest
			.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{ConversationSid}/Messages")
			.pathVariable("ConversationSid", conversationSid)
			.queryParam("Order", "asc")
			.queryParam("PageSize", 2)
			.build();
		List<String> transcript;
		try (Stream<ConversationMessage> messages = client.stream(list, "messages", ConversationMessage.class)) {
			transcript = messages.map((each) -> each.author() + ": " + each.body()).toList();
		}
		// end::stream[]

		assertThat(conversationSid).isEqualTo(CONVERSATION);
		assertThat(participant.get("sid").asString()).isEqualTo("MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(message).isEqualTo(new ConversationMessage("IM0", 0, "support", "Hi! How can we help?"));
		assertThat(transcript).containsExactly("support: Hi! How can we help?", "+15558675310: My order is late",
				"support: Sorry! It ships today.");
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting((request) -> request.method() + " " + request.path())
			.containsExactly("POST /v1/Conversations", "POST /v1/Conversations/" + CONVERSATION + "/Participants",
					"POST /v1/Conversations/" + CONVERSATION + "/Messages",
					"GET /v1/Conversations/" + CONVERSATION + "/Messages",
					"GET /v1/Conversations/" + CONVERSATION + "/Messages");
		assertThat(requests.get(0).form()).containsExactly(Map.entry("FriendlyName", List.of("Support request 1234")));
		assertThat(requests.get(1).form()).containsOnly(Map.entry("MessagingBinding.Address", List.of("+15558675310")),
				Map.entry("MessagingBinding.ProxyAddress", List.of("+15017122661")));
		assertThat(requests.get(2).header("X-Twilio-Webhook-Enabled")).isEqualTo("true");
		assertThat(requests.get(2).bodyAsString()).isEqualTo("Author=support&Body=Hi%21+How+can+we+help%3F");
		assertThat(requests.get(3).rawQuery()).isEqualTo("Order=asc&PageSize=2");
		assertThat(requests.get(4).rawQuery()).isEqualTo("Order=asc&PageSize=2&Page=1&PageToken=PTIM1");
		assertThat(requests).allSatisfy((request) -> assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN));
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::domain)
			.containsOnly(TwilioDomain.CONVERSATIONS);
		assertThat(this.listener.contexts()).extracting(TwilioRequestContext::pathTemplate)
			.containsExactly("/v1/Conversations", "/v1/Conversations/{ConversationSid}/Participants",
					"/v1/Conversations/{ConversationSid}/Messages", "/v1/Conversations/{ConversationSid}/Messages",
					"/v1/Conversations/{ConversationSid}/Messages");
	}

	@Test
	void pageByPageExampleFollowsNextPageLinks() {
		this.server.enqueue(
				Response.json(200, MetaPages.page("messages", MESSAGES_URL, MESSAGES_URL + "?PageSize=1&Page=1",
						List.of(messageJson(0, "support", "one")))),
				Response.json(200, MetaPages.page("messages", MESSAGES_URL, null, List.of(messageJson(1, "support", "two")))));
		TwilioClient client = this.client;
		String conversationSid = CONVERSATION;
		List<ConversationMessage> all = new ArrayList<>();
		// tag::pages[]
		TwilioRequest firstPage = TwilioRequest
			.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{ConversationSid}/Messages")
			.pathVariable("ConversationSid", conversationSid)
			.queryParam("PageSize", 1)
			.build();
		Page<ConversationMessage> page = client.page(firstPage, "messages", ConversationMessage.class);
		all.addAll(page.items());
		while (page.hasNext()) {
			page = client.page(firstPage.forPage(page.nextPageUrl()), "messages", ConversationMessage.class);
			all.addAll(page.items());
		}
		// end::pages[]
		assertThat(all).extracting(ConversationMessage::body).containsExactly("one", "two");
		assertThat(this.server.requests().get(1).rawQuery()).isEqualTo("PageSize=1&Page=1");
	}

	@Test
	void resumeExampleFetchesTheSavedPageAndRefusesOneOfAnotherConversation() {
		this.server.enqueue(Response.json(200,
				MetaPages.page("messages", MESSAGES_URL, null, List.of(messageJson(1, "support", "two")))));
		TwilioClient client = this.client;
		TwilioRequest firstPage = TwilioRequest
			.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{ConversationSid}/Messages")
			.pathVariable("ConversationSid", CONVERSATION)
			.queryParam("PageSize", 1)
			.build();
		String savedPageUrl = MESSAGES_URL + "?PageSize=1&Page=1&PageToken=PTIM0";
		// tag::resume[]
		Page<ConversationMessage> page = client.page(firstPage, savedPageUrl, "messages", ConversationMessage.class);
		// end::resume[]
		assertThat(page.items()).extracting(ConversationMessage::body).containsExactly("two");
		assertThat(this.server.takeRequest().rawQuery()).isEqualTo("PageSize=1&Page=1&PageToken=PTIM0");
		String otherConversation = "https://conversations.twilio.com/v1/Conversations/CH" + "b".repeat(32)
				+ "/Messages?Page=1";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.page(firstPage, otherConversation, "messages", ConversationMessage.class))
			.withMessageContaining("not a page of /v1/Conversations/{ConversationSid}/Messages");
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void errorExampleSeesTwilioErrorCode() {
		this.server.enqueue(Response.json(404,
				"{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}"));
		TwilioClient client = this.client;
		String conversationSid = "CHmissing";
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> {
			// tag::errors[]
			try {
				client.execute(TwilioRequest.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations/{Sid}")
					.pathVariable("Sid", conversationSid)
					.build(), JsonNode.class);
			}
			catch (TwilioApiException ex) {
				if (ex.hasCode(TwilioErrorCodes.NOT_FOUND)) {
					// the conversation was deleted or never existed
				}
				throw ex;
			}
			// end::errors[]
		}).satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void jsonBodyExampleSendsTheJsonToTheContentApi() {
		this.server.enqueue(Response.json(201, "{\"sid\":\"HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\","
				+ "\"friendly_name\":\"order_update\",\"language\":\"en\"}"));
		TwilioClient client = this.client;
		// tag::json[]
		String json = """
		        {"friendly_name": "order_update", "language": "en",
		         "types": {"twilio/text": {"body": "Your order {{1}} has shipped"}}}
		        """;
		JsonNode template = client.execute(TwilioRequest.post(TwilioDomain.of("content"), "/v1/Content")
			.body(json, MediaType.APPLICATION_JSON)
			.build(), JsonNode.class);
		// end::json[]
		assertThat(template.get("sid").asString()).isEqualTo("HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/Content");
		assertThat(request.header("Content-Type")).startsWith("application/json");
		assertThat(request.bodyAsString()).isEqualTo(json);
	}

	@Test
	void downloadExampleFollowsTheRedirectWithoutCredentials() {
		try (StubTwilioServer storage = StubTwilioServer.start()) {
			String link = storage.baseUrl() + "/RE1.mp3?Signature=abc";
			this.server.enqueue(Response.empty(307).header("Location", link));
			storage.enqueue(Response.bytes(200, "audio/mpeg", new byte[] { (byte) 0xFF, (byte) 0xFB }));
			TwilioClient client = this.client;
			String recordingSid = "RE1";
			// tag::download[]
			byte[] mp3 = client.execute(TwilioRequest
				.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3")
				.pathVariable("Sid", recordingSid)
				.build(), byte[].class);
			// end::download[]
			assertThat(mp3).containsExactly(0xFF, 0xFB);
			assertThat(this.server.takeRequest().basicCredentials()).startsWith(StubTwilioServer.ACCOUNT_SID);
			assertThat(storage.takeRequest().header("Authorization")).isNull();
		}
	}

	@Test
	void outboxExampleSendsEveryAttemptWithTheOutboxTokenAndTellsWhatToDoNext() {
		TwilioClient client = this.server.clientBuilder().maxRetries(1).sleeper((delay) -> {
		}).build();
		Outbox outbox = new Outbox();
		this.server.enqueue(Response.json(503, "{}"), Response.fixture(201, "message-queued.json"));
		sendShippedMessage(client, outbox, 42);
		this.server.enqueue(Response.json(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}"));
		sendShippedMessage(client, outbox, 43);
		this.server.enqueue(Response.json(500, "{}"), Response.json(500, "{}"));
		sendShippedMessage(client, outbox, 44);
		assertThat(outbox.events).containsExactly("42 sent as SMb7c0a2ce80504485a6f653a7110836f5", "43 retry later",
				"44 check");
		assertThat(this.server.requests()).extracting((request) -> request.header("I-Twilio-Idempotency-Token"))
			.containsExactly("order-42-shipped", "order-42-shipped", "order-43-shipped", "order-44-shipped",
					"order-44-shipped");
		assertThat(this.server.requests().get(0).form()).containsEntry("Body", List.of("Your order 42 has shipped"));
	}

	private static void sendShippedMessage(TwilioClient client, Outbox outbox, long orderId) {
		// tag::outbox[]
		TwilioRequest send = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.header("I-Twilio-Idempotency-Token", "order-" + orderId + "-shipped")
			.params(MessageCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.body("Your order " + orderId + " has shipped")
				.build()
				.parameters())
			.build();
		try {
			Message message = client.execute(send, Message.class);
			outbox.sent(orderId, message.sid());
		}
		catch (TwilioException ex) {
			if (ex.mayHaveBeenProcessed()) {
				outbox.check(orderId); // look the message up before sending it again
			}
			else {
				outbox.retryLater(orderId);
			}
		}
		// end::outbox[]
	}

	@Test
	void documentShowsTheTestedSnippetsVerbatim() throws IOException {
		String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		Map<String, String> snippets = snippets(Files.readString(SOURCE, StandardCharsets.UTF_8));
		assertThat(snippets).containsOnlyKeys("record", "create", "participant", "send", "stream", "pages",
				"resume", "errors", "json", "download", "outbox");
		snippets.forEach((name, snippet) -> assertThat(document).as("snippet '%s' in %s", name, DOCUMENT)
			.contains(snippet));
	}

	private static Map<String, String> snippets(String source) {
		Map<String, String> snippets = new LinkedHashMap<>();
		Matcher matcher = Pattern.compile("(?s)// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]").matcher(source);
		while (matcher.find()) {
			snippets.put(matcher.group(1), outdent(matcher.group(2)));
		}
		return snippets;
	}

	private static String outdent(String code) {
		List<String> lines = code.lines().toList();
		int indent = lines.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		return String.join("\n", lines.stream().map((line) -> line.isBlank() ? "" : line.substring(indent)).toList())
			.replace("\t", "    ");
	}

	private static String conversationJson() {
		return "{\"sid\":\"" + CONVERSATION + "\",\"account_sid\":\"" + StubTwilioServer.ACCOUNT_SID
				+ "\",\"chat_service_sid\":\"ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"friendly_name\":\"Support request 1234\","
				+ "\"state\":\"active\",\"date_created\":\"2025-05-01T10:00:00Z\",\"url\":"
				+ "\"https://conversations.twilio.com/v1/Conversations/" + CONVERSATION + "\"}";
	}

	private static String participantJson() {
		return "{\"sid\":\"MBaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"conversation_sid\":\"" + CONVERSATION
				+ "\",\"identity\":null,\"messaging_binding\":{\"type\":\"sms\",\"address\":\"+15558675310\","
				+ "\"proxy_address\":\"+15017122661\"}}";
	}

	private static String messageJson(int index, String author, String body) {
		return "{\"sid\":\"IM" + index + "\",\"conversation_sid\":\"" + CONVERSATION + "\",\"index\":" + index
				+ ",\"author\":\"" + author + "\",\"body\":\"" + body + "\",\"date_created\":\"2025-05-01T10:00:0" + index
				+ "Z\"}";
	}

	static final class Outbox {

		private final List<String> events = new ArrayList<>();

		void sent(long orderId, String messageSid) {
			this.events.add(orderId + " sent as " + messageSid);
		}

		void check(long orderId) {
			this.events.add(orderId + " check");
		}

		void retryLater(long orderId) {
			this.events.add(orderId + " retry later");
		}

	}

	// tag::record[]
	record ConversationMessage(@JsonProperty("sid") String sid, @JsonProperty("index") int index,
			@JsonProperty("author") String author, @JsonProperty("body") String body) {
	}
	// end::record[]

}
