package dev.twiliospring.client.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.client.TwilioResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MessageResource}.
 */
class MessageResourceTests {

	private static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages";

	private static final String SID = "SMb7c0a2ce80504485a6f653a7110836f5";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final MessageResource messages = this.server.client().messages();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createSendsSms() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		Message message = this.messages.create(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.body("Hello! 👍")
			.statusCallback("https://example.com/twilio/status")
			.build());
		assertThat(message.status()).isEqualTo(Message.Status.QUEUED);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo(MESSAGES_PATH + ".json");
		assertThat(request.bodyAsString()).isEqualTo("To=%2B15558675310&From=%2B15017122661&Body=Hello%21+%F0%9F%91%8D"
				+ "&StatusCallback=https%3A%2F%2Fexample.com%2Ftwilio%2Fstatus");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
	}

	@Test
	void createSendsMmsWithRepeatedMediaUrl() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.messages.create(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.mediaUrl("https://example.com/cat.jpg")
			.mediaUrl(URI.create("https://example.com/dog.jpg"))
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("From", List.of("+15017122661")),
				Map.entry("MediaUrl", List.of("https://example.com/cat.jpg", "https://example.com/dog.jpg")));
	}

	@Test
	void createSendsScheduledWhatsAppTemplateThroughMessagingService() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("1", "Ada");
		variables.put("2", "12/1");
		this.messages.create(MessageCreateRequest.builder()
			.to("whatsapp:+15558675310")
			.messagingServiceSid("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.contentSid("HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.contentVariables(variables)
			.sendAt(OffsetDateTime.of(2025, 6, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2)))
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("To", List.of("whatsapp:+15558675310")),
				Map.entry("MessagingServiceSid", List.of("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("ContentSid", List.of("HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")),
				Map.entry("ContentVariables", List.of("{\"1\":\"Ada\",\"2\":\"12/1\"}")),
				Map.entry("SendAt", List.of("2025-06-01T10:30:00Z")), Map.entry("ScheduleType", List.of("fixed")));
	}

	@Test
	void createSendsOptionalParametersInTwilioFormat() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.messages.create(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.messagingServiceSid("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.body("x")
			.validityPeriod(Duration.ofMinutes(10))
			.riskCheck(false)
			.contentRetention(MessageCreateRequest.ContentRetention.DISCARD)
			.shortenUrls(true)
			.param("Tags", "{\"campaign\":\"spring\"}")
			.build());
		assertThat(this.server.takeRequest().form()).containsEntry("ValidityPeriod", List.of("600"))
			.containsEntry("RiskCheck", List.of("disable"))
			.containsEntry("ContentRetention", List.of("discard"))
			.containsEntry("ShortenUrls", List.of("true"))
			.containsEntry("Tags", List.of("{\"campaign\":\"spring\"}"));
	}

	@Test
	void createRejectsMissingRequiredParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder().from("+15017122661").body("x").build())
			.withMessage("A message needs a recipient: call to(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder().to("+15558675310").body("x").build())
			.withMessage("A message needs a sender: call from(...) or messagingServiceSid(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder().to("+15558675310").from("+15017122661").build())
			.withMessage("A message needs content: call body(...), mediaUrl(...) or contentSid(...)");
	}

	// Twilio answers 21910 to a message between WhatsApp and another channel, and 21654
	// to ContentVariables without the ContentSid of the template they fill in.
	@Test
	void createRejectsWhatsAppOnOneSideOnlyAndVariablesWithoutTemplate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from("whatsapp:+14155238886")
				.body("x")
				.build())
			.withMessage("A WhatsApp message needs whatsapp: addresses on both sides: from(\"whatsapp:+14155238886\") "
					+ "but to(\"+15558675310\"); write to(\"whatsapp:+15558675310\")");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("WhatsApp:+15558675310")
				.from("+14155238886")
				.body("x")
				.build())
			.withMessage("A WhatsApp message needs whatsapp: addresses on both sides: to(\"WhatsApp:+15558675310\") "
					+ "but from(\"+14155238886\"); write from(\"whatsapp:+14155238886\")");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("whatsapp:+15558675310")
				.from("whatsapp:+14155238886")
				.contentVariables(Map.of("1", "Ada"))
				.body("x")
				.build())
			.withMessage("Content variables fill in a template: call contentSid(...) with the template's SID (HX...)");
		assertThat(MessageCreateRequest.builder()
			.to("whatsapp:+15558675310")
			.messagingServiceSid("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.body("x")
			.build()
			.parameters()
			.getFirst("To")).isEqualTo("whatsapp:+15558675310");
	}

	// Twilio's error 21910: a channel address of another channel, which no prefix fixes
	@Test
	void createRejectsWhatsAppToAnotherChannelWithoutAdvisingAPrefix() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("messenger:1234567890")
				.from("whatsapp:+14155238886")
				.body("x")
				.build())
			.withMessage("A WhatsApp message needs whatsapp: addresses on both sides: from(\"whatsapp:+14155238886\") "
					+ "but to(\"messenger:1234567890\"); send each channel's messages between addresses of that channel");
	}

	// Twilio's error 21603: From takes a messaging service SID too, and the service then
	// sends from its sender of the recipient's channel, as with MessagingServiceSid
	@Test
	void createTakesAMessagingServiceSidAsTheSenderOfAWhatsAppMessage() {
		TwilioParameters parameters = MessageCreateRequest.builder()
			.to("whatsapp:+15558675310")
			.from("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.body("x")
			.build()
			.parameters();
		assertThat(parameters.getFirst("From")).isEqualTo("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(parameters.getFirst("To")).isEqualTo("whatsapp:+15558675310");
	}

	// CreateMessage, MessagingServiceSid: "^MG[0-9a-fA-F]{32}$"; the emulator takes a
	// From by the same rule, and answers 21212 to one that breaks it
	@Test
	void createRejectsASenderThatIsAMessagingServiceSidWithoutHexadecimalDigits() {
		String notHex = "MG" + "z".repeat(32);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder().to("whatsapp:+15558675310").from(notHex).body("x").build())
			.withMessage("from(\"" + notHex + "\") is no messaging service SID, which is MG and 32 hexadecimal "
					+ "digits: copy the SID of the service from the Twilio Console");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from(notHex)
				.body("x")
				.sendAt(Instant.parse("2025-06-01T10:30:00Z"))
				.build())
			.withMessageStartingWith("from(\"" + notHex + "\") is no messaging service SID");
		assertThat(MessageCreateRequest.builder()
			.to("whatsapp:+15558675310")
			.from("MG0123456789abcdefABCDEF0123456789")
			.body("x")
			.build()
			.parameters()
			.getFirst("From")).isEqualTo("MG0123456789abcdefABCDEF0123456789");
	}

	// A SID read from a file or an environment variable can end in a line break: taken
	// for a phone number, it got advice to prefix it with whatsapp: or to add a service
	@Test
	void createRejectsAMessagingServiceSidAsTheSenderWithWhitespaceAroundIt() {
		String sid = "MG0123456789abcdef0123456789abcdef";
		for (String from : List.of(sid + "\n", " " + sid, sid + " ")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> MessageCreateRequest.builder().to("whatsapp:+15558675310").from(from).body("x").build())
				.withMessage("from(...) has whitespace around the messaging service SID " + sid
						+ ", which Twilio would not take for one: remove it");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> MessageCreateRequest.builder()
					.to("+15558675310")
					.from(from)
					.body("x")
					.sendAt(Instant.parse("2025-06-01T10:30:00Z"))
					.build())
				.withMessageStartingWith("from(...) has whitespace around the messaging service SID");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from(" MG" + "z".repeat(32))
				.body("x")
				.build())
			.withMessage("from(\" MG" + "z".repeat(32) + "\") is no messaging service SID, which is MG and 32 "
					+ "hexadecimal digits: copy the SID of the service from the Twilio Console");
		// An alphanumeric sender ID has at most 11 characters, and may start with MG
		assertThat(MessageCreateRequest.builder()
			.to("+447700900123")
			.from("MGShop")
			.body("x")
			.build()
			.parameters()
			.getFirst("From")).isEqualTo("MGShop");
	}

	// Twilio's support article on WhatsApp media: unlike MMS, a WhatsApp message carries
	// one attachment, and Twilio ignores the others.
	@Test
	void createRejectsMoreThanOneMediaUrlOnWhatsApp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("whatsapp:+15558675310")
				.from("whatsapp:+14155238886")
				.mediaUrl("https://example.com/label.png", "https://example.com/receipt.pdf")
				.build())
			.withMessage("A WhatsApp message carries one media file, and Twilio would drop the other 1: "
					+ "send each media URL in a message of its own");
		assertThat(MessageCreateRequest.builder()
			.to("whatsapp:+15558675310")
			.from("whatsapp:+14155238886")
			.mediaUrl("https://example.com/label.png")
			.build()
			.parameters()
			.get("MediaUrl")).containsExactly("https://example.com/label.png");
		assertThat(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+14155238886")
			.mediaUrl("https://example.com/label.png", "https://example.com/receipt.pdf")
			.build()
			.parameters()
			.get("MediaUrl")).hasSize(2);
	}

	// CreateMessage, ScheduleType: "For Messaging Services only"; Twilio refuses a
	// scheduled message sent from a number instead of through a messaging service.
	@Test
	void createRejectsScheduledMessageWithoutMessagingService() {
		Instant sendAt = Instant.parse("2025-06-01T10:30:00Z");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.body("x")
				.sendAt(sendAt)
				.build())
			.withMessage("A scheduled message needs a messaging service: call messagingServiceSid(...), "
					+ "or from(...) with its SID, since Twilio only schedules messages sent through one");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.body("x")
				.param("SendAt", sendAt)
				.build())
			.withMessageStartingWith("A scheduled message needs a messaging service");
		MessageCreateRequest request = MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.messagingServiceSid("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.body("x")
			.sendAt(sendAt)
			.build();
		assertThat(request.parameters().get("ScheduleType")).containsExactly("fixed");
	}

	// Twilio's error 35118: a scheduled message names its messaging service in
	// MessagingServiceSid or in From
	@Test
	void createSendsScheduledMessageThroughAMessagingServiceSidGivenAsTheSender() {
		this.server.enqueue(Response.fixture(201, "message-queued.json"));
		this.messages.create(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.body("x")
			.sendAt(Instant.parse("2025-06-01T10:30:00Z"))
			.build());
		assertThat(this.server.takeRequest().form()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("From", List.of("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")), Map.entry("Body", List.of("x")),
				Map.entry("SendAt", List.of("2025-06-01T10:30:00Z")), Map.entry("ScheduleType", List.of("fixed")));
	}

	// CreateMessage, ShortenUrls: "If true, the messaging_service_sid parameter must also
	// be provided."
	@Test
	void createRejectsShortenedLinksWithoutMessagingService() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.body("Sale: https://example.com/sale")
				.shortenUrls(true)
				.build())
			.withMessageStartingWith("Shortening links needs a messaging service: call messagingServiceSid(...)");
		// The service named in From only, the parameter ShortenUrls asks for is missing
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
				.body("Sale: https://example.com/sale")
				.shortenUrls(true)
				.build())
			.withMessage("Shortening links needs the messaging service in messagingServiceSid(...), which Twilio "
					+ "asks for even where from(...) is the service's SID: "
					+ "call messagingServiceSid(\"MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\")");
		assertThat(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.body("x")
			.shortenUrls(false)
			.build()
			.parameters()
			.get("ShortenUrls")).containsExactly("false");
		assertThat(MessageCreateRequest.builder()
			.to("+15558675310")
			.messagingServiceSid("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
			.body("x")
			.shortenUrls(true)
			.build()
			.parameters()
			.get("ShortenUrls")).containsExactly("true");
	}

	// CreateMessage, MediaUrl: "You can include up to ten media_url parameters per message."
	@Test
	void createRejectsMoreThanTenMediaUrls() {
		List<String> ten = IntStream.range(0, 10).mapToObj((i) -> "https://example.com/" + i + ".png").toList();
		assertThat(MessageCreateRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.mediaUrls(ten)
			.build()
			.parameters()
			.get("MediaUrl")).hasSize(10);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageCreateRequest.builder()
				.to("+15558675310")
				.from("+15017122661")
				.mediaUrls(ten)
				.mediaUrl("https://example.com/10.png")
				.build())
			.withMessage("A message takes at most 10 media URLs, not 11: send the others in another message");
	}

	@Test
	void createWithResponseExposesRequestId() {
		this.server.enqueue(Response.fixture(201, "message-queued.json").header("Twilio-Request-Id", "RQcreate"));
		TwilioResponse<Message> response = this.messages
			.createWithResponse(MessageCreateRequest.builder().to("+1").from("+2").body("x").build());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.requestId()).isEqualTo("RQcreate");
		assertThat(response.body().sid()).isEqualTo(SID);
	}

	@Test
	void fetchMapsEveryField() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		Message message = this.messages.fetch(SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo(MESSAGES_PATH + "/" + SID + ".json");
		assertThat(message.sid()).isEqualTo(SID);
		assertThat(message.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(message.messagingServiceSid()).isEqualTo("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(message.from()).isEqualTo("+12019235161");
		assertThat(message.to()).isEqualTo("+18182008801");
		assertThat(message.body()).isEqualTo("testing");
		assertThat(message.status()).isEqualTo(Message.Status.SENT);
		assertThat(message.direction()).isEqualTo(Message.Direction.OUTBOUND_API);
		assertThat(message.numSegments()).isEqualTo(1);
		assertThat(message.numMedia()).isZero();
		assertThat(message.price()).isEqualByComparingTo("-0.00750");
		assertThat(message.priceUnit()).isEqualTo("USD");
		assertThat(message.errorCode()).isEqualTo(30007);
		assertThat(message.errorMessage()).isEqualTo("Carrier violation");
		assertThat(message.dateCreated()).isEqualTo(OffsetDateTime.of(2019, 5, 24, 17, 18, 27, 0, ZoneOffset.UTC));
		assertThat(message.dateSent()).isEqualTo(OffsetDateTime.of(2019, 5, 24, 17, 18, 28, 0, ZoneOffset.UTC));
		assertThat(message.dateUpdated()).isEqualTo(OffsetDateTime.of(2019, 5, 24, 17, 18, 28, 0, ZoneOffset.UTC));
		assertThat(message.apiVersion()).isEqualTo("2010-04-01");
		assertThat(message.uri()).isEqualTo(MESSAGES_PATH + "/" + SID + ".json");
		assertThat(message.subresourceUris()).containsEntry("media", MESSAGES_PATH + "/" + SID + "/Media.json")
			.containsKey("feedback");
	}

	@Test
	void fetchMapsUnknownEnumValuesToUnknownAndNullsToNull() {
		this.server.enqueue(Response.fixture(200, "message-unknown-enums.json"));
		Message message = this.messages.fetch(SID);
		assertThat(message.status()).isEqualTo(Message.Status.UNKNOWN);
		assertThat(message.direction()).isEqualTo(Message.Direction.UNKNOWN);
		assertThat(message.price()).isNull();
		assertThat(message.dateSent()).isNull();
	}

	@Test
	void fetchOfMissingMessageThrowsNotFound() {
		this.server.enqueue(Response.json(404, "{\"code\":20404,\"message\":\"The requested resource "
				+ MESSAGES_PATH + "/SMx.json was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\","
				+ "\"status\":404}"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.messages.fetch("SMx"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void listSendsFilters() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"));
		Page<Message> page = this.messages.list(MessageListRequest.builder()
			.to("+15558675310")
			.from("+15017122661")
			.dateSent(LocalDate.of(2025, 5, 1))
			.dateSentBefore(Instant.parse("2025-05-31T23:59:59Z"))
			.dateSentAfter(LocalDate.of(2025, 4, 1))
			.pageSize(2)
			.build());
		assertThat(page.items()).extracting(Message::body).containsExactly("message 1", "message 2");
		assertThat(page.hasNext()).isTrue();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo(MESSAGES_PATH + ".json");
		assertThat(request.rawQuery()).isEqualTo("To=%2B15558675310&From=%2B15017122661&DateSent=2025-05-01"
				+ "&DateSent%3C=2025-05-31T23%3A59%3A59Z&DateSent%3E=2025-04-01&PageSize=2");
	}

	@Test
	void listRejectsPageSizeAboveMaximum() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageListRequest.builder().pageSize(1001))
			.withMessage("PageSize must be between 1 and 1000, got 1001");
	}

	@Test
	void nextPageFollowsNextPageUri() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"), Response.fixture(200, "messages-page-2.json"));
		Page<Message> first = this.messages.list();
		Page<Message> last = this.messages.nextPage(first).orElseThrow();
		assertThat(last.items()).extracting(Message::body).containsExactly("message 5", "message 6");
		assertThat(this.messages.nextPage(last)).isEmpty();
		assertThat(this.server.requests().get(1).rawQuery())
			.isEqualTo("To=%2B15558675310&PageSize=2&Page=1&PageToken=PASMa1");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void streamPagesLazily() {
		this.server.enqueue(Response.fixture(200, "messages-page-0.json"), Response.fixture(200, "messages-page-1.json"),
				Response.fixture(200, "messages-page-2.json"));
		try (Stream<Message> stream = this.messages.stream(MessageListRequest.builder().pageSize(2).build())) {
			assertThat(stream.limit(4).map(Message::body)).containsExactly("message 1", "message 2", "message 3",
					"message 4");
		}
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void cancelUpdatesStatus() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		this.messages.cancel(SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo(MESSAGES_PATH + "/" + SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("Status=canceled");
	}

	@Test
	void redactSendsEmptyBody() {
		this.server.enqueue(Response.fixture(200, "message.json"));
		this.messages.update(SID, MessageUpdateRequest.redact());
		assertThat(this.server.takeRequest().bodyAsString()).isEqualTo("Body=");
	}

	@Test
	void updateRejectsOtherStatusesAndEmptyChanges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageUpdateRequest.builder().status(Message.Status.DELIVERED))
			.withMessageContaining("only be updated to 'canceled'");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageUpdateRequest.builder().build())
			.withMessageContaining("body(\"\") to redact");
	}

	@Test
	void deleteSendsDelete() {
		this.server.enqueue(Response.empty(204));
		this.messages.delete(SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("DELETE");
		assertThat(request.path()).isEqualTo(MESSAGES_PATH + "/" + SID + ".json");
		assertThat(request.body()).isEmpty();
	}

	// CreateMessageFeedback: POST .../Messages/{MessageSid}/Feedback.json, 200
	@Test
	void feedbackPostsOutcomeOfMessage() {
		String messageSid = "MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
		this.server.enqueue(Response.fixture(200, "message-feedback.json").header("Twilio-Request-Id", "RQfeedback"));
		TwilioResponse<MessageFeedback> response = this.messages.feedbackWithResponse(messageSid,
				MessageFeedback.Outcome.CONFIRMED);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo(MESSAGES_PATH + "/" + messageSid + "/Feedback.json");
		assertThat(request.bodyAsString()).isEqualTo("Outcome=confirmed");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.requestId()).isEqualTo("RQfeedback");
		MessageFeedback feedback = response.body();
		assertThat(feedback.accountSid()).isEqualTo("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
		assertThat(feedback.messageSid()).isEqualTo(messageSid);
		assertThat(feedback.outcome()).isEqualTo(MessageFeedback.Outcome.CONFIRMED);
		assertThat(feedback.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(feedback.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(feedback.uri()).isEqualTo("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/"
				+ messageSid + "/Feedback.json");
	}

	@Test
	void feedbackOfSubaccountMessageUsesItsPathAndReadsUnknownOutcome() {
		this.server.enqueue(Response.json(200, "{\"message_sid\":\"" + SID + "\",\"outcome\":\"partial\"}"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		MessageFeedback feedback = this.server.client()
			.forAccount(subaccount)
			.messages()
			.feedback(SID, MessageFeedback.Outcome.UNCONFIRMED);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + subaccount + "/Messages/" + SID + "/Feedback.json");
		assertThat(request.bodyAsString()).isEqualTo("Outcome=unconfirmed");
		assertThat(feedback.outcome()).isEqualTo(MessageFeedback.Outcome.UNKNOWN);
	}

	@Test
	void feedbackNeedsMessageSidAndOutcome() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.messages.feedback(" ", MessageFeedback.Outcome.CONFIRMED))
			.withMessage("Message SID must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.messages.feedback(SID, null))
			.withMessage("Outcome must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.messages.feedback(SID, MessageFeedback.Outcome.UNKNOWN))
			.withMessageStartingWith("Outcome cannot be UNKNOWN");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void rejectsEmptySid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.messages.fetch(" "))
			.withMessage("Message SID must not be empty");
	}

	// CreateMessage, ValidityPeriod: "Accepted values are integers from 1 to 36000." A
	// sub-second duration was sent as 0, and null failed with a NullPointerException.
	@Test
	void validityPeriodRejectsDurationsTwilioRefuses() {
		MessageCreateRequest.Builder builder = MessageCreateRequest.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(Duration.ofMillis(500)))
			.withMessage("ValidityPeriod must be whole seconds between 1 and 36000, got PT0.5S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(Duration.ofHours(11)))
			.withMessage("ValidityPeriod must be whole seconds between 1 and 36000, got PT11H");
		// was sent as ValidityPeriod=1
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(Duration.ofMillis(1999)))
			.withMessage("ValidityPeriod must be whole seconds between 1 and 36000, got PT1.999S");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.validityPeriod(null))
			.withMessage("ValidityPeriod must not be null");
		builder.to("+15558675310").from("+15017122661").body("x").validityPeriod(Duration.ofHours(10));
		assertThat(builder.build().parameters().get("ValidityPeriod")).containsExactly("36000");
	}

}
