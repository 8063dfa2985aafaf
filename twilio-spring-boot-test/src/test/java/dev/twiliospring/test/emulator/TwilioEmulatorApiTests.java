package dev.twiliospring.test.emulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.AccountUpdateRequest;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Media;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageFeedback;
import dev.twiliospring.client.api.MessageListRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the REST API of {@link TwilioEmulator}, through the real {@link TwilioClient}.
 */
class TwilioEmulatorApiTests {

	private static final String CUSTOMER = "+14155550100";

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void createsMessageInTwilioShape() {
		Message message = this.client.messages().create(sms(CUSTOMER, "Hello"));
		assertThat(message.sid()).matches("SM[0-9a-f]{32}");
		assertThat(message.accountSid()).isEqualTo(this.emulator.accountSid());
		assertThat(message.status()).isEqualTo(Message.Status.QUEUED);
		assertThat(message.direction()).isEqualTo(Message.Direction.OUTBOUND_API);
		assertThat(message.numSegments()).isEqualTo(1);
		assertThat(message.numMedia()).isZero();
		assertThat(message.dateCreated()).isNotNull();
		assertThat(message.uri()).isEqualTo(
				"/2010-04-01/Accounts/" + this.emulator.accountSid() + "/Messages/" + message.sid() + ".json");
		assertThat(message.subresourceUris()).containsKey("media");
		assertThat(this.emulator.message(message.sid())).hasValueSatisfying(
				(emulated) -> assertThat(emulated.body()).isEqualTo("Hello"));
	}

	@Test
	void messageIsDeliveredAndFetchable() {
		Message message = this.client.messages().create(sms(CUSTOMER, "Hello"));
		this.emulator.awaitMessageStatus(message.sid(), "delivered", Duration.ofSeconds(5));
		Message fetched = this.client.messages().fetch(message.sid());
		assertThat(fetched.status()).isEqualTo(Message.Status.DELIVERED);
		assertThat(fetched.dateSent()).isNotNull();
		assertThat(fetched.price()).isNegative();
		assertThat(fetched.priceUnit()).isEqualTo("USD");
	}

