package dev.twiliospring.test.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageListRequest;
import dev.twiliospring.client.verify.Verification;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationNotFoundException;
import dev.twiliospring.client.verify.VerificationStatus;
import dev.twiliospring.client.verify.VerifyService;
import dev.twiliospring.client.verify.VerifyServiceCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the {@link TwilioEmulator.Builder#clock(Clock) clock} of
 * {@link TwilioEmulator}: a test that moves the clock on sees what Twilio does later,
 * without waiting.
 */
class TwilioEmulatorClockTests extends EmulatorWithApplicationTests {

	/** A Monday morning long before the tests run, so that no rule can follow the wall clock. */
	private static final Instant START = Instant.parse("2025-03-03T08:00:00Z");

	private static final String CUSTOMER = "+14155550100";

	private static final String NUMBER = "+14155550199";

	private static final String MESSAGING_SERVICE = "MG" + "1".repeat(32);

	private final MutableClock clock;

	TwilioEmulatorClockTests() {
		super(TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).clock(new MutableClock(START)));
		this.clock = (MutableClock) this.emulator.clock().given();
	}

	@Test
	void messagesAreDatedByTheClock() {
		Message first = this.client.messages().create(sms("Hi"));
		assertThat(first.dateCreated()).isEqualTo(at(START));
		assertThat(first.dateSent()).isNull();
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(first.sid(), "delivered", TIMEOUT);
		assertThat(delivered.dateCreated()).isEqualTo(START);
		assertThat(delivered.dateSent()).isEqualTo(START);
		assertThat(delivered.dateUpdated()).isEqualTo(START);
		this.clock.advance(Duration.ofDays(1));
		Message second = this.client.messages().create(sms("Hi again"));
		this.emulator.awaitMessageStatus(second.sid(), "delivered", TIMEOUT);
		Message fetched = this.client.messages().fetch(second.sid());
		assertThat(fetched.dateCreated()).isEqualTo(at(START.plus(Duration.ofDays(1))));
		assertThat(fetched.dateSent()).isEqualTo(at(START.plus(Duration.ofDays(1))));
		assertThat(this.client.messages().fetch(first.sid()).dateSent()).isEqualTo(at(START));
	}

	@Test
	void verificationIsPendingUntilTenMinutesByTheClockHavePassed() {
		VerifyService service = this.client.verify()
			.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("My App").build());
		assertThat(service.dateCreated()).isEqualTo(at(START));
		Verification verification = this.client.verify().start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		assertThat(verification.dateCreated()).isEqualTo(at(START));
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		this.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
		assertThat(this.client.verify().verifications(service.sid()).fetch(verification.sid()).status())
			.isEqualTo(VerificationStatus.PENDING);
		this.clock.advance(Duration.ofSeconds(1));
		assertThatExceptionOfType(VerificationNotFoundException.class)
			.isThrownBy(() -> this.client.verify().check(service.sid(), CUSTOMER, code));
		assertThat(this.emulator.verification(CUSTOMER).orElseThrow().status()).isEqualTo("expired");
	}

	@Test
	void codeCheckedWithinTenMinutesByTheClockIsApproved() {
		VerifyService service = this.client.verify()
			.services()
			.create(VerifyServiceCreateRequest.builder().friendlyName("My App").build());
		this.client.verify().start(service.sid(), CUSTOMER, VerificationChannel.SMS);
		String code = this.emulator.verificationCode(CUSTOMER).orElseThrow();
		this.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
		assertThat(this.client.verify().check(service.sid(), CUSTOMER, code).status())
			.isEqualTo(VerificationStatus.APPROVED);
	}

	@Test
	void freeFormWhatsAppMessageIsDeliveredUntil24HoursByTheClockAfterTheUserWrote() {
		receiveWhatsAppFromCustomer();
		this.clock.advance(Duration.ofHours(24).minusSeconds(1));
		Message reply = this.client.messages().create(freeFormWhatsApp());
		assertThat(this.emulator.awaitMessageStatus(reply.sid(), "delivered", TIMEOUT).errorCode()).isNull();
	}

	@Test
	void freeFormWhatsAppMessageFailsWith63016Once24HoursByTheClockHavePassed() {
		receiveWhatsAppFromCustomer();
		this.clock.advance(Duration.ofHours(25));
		Message reply = this.client.messages().create(freeFormWhatsApp());
		assertThat(this.emulator.awaitMessageStatus(reply.sid(), "failed", TIMEOUT).errorCode()).isEqualTo(63016);
	}

	@Test
	void scheduledMessageIsSentByItselfWhenTheClockReachesItsSendAt() {
		Instant tomorrowAtNine = START.plus(Duration.ofHours(25));
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid(MESSAGING_SERVICE)
				.body("Your appointment is at 10:00")
				.sendAt(tomorrowAtNine)
				.statusCallback(this.app.url("/status"))
				.build());
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		this.clock.advance(Duration.ofHours(25).minusSeconds(1));
		assertThat(this.client.messages().fetch(scheduled.sid()).status()).isEqualTo(Message.Status.SCHEDULED);
		this.clock.advance(Duration.ofSeconds(1));
		// The next request finds the message sent, with no sendScheduled(...)
		assertThat(this.client.messages().fetch(scheduled.sid()).status()).isNotEqualTo(Message.Status.SCHEDULED);
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT);
		assertThat(delivered.dateSent()).isEqualTo(tomorrowAtNine);
		assertThat(this.emulator.callbacks(scheduled.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("queued", "sent", "delivered");
	}

	@Test
	void scheduledMessageIsSentWithoutARequestWhenTheClockReachesItsSendAt() {
		Message scheduled = this.client.messages().create(reminderAt(START.plus(Duration.ofDays(1))));
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT).status())
			.isEqualTo("delivered");
	}

	@Test
	void scheduledMessageTheClockWentPastIsDatedSentAtItsSendAt() {
		Instant sendAt = START.plus(Duration.ofDays(1));
		Message scheduled = this.client.messages().create(reminderAt(sendAt));
		this.clock.advance(Duration.ofDays(2));
		// Twilio sent it at its SendAt, while the test's clock jumped over that time
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT).dateSent())
			.isEqualTo(sendAt);
		assertThat(this.client.messages().fetch(scheduled.sid()).dateSent()).isEqualTo(at(sendAt));
	}

	@Test
	void scheduledMessageOfASubaccountSuspendedBeforeItsSendAtFailsWithAccountSuspended() {
		Account sub = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		TwilioClient tenant = this.client.forAccount(sub.sid());
		Instant sendAt = START.plus(Duration.ofDays(1));
		Message scheduled = tenant.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid(MESSAGING_SERVICE)
				.body("Reminder")
				.sendAt(sendAt)
				.statusCallback(this.app.url("/status"))
				.build());
		this.client.accounts().suspend(sub.sid());
		this.clock.advance(Duration.ofDays(2));
		// Twilio took it while the account was active, and cannot send it once it is not
		EmulatedMessage failed = this.emulator.awaitMessageStatus(scheduled.sid(), "failed", TIMEOUT);
		assertThat(failed.errorCode()).isEqualTo(30002);
		assertThat(tenant.messages().fetch(scheduled.sid()).status()).isEqualTo(Message.Status.FAILED);
		assertThat(this.emulator.callbacks()
			.stream()
			.filter((callback) -> scheduled.sid().equals(callback.param("MessageSid")))
			.map((callback) -> callback.param("MessageStatus"))).containsExactly("queued", "failed");
	}

	@Test
	void scheduledMessagesTheClockWentPastAreSentInTheOrderOfTheirSendAt() {
		Instant later = START.plus(Duration.ofDays(2));
		Instant sooner = START.plus(Duration.ofDays(1));
		Message second = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid(MESSAGING_SERVICE)
				.body("Second")
				.sendAt(later)
				.statusCallback(this.app.url("/status"))
				.build());
		Message first = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid(MESSAGING_SERVICE)
				.body("First")
				.sendAt(sooner)
				.statusCallback(this.app.url("/status"))
				.build());
		Message canceled = this.client.messages().create(reminderAt(sooner));
		this.client.messages().cancel(canceled.sid());
		this.clock.advance(Duration.ofDays(3));
		assertThat(this.emulator.awaitMessageStatus(first.sid(), "delivered", TIMEOUT).dateSent()).isEqualTo(sooner);
		assertThat(this.emulator.awaitMessageStatus(second.sid(), "delivered", TIMEOUT).dateSent()).isEqualTo(later);
		assertThat(this.emulator.message(canceled.sid()).orElseThrow().status()).isEqualTo("canceled");
		// Twilio sent the one due first first, whichever was scheduled first
		assertThat(this.emulator.callbacks()
			.stream()
			.filter((callback) -> "queued".equals(callback.param("MessageStatus")))
			.map((callback) -> callback.param("MessageSid"))).containsExactly(first.sid(), second.sid());
	}

	@Test
	void scheduledMessageSentBeforeItsSendAtIsDatedSentByTheClock() {
		Message scheduled = this.client.messages().create(reminderAt(START.plus(Duration.ofDays(1))));
		this.clock.advance(Duration.ofHours(1));
		this.emulator.sendScheduled(scheduled.sid());
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT).dateSent())
			.isEqualTo(START.plus(Duration.ofHours(1)));
	}

	@Test
	void scheduledMessageDueByTheClockIsSentByTheTimeTheTestLooksAtTheEmulatorsMessages() {
		Message first = this.client.messages().create(reminderAt(START.plus(Duration.ofDays(1))));
		Message second = this.client.messages().create(reminderAt(START.plus(Duration.ofDays(2))));
		this.clock.advance(Duration.ofDays(1));
		// No request and no wait in between: what the test reads follows the clock
		assertThat(this.emulator.message(first.sid()).orElseThrow().status()).isNotEqualTo("scheduled");
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.emulator.messagesTo(CUSTOMER)).extracting(EmulatedMessage::status)
			.doesNotContain("scheduled");
		assertThat(this.emulator.awaitMessageStatus(second.sid(), "delivered", TIMEOUT).status())
			.isEqualTo("delivered");
	}

	@Test
	void scheduledWhatsAppMessageDueAfterTheWindowClosedFailsWith63016() {
		receiveWhatsAppFromCustomer();
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid(MESSAGING_SERVICE)
				.body("Your table is ready")
				.sendAt(START.plus(Duration.ofHours(25)))
				.build());
		this.clock.advance(Duration.ofHours(25));
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "failed", TIMEOUT).errorCode()).isEqualTo(63016);
	}

	@Test
	void scheduledWhatsAppMessageDueWithinTheWindowIsDeliveredWhenTheClockWentPastItsSendAtAndTheWindow() {
		receiveWhatsAppFromCustomer();
		Message scheduled = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to("whatsapp:" + CUSTOMER)
				.messagingServiceSid(MESSAGING_SERVICE)
				.body("Your table is ready")
				.sendAt(START.plus(Duration.ofHours(23)))
				.build());
		this.clock.advance(Duration.ofHours(25));
		// Twilio sent it at its SendAt, inside the 24 hours
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT).errorCode()).isNull();
	}

	@Test
	void listsTheNewestFirstWhenTheClockGaveThemTheSameDate() {
		for (int i = 0; i < 3; i++) {
			this.client.messages().create(sms("Hi " + i));
		}
		assertThat(this.client.messages().list().items()).extracting(Message::body)
			.containsExactly("Hi 2", "Hi 1", "Hi 0");
		Page<Message> first = this.client.messages().list(MessageListRequest.builder().pageSize(2).build());
		this.client.messages().create(sms("Hi meanwhile"));
		// The next page goes on after the first, as the one sent meanwhile is newer
		assertThat(this.client.messages().nextPage(first).orElseThrow().items()).extracting(Message::body)
			.containsExactly("Hi 0");
		Call firstCall = this.client.calls().create(call());
		Call secondCall = this.client.calls().create(call());
		assertThat(this.client.calls().list().items()).extracting(Call::sid)
			.containsExactly(secondCall.sid(), firstCall.sid());
	}

	@Test
	void callStatusCallbacksAreTimestampedByTheClock() {
		String start = "Mon, 03 Mar 2025 08:00:00 +0000";
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Pause length=\"1\"/></Response>")
				.statusCallback(this.app.url("/status"))
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		assertThat(this.emulator.callbacks(call.sid())).isNotEmpty()
			.allSatisfy((callback) -> assertThat(callback.param("Timestamp")).isEqualTo(start));
		this.app.twiml("/voice", "<Response><Dial><Number statusCallback=\"/agent-status\">"
				+ TwilioTestNumbers.VALID + "</Number></Dial></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.app.requests).filteredOn((request) -> request.path().equals("/agent-status"))
			.isNotEmpty()
			.allSatisfy((request) -> assertThat(request.params()).containsEntry("Timestamp", start));
	}

	@Test
	void recordingStatusCallbacksGiveTheStartTimeByTheClock() throws InterruptedException {
		String start = "Mon, 03 Mar 2025 08:00:00 +0000";
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Say>Hello</Say></Response>")
				.record(true)
				.recordingStatusCallback(this.app.url("/recording-status"))
				.recordingStatusCallbackEvent(CallCreateRequest.RecordingEvent.IN_PROGRESS,
						CallCreateRequest.RecordingEvent.COMPLETED)
				.build());
		this.emulator.awaitCallStatus(call.sid(), "completed", TIMEOUT);
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (recordingStatuses().size() < 2 && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		assertThat(recordingStatuses()).hasSize(2)
			.allSatisfy((params) -> assertThat(params).containsEntry("RecordingStartTime", start));
		this.app.twiml("/voice", "<Response><Record maxLength=\"2\" action=\"/recorded\" "
				+ "recordingStatusCallback=\"/record-status\"/></Response>");
		this.app.twiml("/recorded", "<Response><Hangup/></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		this.clock.advance(Duration.ofHours(1));
		TwimlReply recording = this.emulator.receiveCall(CUSTOMER, NUMBER);
		this.emulator.finishRecording(recording);
		assertThat(this.app.requests).filteredOn((request) -> request.path().equals("/record-status"))
			.singleElement()
			.satisfies((request) -> assertThat(request.params()).containsEntry("RecordingStartTime",
					"Mon, 03 Mar 2025 09:00:00 +0000"));
	}

	private List<Map<String, String>> recordingStatuses() {
		return this.app.requests.stream()
			.filter((request) -> request.path().equals("/recording-status"))
			.map(RecordingApplication.Received::params)
			.toList();
	}

	@Test
	void sendAtIsCheckedAgainstTheClock() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.messages().create(reminderAt(START.plus(Duration.ofMinutes(14)))))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(35114));
		assertThat(this.client.messages().create(reminderAt(START.plus(Duration.ofMinutes(15)))).status())
			.isEqualTo(Message.Status.SCHEDULED);
	}

	private static MessageCreateRequest sms(String body) {
		return MessageCreateRequest.builder().to(CUSTOMER).from(TwilioTestNumbers.VALID).body(body).build();
	}

	private static CallCreateRequest call() {
		return CallCreateRequest.builder()
			.to(CUSTOMER)
			.from(TwilioTestNumbers.VALID)
			.twiml("<Response><Pause length=\"1\"/></Response>")
			.build();
	}

	private static MessageCreateRequest reminderAt(Instant sendAt) {
		return MessageCreateRequest.builder()
			.to(CUSTOMER)
			.messagingServiceSid(MESSAGING_SERVICE)
			.body("Reminder")
			.sendAt(sendAt)
			.build();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private void receiveWhatsAppFromCustomer() {
		this.app.twiml("/whatsapp", "<Response/>");
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/whatsapp"), null);
		this.emulator.receiveMessage(
				TwilioWebhookPayloads.inboundWhatsApp().from(CUSTOMER).to(NUMBER).body("Where is my order?"));
	}

	private MessageCreateRequest freeFormWhatsApp() {
		return MessageCreateRequest.builder()
			.to("whatsapp:" + CUSTOMER)
			.from("whatsapp:" + NUMBER)
			.body("Your order shipped")
			.build();
	}

	/**
	 * A clock that a test moves on, as an application's tests would write one.
	 */
	static final class MutableClock extends Clock {

		private volatile Instant instant;

		MutableClock(Instant instant) {
			this.instant = instant;
		}

		void advance(Duration duration) {
			this.instant = this.instant.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