	@Test
	void mmsHasMmPrefixAndMedia() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.mediaUrl("https://example.com/a.png", "https://example.com/b.jpg")
				.build());
		assertThat(message.sid()).matches("MM[0-9a-f]{32}");
		assertThat(message.numMedia()).isEqualTo(2);
		Page<Media> media = this.client.messages().media().list(message.sid());
		assertThat(media.items()).extracting(Media::contentType).containsExactly("image/png", "image/jpeg");
		assertThat(media.items()).allSatisfy((item) -> assertThat(item.sid()).matches("ME[0-9a-f]{32}"));
	}

	@Test
	void deletesMediaOfAMessage() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.mediaUrl("https://example.com/a.png", "https://example.com/b.jpg")
				.build());
		List<Media> media = this.client.messages().media().list(message.sid()).items();
		String deleted = media.get(0).sid();
		assertThat(this.client.messages().media().deleteWithResponse(message.sid(), deleted).statusCode())
			.isEqualTo(204);
		assertThat(this.client.messages().media().list(message.sid()).items()).extracting(Media::sid)
			.containsExactly(media.get(1).sid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().media().fetch(message.sid(), deleted))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest
				.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}")
				.pathVariable("MessageSid", message.sid())
				.pathVariable("Sid", deleted)
				.build(), byte[].class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().media().delete(message.sid(), deleted))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
		assertThat(this.client.messages().fetch(message.sid()).numMedia()).isEqualTo(2);
	}

	@Test
	void listsNewestFirstWithPagingAndFilters() {
		for (int i = 0; i < 5; i++) {
			this.client.messages().create(sms(CUSTOMER, "to customer " + i));
		}
		this.client.messages().create(sms("+14155550111", "to someone else"));
		Page<Message> first = this.client.messages().list(MessageListRequest.builder().to(CUSTOMER).pageSize(2).build());
		assertThat(first.items()).extracting(Message::body).containsExactly("to customer 4", "to customer 3");
		assertThat(first.hasNext()).isTrue();
		assertThat(first.nextPageUrl()).contains("To=%2B14155550100").contains("PageSize=2").contains("Page=1");
		List<String> all = this.client.messages()
			.stream(MessageListRequest.builder().to(CUSTOMER).pageSize(2).build())
			.map(Message::body)
			.toList();
		assertThat(all).hasSize(5).startsWith("to customer 4").endsWith("to customer 0");
		assertThat(this.client.messages().list().items()).hasSize(6);
		assertThat(this.client.messages().list(MessageListRequest.builder().from("+14155559999").build()).items())
			.isEmpty();
	}

	@Test
	void nextPageGoesOnAfterLastItemWhenMessagesAreSentMeanwhile() {
		for (int i = 0; i < 5; i++) {
			this.client.messages().create(sms(CUSTOMER, "before " + i));
		}
		Page<Message> first = this.client.messages().list(MessageListRequest.builder().pageSize(2).build());
		assertThat(first.items()).extracting(Message::body).containsExactly("before 4", "before 3");
		this.client.messages().create(sms(CUSTOMER, "meanwhile 0"));
		this.client.messages().create(sms(CUSTOMER, "meanwhile 1"));
		Page<Message> second = this.client.messages().nextPage(first).orElseThrow();
		assertThat(second.items()).extracting(Message::body).containsExactly("before 2", "before 1");
		this.client.messages().create(sms(CUSTOMER, "meanwhile 2"));
		assertThat(this.client.messages().nextPage(second).orElseThrow().items()).extracting(Message::body)
			.containsExactly("before 0");
	}

	@Test
	void filtersByDateSent() {
		Message message = this.client.messages().create(sms(CUSTOMER, "dated"));
		this.emulator.awaitMessageStatus(message.sid(), "sent", Duration.ofSeconds(5));
		// The day it was sent, not today: the two differ when the test runs across midnight
		OffsetDateTime dateSent = this.client.messages().fetch(message.sid()).dateSent();
		assertThat(dateSent).isNotNull();
		LocalDate day = dateSent.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
		assertThat(this.client.messages().list(MessageListRequest.builder().dateSent(day).build()).items())
			.extracting(Message::sid)
			.containsExactly(message.sid());
		assertThat(this.client.messages()
			.list(MessageListRequest.builder().dateSentBefore(day.minusDays(1)).build())
			.items()).isEmpty();
	}

	@Test
	void redactsAndDeletesMessages() {
		Message message = this.client.messages().create(sms(CUSTOMER, "secret"));
		assertThat(this.client.messages().redact(message.sid()).body()).isEmpty();
		this.client.messages().delete(message.sid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().fetch(message.sid()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo(20404);
			});
	}

	@Test
	void takesFeedbackOnMessages() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.body("Your code is 123456")
				.provideFeedback(true)
				.build());
		MessageFeedback feedback = this.client.messages().feedback(message.sid(), MessageFeedback.Outcome.CONFIRMED);
		assertThat(feedback.messageSid()).isEqualTo(message.sid());
		assertThat(feedback.accountSid()).isEqualTo(this.emulator.accountSid());
		assertThat(feedback.outcome()).isEqualTo(MessageFeedback.Outcome.CONFIRMED);
		assertThat(feedback.dateCreated()).isNotNull();
		assertThat(feedback.uri()).isEqualTo("/2010-04-01/Accounts/" + this.emulator.accountSid() + "/Messages/"
				+ message.sid() + "/Feedback.json");
		assertThat(message.subresourceUris()).containsEntry("feedback", feedback.uri());
		JsonNode unchanged = this.client.execute(TwilioRequest
			.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json")
			.pathVariable("MessageSid", message.sid())
			.build(), JsonNode.class);
		assertThat(unchanged.get("outcome").asString()).isEqualTo("confirmed");
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest
				.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json")
				.pathVariable("MessageSid", message.sid())
				.param("Outcome", "maybe")
				.build(), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20001));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().feedback("SM" + "0".repeat(32), MessageFeedback.Outcome.CONFIRMED))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void cancelsOnlyScheduledMessages() {
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("later")
				.sendAt(java.time.Instant.now().plus(Duration.ofHours(2)))
				.build());
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		assertThat(this.client.messages().cancel(scheduled.sid()).status()).isEqualTo(Message.Status.CANCELED);
		Message sent = this.client.messages().create(sms(CUSTOMER, "now"));
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.messages().cancel(sent.sid()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(30409));
	}

	@Test
	void schedulesMessagesFromFifteenMinutesToThirtyFiveDaysAhead() {
		for (Duration ahead : List.of(Duration.ofMinutes(16), Duration.ofDays(34))) {
			Message scheduled = this.client.messages()
				.create(MessageCreateRequest.builder()
					.to(CUSTOMER)
					.messagingServiceSid("MG" + "1".repeat(32))
					.body("later")
					.sendAt(Instant.now().plus(ahead))
					.build());
			assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		}
	}

	@ParameterizedTest
	@CsvSource({ "PT1M, 35114", "-PT1H, 35114", "P36D, 35114", "'2025-06-01 10:30', 35114", "'', 35111" })
	void rejectsScheduledMessagesOutsideTwiliosWindow(String sendAt, int code) {
		String value = sendAt.isEmpty() ? null
				: (sendAt.startsWith("P") || sendAt.startsWith("-P")) ? Instant.now().plus(Duration.parse(sendAt)).toString()
						: sendAt;
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", CUSTOMER)
			.param("MessagingServiceSid", "MG" + "1".repeat(32))
			.param("Body", "later")
			.param("ScheduleType", "fixed")
			.param("SendAt", value)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(code);
				assertThat(ex.getErrorMessage()).contains("SendAt");
			});
		assertThat(this.emulator.messages()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "daily, MG, '', 35126", "daily, '', +15005550006, 35126" })
	void rejectsSchedulesThatTwilioRefuses(String scheduleType, String service, String from, int code) {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", CUSTOMER)
			.param("From", from.isEmpty() ? null : from)
			.param("MessagingServiceSid", service.isEmpty() ? null : service + "1".repeat(32))
			.param("Body", "later")
			.param("ScheduleType", scheduleType.isEmpty() ? null : scheduleType)
			.param("SendAt", Instant.now().plus(Duration.ofHours(2)).toString())
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(code);
				assertThat(ex.getErrorMessage()).containsAnyOf("MessagingServiceSid", "ScheduleType");
			});
		assertThat(this.emulator.messages()).isEmpty();
	}

	/**
	 * Twilio schedules a message only with {@code ScheduleType=fixed}; a {@code SendAt}
	 * alone does not schedule it, and the message goes at once.
	 */
	@Test
	void sendsAMessageWithSendAtButNoScheduleTypeAtOnce() {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", CUSTOMER)
			.param("MessagingServiceSid", "MG" + "1".repeat(32))
			.param("Body", "now, not later")
			.param("SendAt", Instant.now().plus(Duration.ofHours(2)).toString())
			.build();
		JsonNode created = this.client.execute(request, JsonNode.class);
		assertThat(created.get("status").asString()).isEqualTo("accepted");
		assertThat(this.emulator.messages()).singleElement()
			.satisfies((message) -> assertThat(message.body()).isEqualTo("now, not later"));
	}

	/**
	 * Twilio schedules only messages sent through a messaging service; without one, it
	 * drops the scheduling parameters and sends the message at once.
	 */
	@Test
	void sendsAMessageScheduledWithoutMessagingServiceAtOnce() {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", CUSTOMER)
			.param("From", TwilioTestNumbers.VALID)
			.param("Body", "now, not later")
			.param("ScheduleType", "fixed")
			.param("SendAt", Instant.now().plus(Duration.ofHours(2)).toString())
			.build();
		JsonNode created = this.client.execute(request, JsonNode.class);
		assertThat(created.get("status").asString()).isEqualTo("queued");
		assertThat(this.emulator.messages()).singleElement()
			.satisfies((message) -> assertThat(message.body()).isEqualTo("now, not later"));
	}

	// Twilio documents a messaging service SID in From or in MessagingServiceSid, not in
	// both: the emulator takes both, as the client does, and MessagingServiceSid names the
	// service
	@Test
	void messagingServiceSidAsTheSenderBesideMessagingServiceSidSendsThroughTheLatter() {
		String service = "MG" + "1".repeat(32);
		for (String from : List.of(service, "MG" + "2".repeat(32))) {
			Message message = this.client.messages()
				.create(MessageCreateRequest.builder()
					.to(CUSTOMER)
					.from(from)
					.messagingServiceSid(service)
					.body("Hello")
					.build());
			assertThat(message.status()).isEqualTo(Message.Status.ACCEPTED);
			assertThat(message.messagingServiceSid()).isEqualTo(service);
			assertThat(message.from()).isNull();
			assertThat(this.emulator.awaitMessageStatus(message.sid(), "delivered", Duration.ofSeconds(5)).from())
				.isEqualTo(TwilioTestNumbers.VALID);
		}
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(service)
				.messagingServiceSid(service)
				.body("later")
				.sendAt(Instant.now().plus(Duration.ofHours(2)))
				.build());
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
	}

	@Test
	void rejectsAMessagingServiceSidThatIsNoSid() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages()
				.create(MessageCreateRequest.builder()
					.to(CUSTOMER)
					.messagingServiceSid("MG123")
					.body("Hello")
					.build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(21705);
				assertThat(ex.getErrorMessage()).contains("MG123");
			});
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void shortensLinksOnlyThroughAMessagingService() {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", CUSTOMER)
			.param("From", TwilioTestNumbers.VALID)
			.param("Body", "See https://example.com/a/long/path")
			.param("ShortenUrls", "True")
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorMessage()).contains("MessagingServiceSid");
			});
		assertThat(this.emulator.messages()).isEmpty();
		// CreateMessage, ShortenUrls: "the messaging_service_sid parameter must also be
		// provided", as the client's build() requires, not the service's SID as From
		TwilioRequest throughFrom = TwilioRequest
			.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", CUSTOMER)
			.param("From", "MG" + "1".repeat(32))
			.param("Body", "See https://example.com/a/long/path")
			.param("ShortenUrls", "true")
			.build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(throughFrom, JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getErrorMessage()).contains("MessagingServiceSid"));
		assertThat(this.emulator.messages()).isEmpty();
		Message shortened = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("See https://example.com/a/long/path")
				.shortenUrls(true)
				.build());
		assertThat(shortened.status()).isEqualTo(Message.Status.ACCEPTED);
	}

	@ParameterizedTest
	@CsvSource({ "'', +15005550006, Hi, 21604", "+14155550100, '', Hi, 21603", "+14155550100, +15005550006, '', 21602",
			"555-0100, +15005550006, Hi, 21211", "+14155550100, not a number!, Hi, 21212",
			"+14155550100, +15005550001, Hi, 21212", "+14155550100, +15005550007, Hi, 21606",
			"+14155550100, +15005550008, Hi, 21611", "+15005550001, +15005550006, Hi, 21211",
			"+15005550002, +15005550006, Hi, 21612", "+15005550003, +15005550006, Hi, 21408",
			"+15005550004, +15005550006, Hi, 21610", "+15005550009, +15005550006, Hi, 21614",
			"whatsapp:555-0100, whatsapp:+14155238886, Hi, 21211", "whatsapp:+14155550100, +15005550006, Hi, 21910",
			"+14155550100, whatsapp:+14155238886, Hi, 21910", "messenger:, messenger:106485812345678, Hi, 21211",
			"messenger:2654318765432101, messenger:, Hi, 21212" })
	void rejectsMessagesAsTwilioDoes(String to, String from, String body, int code) {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", to.isEmpty() ? null : to)
			.param("From", from.isEmpty() ? null : from)
			.param("Body", body.isEmpty() ? null : body)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(code);
				assertThat(ex.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
				assertThat(ex.getErrorMessage()).isNotBlank();
			});
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void acceptsAlphanumericSendersShortCodesAndWhatsApp() {
		assertThat(this.client.messages().create(sms(CUSTOMER, "ACME Ltd", "hi")).from()).isEqualTo("ACME Ltd");
		assertThat(this.client.messages().create(sms(CUSTOMER, "12345", "hi")).from()).isEqualTo("12345");
		Message whatsApp = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.from("whatsapp:+14155238886")
				.body("hi")
				.build());
		assertThat(whatsApp.to()).isEqualTo("whatsapp:" + CUSTOMER);
	}

	@Test
	void acceptsMessengerAddressesWhichAreNoPhoneNumbers() {
		Message messenger = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("messenger:2654318765432101")
				.from("messenger:106485812345678")
				.body("hi")
				.build());
		assertThat(messenger.to()).isEqualTo("messenger:2654318765432101");
		assertThat(messenger.from()).isEqualTo("messenger:106485812345678");
		this.emulator.awaitMessageStatus(messenger.sid(), "delivered", Duration.ofSeconds(5));
	}

	@Test
	void takesTheContentTypeOfMediaFromThePathOfItsUrl() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.mediaUrl("https://cdn.example.com/label.png?X-Amz-Expires=300&X-Amz-Signature=ab12",
						"https://cdn.example.com/receipt.pdf#page=2")
				.build());
		assertThat(this.client.messages().media().list(message.sid()).items()).extracting(Media::contentType)
			.containsExactly("image/png", "application/pdf");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|{\"1\":\"Ada\"}|21654", "HX11111111111111111111111111111111|not json|21656",
			"HX11111111111111111111111111111111|[\"Ada\"]|21656",
			"HX11111111111111111111111111111111|{\"1\":\"\"}|21656",
			"HX11111111111111111111111111111111|{\"1\":null}|21656" })
	void rejectsContentVariablesAsTwilioDoes(String contentSid, String contentVariables, int code) {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.param("To", "whatsapp:" + CUSTOMER)
			.param("From", "whatsapp:+14155238886")
			.param("Body", "Hi")
			.param("ContentSid", contentSid.isEmpty() ? null : contentSid)
			.param("ContentVariables", contentVariables)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(code);
			});
		assertThat(this.emulator.messages()).isEmpty();
	}

	@Test
	void keepsTheParametersAMessageWasCreatedWith() {
		Message template = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid("MG" + "0".repeat(32))
				.contentSid("HX" + "1".repeat(32))
				.contentVariables(Map.of("1", "Ada & Bob ✓ 👋"))
				.persistentAction("geo:37.7,-122.4", "mailto:ada@example.com")
				.validityPeriod(Duration.ofMinutes(10))
				.build());
		EmulatedMessage emulated = this.emulator.message(template.sid()).orElseThrow();
		assertThat(emulated.body()).isEmpty();
		assertThat(emulated.parameter("ContentSid")).isEqualTo("HX" + "1".repeat(32));
		assertThat(emulated.parameter("ContentVariables")).isEqualTo("{\"1\":\"Ada & Bob ✓ 👋\"}");
		assertThat(emulated.parameters().get("PersistentAction")).containsExactly("geo:37.7,-122.4",
				"mailto:ada@example.com");
		assertThat(emulated.parameter("ValidityPeriod")).isEqualTo("600");
		assertThat(emulated.parameter("Body")).isNull();
	}

	@Test
	void rejectsBodiesOverTheLimit() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().create(sms(CUSTOMER, "x".repeat(1601))))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21617));
		assertThat(this.client.messages().create(sms(CUSTOMER, "x".repeat(400))).numSegments()).isEqualTo(3);
	}

	@Test
	void countsAnEmojiAsTwoCharactersOfTheBodyLimit() {
		String emoji = "\uD83D\uDE00";
		assertThat(this.client.messages().create(sms(CUSTOMER, emoji.repeat(800))).sid()).isNotNull();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().create(sms(CUSTOMER, emoji.repeat(800) + "x")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(TwilioErrorCodes.MESSAGE_BODY_TOO_LONG);
			});
		assertThat(this.emulator.messages()).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource({ "'', +15005550006, 21201", "+14155550100, '', 21213", "+14155550100, +15005550001, 21212",
			"+15005550001, +15005550006, 21217", "+15005550002, +15005550006, 21214",
			"+15005550003, +15005550006, 21215", "+15005550004, +15005550006, 21216", "12, +15005550006, 21217" })
	void rejectsCallsAsTwilioDoes(String to, String from, int code) {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Calls.json")
			.param("To", to.isEmpty() ? null : to)
			.param("From", from.isEmpty() ? null : from)
			.param("Url", "http://127.0.0.1:9/twiml")
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(code));
	}

	@Test
	void callNeedsTwiml() {
		TwilioRequest request = TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Calls.json")
			.param("To", CUSTOMER)
			.param("From", TwilioTestNumbers.VALID)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> this.client.execute(request, JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21205));
	}

	@ParameterizedTest
	@CsvSource({ "PhoneNumber, +15005550000, 21422", "PhoneNumber, +15005550001, 21421", "AreaCode, 533, 21452" })
	void rejectsNumberPurchasesAsTwilioDoes(String name, String value, int code) {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(buy(name, value), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(code));
	}

	@Test
	void buysConfiguresAndReleasesNumbers() {
		JsonNode magic = this.client.execute(buy("AreaCode", "500"), JsonNode.class);
		assertThat(magic.get("phone_number").asString()).isEqualTo(TwilioTestNumbers.VALID);
		assertThat(magic.get("friendly_name").asString()).isEqualTo("(500) 555-0006");
		JsonNode bought = this.client.execute(buy("AreaCode", "415"), JsonNode.class);
		String sid = bought.get("sid").asString();
		assertThat(sid).matches("PN[0-9a-f]{32}");
		assertThat(bought.get("phone_number").asString()).startsWith("+1415");
		assertThat(bought.get("capabilities").get("sms").asBoolean()).isTrue();
		String instance = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json";
		JsonNode updated = this.client.execute(TwilioRequest.post(TwilioDomain.API, instance)
			.pathVariable("Sid", sid)
			.param("SmsUrl", "https://example.com/sms")
			.param("VoiceUrl", "https://example.com/voice")
			.build(), JsonNode.class);
		assertThat(updated.get("sms_url").asString()).isEqualTo("https://example.com/sms");
		assertThat(this.emulator.incomingNumbers()).extracting(EmulatedPhoneNumber::voiceUrl)
			.contains("https://example.com/voice");
		Page<JsonNode> list = this.client.page(TwilioRequest
			.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json")
			.build(), "incoming_phone_numbers", JsonNode.class);
		assertThat(list.items()).hasSize(2);
		this.client.execute(TwilioRequest.delete(TwilioDomain.API, instance).pathVariable("Sid", sid).build());
		assertThat(this.emulator.incomingNumbers()).hasSize(1);
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(buy("PhoneNumber", TwilioTestNumbers.VALID), JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(TwilioErrorCodes.PHONE_NUMBER_NOT_AVAILABLE));
	}

	@Test
	void searchesAvailableNumbers() {
		String base = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers";
		JsonNode local = this.client.execute(TwilioRequest.get(TwilioDomain.API, base + "/US/Local.json")
			.queryParam("AreaCode", "212")
			.queryParam("PageSize", 5)
			.build(), JsonNode.class);
		JsonNode numbers = local.get("available_phone_numbers");
		assertThat(numbers).hasSize(5);
		assertThat(numbers.get(0).get("phone_number").asString()).matches("\\+1212555[0-9]{4}");
		assertThat(numbers.get(0).get("locality").asString()).isEqualTo("New York");
		assertThat(numbers.get(0).get("region").asString()).isEqualTo("NY");
		assertThat(numbers.get(0).get("iso_country").asString()).isEqualTo("US");
		JsonNode tollFree = this.client.execute(TwilioRequest.get(TwilioDomain.API, base + "/US/TollFree.json").build(),
				JsonNode.class);
		assertThat(tollFree.get("available_phone_numbers").get(0).get("phone_number").asString()).matches("\\+18.*");
		JsonNode mobile = this.client.execute(TwilioRequest.get(TwilioDomain.API, base + "/GB/Mobile.json").build(),
				JsonNode.class);
		assertThat(mobile.get("available_phone_numbers").get(0).get("phone_number").asString()).startsWith("+447");
		JsonNode empty = this.client.execute(TwilioRequest.get(TwilioDomain.API, base + "/US/Local.json")
			.queryParam("AreaCode", "533")
			.build(), JsonNode.class);
		assertThat(empty.get("available_phone_numbers")).isEmpty();
		JsonNode countries = this.client.execute(TwilioRequest.get(TwilioDomain.API, base + ".json").build(),
				JsonNode.class);
		assertThat(countries.get("countries")).extracting((country) -> country.get("country_code").asString())
			.containsExactly("CA", "GB", "US");
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.execute(TwilioRequest.get(TwilioDomain.API, base + "/ZZ/Local.json").build(),
					JsonNode.class))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
	}

	@Test
	void managesAccountsAndBalance() {
		Account main = this.client.accounts().fetch();
		assertThat(main.sid()).isEqualTo(this.emulator.accountSid());
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		assertThat(sub.sid()).matches("AC[0-9a-f]{32}");
		assertThat(sub.ownerAccountSid()).isEqualTo(main.sid());
		assertThat(this.client.accounts().list().items()).extracting(Account::sid).containsExactly(main.sid(), sub.sid());
		TwilioClient subClient = this.client.forAccount(sub.sid());
		Message message = subClient.messages().create(sms(CUSTOMER, "from the tenant"));
		assertThat(message.accountSid()).isEqualTo(sub.sid());
		assertThat(this.client.messages().list().items()).isEmpty();
		assertThat(this.client.accounts().suspend(sub.sid()).status()).isEqualTo(Account.Status.SUSPENDED);
		this.emulator.setBalance(new BigDecimal("12.34"));
		assertThat(this.client.balance().fetch().balance()).isEqualByComparingTo("12.34");
	}

	@ParameterizedTest
	@CsvSource({ "suspended", "closed" })
	void refusesMessagesAndCallsOfAnInactiveSubaccountThroughTheParentWith10001(String status) {
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		TwilioClient subClient = this.client.forAccount(sub.sid());
		Message before = subClient.messages().create(sms(CUSTOMER, "before"));
		this.client.accounts().update(sub.sid(), AccountUpdateRequest.builder().status(Account.Status.from(status)).build());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> subClient.messages().create(sms(CUSTOMER, "after")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(403);
				assertThat(ex.getCode()).isEqualTo(10001);
				assertThat(ex.getMessage()).contains(sub.sid()).contains(status);
			});
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> subClient.calls()
				.create(CallCreateRequest.builder()
					.to(CUSTOMER)
					.from(TwilioTestNumbers.VALID)
					.url("https://example.com/twiml")
					.build()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(10001));
		assertThat(subClient.messages().fetch(before.sid()).body()).isEqualTo("before");
		assertThat(this.emulator.messages()).extracting(EmulatedMessage::body).containsExactly("before");
	}

	@Test
	void refusesToReopenAClosedSubaccount() {
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		assertThat(this.client.accounts().close(sub.sid()).status()).isEqualTo(Account.Status.CLOSED);
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.accounts().activate(sub.sid()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo(21100);
				assertThat(ex.getMessage()).contains("cannot be reopened");
			});
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.accounts().suspend(sub.sid()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(21100));
		assertThat(this.client.accounts().fetch(sub.sid()).status()).isEqualTo(Account.Status.CLOSED);
		assertThat(this.client.accounts().close(sub.sid()).status()).isEqualTo(Account.Status.CLOSED);
	}

	@Test
	void refusesASubaccountsOwnCredentialsToChangeItsStatus() {
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		TwilioClient tenant = this.client.withAuthToken(sub.sid(), sub.authToken());
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> tenant.accounts().close(sub.sid()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(403);
				assertThat(ex.getCode()).isEqualTo(21100);
				assertThat(ex.getMessage()).contains("main account");
			});
		assertThat(this.client.accounts().fetch(sub.sid()).status()).isEqualTo(Account.Status.ACTIVE);
		assertThat(tenant.accounts()
			.update(sub.sid(), AccountUpdateRequest.builder().friendlyName("Tenant A, renamed").build())
			.friendlyName()).isEqualTo("Tenant A, renamed");
	}

	/**
	 * An export of a subaccount resumes from the page URL the emulator gave it, on the
	 * subaccount's view of the client; the main account's client refuses that URL.
	 */
	@Test
	void subaccountsListResumesFromASavedPageUrlOnTheSubaccountsView() {
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		TwilioClient subClient = this.client.forAccount(sub.sid());
		for (int i = 0; i < 5; i++) {
			subClient.messages().create(sms(CUSTOMER, "message " + i));
		}
		Page<Message> first = subClient.messages().list(MessageListRequest.builder().pageSize(2).build());
		String saved = first.nextPageUrl();
		assertThat(saved).isNotNull();
		List<String> resumed = new ArrayList<>();
		Optional<Page<Message>> next = Optional.of(subClient.messages().page(saved));
		while (next.isPresent()) {
			next.get().items().forEach((message) -> resumed.add(message.body()));
			next = subClient.messages().nextPage(next.get());
		}
		assertThat(first.items()).extracting(Message::body).containsExactly("message 4", "message 3");
		assertThat(resumed).containsExactly("message 2", "message 1", "message 0");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.messages().page(saved))
			.withMessageContaining("forAccount");
	}

	@Test
	void rejectsWrongCredentialsWith20003() {
		TwilioClient wrong = TwilioClient.builder()
			.accountSid(this.emulator.accountSid())
			.authToken("wrong")
			.baseUrl(this.emulator.baseUrl())
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> wrong.balance().fetch())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getCode()).isEqualTo(20003);
			});
	}

	@Test
	void answersUnknownSidsAndPathsWith20404() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().fetch("SM" + "0".repeat(32)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(20404));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.forAccount("AC" + "0".repeat(32)).balance().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	private static MessageCreateRequest sms(String to, String body) {
		return sms(to, TwilioTestNumbers.VALID, body);
	}

	private static MessageCreateRequest sms(String to, String from, String body) {
		return MessageCreateRequest.builder().to(to).from(from).body(body).build();
	}

	private static TwilioRequest buy(String name, String value) {
		return TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json")
			.param(name, value)
			.build();
	}

}
