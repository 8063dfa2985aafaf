package dev.twiliospring.test.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.api.Media;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the requests {@link TwilioEmulator} makes to an application, received by a
 * real HTTP server that checks every signature.
 */
class TwilioEmulatorWebhookTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String NUMBER = "+14155550199";

	@Test
	void messageStatusCallbacksAreSignedAndInOrder() {
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.body("Hi")
				.statusCallback(this.app.url("/status?tenant=a%2Bb"))
				.build());
		this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		assertThat(this.app.requests).extracting((request) -> request.params().get("MessageStatus"))
			.containsExactly("sent", "delivered");
		assertThat(this.app.requests).allSatisfy((request) -> {
			assertThat(request.validSignature()).isTrue();
			assertThat(request.params()).containsEntry("MessageSid", message.sid())
				.containsEntry("SmsSid", message.sid())
				.containsEntry("AccountSid", this.emulator.accountSid())
				.containsEntry("From", TwilioTestNumbers.VALID)
				.containsEntry("To", CUSTOMER)
				.containsEntry("ApiVersion", "2010-04-01")
				.doesNotContainKey("ErrorCode");
		});
	}

	@Test
	void noStatusCallbackIsPostedForTheStatusAMessageIsCreatedWith() {
		Message queued = send(CUSTOMER);
		Message accepted = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.messagingServiceSid("MG" + "1".repeat(32))
				.body("Hi")
				.statusCallback(this.app.url("/status-accepted"))
				.build());
		Message scheduled = schedule(this.client, scheduled("later").statusCallback(this.app.url("/status-scheduled")));
		assertThat(queued.status()).isEqualTo(Message.Status.QUEUED);
		assertThat(accepted.status()).isEqualTo(Message.Status.ACCEPTED);
		assertThat(scheduled.status()).isEqualTo(Message.Status.SCHEDULED);
		// The status a message is created with is reached, though no callback tells it
		assertThat(this.emulator.awaitMessageStatus(queued.sid(), "queued", TIMEOUT).sid()).isEqualTo(queued.sid());
		assertThat(this.emulator.awaitMessageStatus(accepted.sid(), "accepted", TIMEOUT).sid())
			.isEqualTo(accepted.sid());
		assertThat(this.emulator.awaitMessageStatus(scheduled.sid(), "scheduled", TIMEOUT).status())
			.isEqualTo("scheduled");
		this.client.messages().cancel(scheduled.sid());
		this.emulator.awaitMessageStatus(queued.sid(), "delivered", TIMEOUT);
		this.emulator.awaitMessageStatus(accepted.sid(), "delivered", TIMEOUT);
		this.emulator.awaitMessageStatus(scheduled.sid(), "canceled", TIMEOUT);
		assertThat(this.emulator.callbacks(queued.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("sent", "delivered");
		assertThat(this.emulator.callbacks(accepted.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("queued", "sent", "delivered");
		assertThat(this.emulator.callbacks(scheduled.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("canceled");
	}

	@Test
	void webhooksToUrlsBeyondAsciiAreSignedForTheUrlAsRequested() {
		// The application sees the path and query percent-encoded, as they go on the wire
		Message message = this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.body("Grüße 👋")
				.statusCallback(this.app.url("/stätus?tenant=zürich&x=a%2Fb"))
				.build());
		this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT);
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms/ü"), null);
		this.emulator.receiveSms(CUSTOMER, NUMBER, "Grüße 👋");
		assertThat(this.app.requests).extracting(RecordingApplication.Received::path)
			.containsExactly("/stätus", "/stätus", "/sms/ü");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		assertThat(this.app.requests.get(2).params()).containsEntry("Body", "Grüße 👋");
	}

	@Test
	void scheduledMessageIsSentWhenTheTestSaysSo() {
		Message scheduled = schedule(this.client, scheduled("later").statusCallback(this.app.url("/status")));
		Message canceled = schedule(this.client, scheduled("never"));
		this.client.messages().cancel(canceled.sid());
		EmulatedMessage queued = this.emulator.sendScheduled(scheduled.sid());
		assertThat(queued.status()).isEqualTo("queued");
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT);
		assertThat(delivered.from()).isEqualTo(TwilioTestNumbers.VALID);
		assertThat(this.client.messages().fetch(scheduled.sid()).status()).isEqualTo(Message.Status.DELIVERED);
		assertThat(this.app.requests).extracting((request) -> request.params().get("MessageStatus"))
			.containsExactly("queued", "sent", "delivered");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.sendScheduled(scheduled.sid()))
			.withMessage("Message " + scheduled.sid() + " is delivered; only a scheduled message can be sent");
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.sendScheduled(canceled.sid()))
			.withMessageContaining("is canceled");
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.sendScheduled("SM" + "0".repeat(32)))
			.withMessageContaining("has no message");
		Message deleted = scheduleMessage("deleted");
		this.client.messages().cancel(deleted.sid());
		this.client.messages().delete(deleted.sid());
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.sendScheduled(deleted.sid()))
			.withMessageContaining("has no message");
	}

	@Test
	void scheduledMessageSentAtOnceGoesThroughItsLifecycleOnce() {
		Message scheduled = schedule(this.client, scheduled("later").statusCallback(this.app.url("/status")));
		this.emulator.sendScheduled(scheduled.sid());
		this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT);
		// A control message's steps come after any second run of the scheduled one's
		awaitControlMessage(this.emulator);
		assertThat(this.emulator.callbacks(scheduled.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("queued", "sent", "delivered");
	}

	@Test
	void scheduledMessageGetsItsSenderAndSegmentsWhenSent() {
		Message scheduled = scheduleMessage("x".repeat(161));
		assertThat(this.emulator.message(scheduled.sid()).orElseThrow().numSegments()).isZero();
		this.emulator.sendScheduled(scheduled.sid());
		EmulatedMessage delivered = this.emulator.awaitMessageStatus(scheduled.sid(), "delivered", TIMEOUT);
		assertThat(delivered.from()).isEqualTo(TwilioTestNumbers.VALID);
		assertThat(delivered.numSegments()).isEqualTo(2);
	}

	@Test
	void resetStopsAScheduledMessageThatWasSent() {
		Message scheduled = scheduleMessage("later");
		TwilioEmulator slow = TwilioEmulator.builder().stepDelay(Duration.ofMillis(300)).start();
		try {
			Message slowScheduled = schedule(slow.client(),
					scheduled("later").statusCallback(this.app.url("/status")));
			slow.sendScheduled(slowScheduled.sid());
			slow.reset();
			Message control = awaitControlMessage(slow);
			assertThat(slow.message(slowScheduled.sid())).isEmpty();
			assertThat(slow.callbacks()).extracting((callback) -> callback.param("MessageSid"))
				.containsOnly(control.sid());
			assertThat(this.app.requests).filteredOn((request) -> request.path().equals("/status"))
				.extracting((request) -> request.params().get("MessageStatus"))
				.doesNotContain("sent", "delivered");
		}
		finally {
			slow.close();
		}
		assertThat(this.emulator.message(scheduled.sid()).orElseThrow().status()).isEqualTo("scheduled");
	}

	private Message scheduleMessage(String body) {
		return schedule(this.client, scheduled(body));
	}

	private static MessageCreateRequest.Builder scheduled(String body) {
		return MessageCreateRequest.builder()
			.to(CUSTOMER)
			.messagingServiceSid("MG" + "1".repeat(32))
			.body(body)
			.sendAt(Instant.now().plus(Duration.ofHours(2)));
	}

	private static Message schedule(TwilioClient client, MessageCreateRequest.Builder request) {
		return client.messages().create(request.build());
	}

	@Test
	void failedMessagesReportTheirErrorCode() {
		Message undelivered = send(TwilioTestNumbers.UNDELIVERABLE);
		Message failed = send(TwilioTestNumbers.FAILING);
		assertThat(this.emulator.awaitMessageStatus(undelivered.sid(), "undelivered", TIMEOUT).errorCode())
			.isEqualTo(30003);
		assertThat(this.emulator.awaitMessageStatus(failed.sid(), "failed", TIMEOUT).errorCode()).isEqualTo(30008);
		assertThat(this.emulator.callbacks(failed.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("failed");
		assertThat(this.emulator.callbacks(undelivered.sid())).extracting((callback) -> callback.param("MessageStatus"))
			.containsExactly("sent", "undelivered");
		assertThat(this.emulator.callbacks(undelivered.sid()).get(1).param("ErrorCode")).isEqualTo("30003");
		assertThat(this.client.messages().fetch(failed.sid()).errorCode()).isEqualTo(30008);
	}

	@Test
	void outboundCallRunsItsTwimlAndReportsRequestedEvents() {
		this.app.twiml("/answer", "<Response><Say>Hello</Say><Redirect>/next</Redirect></Response>");
		this.app.twiml("/next", "<Response><Say>Bye</Say><Hangup/></Response>");
		JsonNode call = this.client.execute(TwilioRequest.post(TwilioDomain.API,
				"/2010-04-01/Accounts/{AccountSid}/Calls.json")
			.param("To", CUSTOMER)
			.param("From", TwilioTestNumbers.VALID)
			.param("Url", this.app.url("/answer"))
			.param("StatusCallback", this.app.url("/call-status"))
			.param("StatusCallbackEvent", "initiated ringing answered completed")
			.build(), JsonNode.class);
		String sid = call.get("sid").asString();
		assertThat(call.get("status").asString()).isEqualTo("queued");
		EmulatedCall completed = this.emulator.awaitCallStatus(sid, "completed", TIMEOUT);
		assertThat(completed.lastReply().says()).containsExactly("Bye");
		assertThat(completed.lastReply().previous().says()).containsExactly("Hello");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		assertThat(this.app.paths()).containsExactly("/call-status", "/call-status", "/call-status", "/answer",
				"/next", "/call-status");
		assertThat(this.app.requests.get(3).params()).containsEntry("CallSid", sid)
			.containsEntry("Direction", "outbound-api")
			.containsEntry("CallStatus", "in-progress");
		assertThat(this.app.requests).filteredOn((request) -> request.path().equals("/call-status"))
			.extracting((request) -> request.params().get("CallStatus"))
			.containsExactly("initiated", "ringing", "in-progress", "completed");
		JsonNode fetched = this.client.execute(TwilioRequest.get(TwilioDomain.API,
				"/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json").pathVariable("Sid", sid).build(), JsonNode.class);
		assertThat(fetched.get("status").asString()).isEqualTo("completed");
		assertThat(fetched.get("duration").asString()).matches("[0-9]+");
	}

	@Test
	void busyCallNeverFetchesItsTwiml() {
		JsonNode call = this.client.execute(TwilioRequest.post(TwilioDomain.API,
				"/2010-04-01/Accounts/{AccountSid}/Calls.json")
			.param("To", TwilioTestNumbers.UNDELIVERABLE)
			.param("From", TwilioTestNumbers.VALID)
			.param("Url", this.app.url("/answer"))
			.param("StatusCallback", this.app.url("/call-status"))
			.build(), JsonNode.class);
		this.emulator.awaitCallStatus(call.get("sid").asString(), "busy", TIMEOUT);
		assertThat(this.app.paths()).containsExactly("/call-status");
		assertThat(this.app.requests.get(0).params()).containsEntry("CallStatus", "busy");
	}

	@Test
	void inboundCallWaitsInGatherAndFollowsTheAction() {
		this.app.twiml("/voice", "<Response><Gather action=\"/menu\" numDigits=\"1\"><Say>Press 1</Say></Gather>"
				+ "<Redirect>/voice</Redirect></Response>");
		this.app.twiml("/menu", "<Response><Dial action=\"/dialed\">+14155550177</Dial></Response>");
		this.app.twiml("/dialed", "<Response><Say>Done</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(menu.gather()).hasValueSatisfying((gather) -> assertThat(gather.says()).containsExactly("Press 1"));
		assertThat(this.emulator.call(menu.callSid())).hasValueSatisfying(
				(call) -> assertThat(call.status()).isEqualTo("in-progress"));
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.finishRecording(menu))
			.withMessageContaining("does not wait in a <Record>");
		TwimlReply done = this.emulator.sendDigits(menu.callSid(), "1");
		assertThat(done.says()).containsExactly("Done");
		assertThat(done.previous().dials()).containsExactly("+14155550177");
		assertThat(this.app.requests.get(1).params()).containsEntry("Digits", "1");
		assertThat(this.app.requests.get(2).params()).containsEntry("DialCallStatus", "completed");
		assertThat(this.emulator.call(menu.callSid()).orElseThrow().status()).isEqualTo("completed");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
	}

	@Test
	void dialActionReportsTheOutcomeOfTheNumbersDialed() {
		this.app.twiml("/voice", "<Response><Dial action=\"/busy\">" + TwilioTestNumbers.UNDELIVERABLE + "</Dial>"
				+ "</Response>");
		this.app.twiml("/busy", "<Response><Dial action=\"/no-answer\"><Number>"
				+ TwilioTestNumbers.FAILING + "</Number></Dial></Response>");
		this.app.twiml("/no-answer", "<Response><Dial action=\"/mixed\"><Number>" + TwilioTestNumbers.FAILING
				+ "</Number><Number>+14155550177</Number></Dial></Response>");
		this.app.twiml("/mixed", "<Response><Dial action=\"/nobody\"><Number>" + TwilioTestNumbers.FAILING
				+ "</Number><Number>" + TwilioTestNumbers.UNDELIVERABLE + "</Number></Dial></Response>");
		this.app.twiml("/nobody", "<Response><Dial action=\"/conference\"><Conference>Room</Conference></Dial>"
				+ "</Response>");
		this.app.twiml("/conference", "<Response><Say>Bye</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply inConference = this.emulator.receiveCall(CUSTOMER, NUMBER);
		// The call waits in the conference until it ends
		assertThat(this.app.paths()).containsExactly("/voice", "/busy", "/no-answer", "/mixed", "/nobody");
		this.client.conferences().end(this.client.conferences().list().items().get(0).sid());
		TwimlReply bye = this.emulator.awaitCallStatus(inConference.callSid(), "completed", TIMEOUT).lastReply();
		assertThat(bye.says()).containsExactly("Bye");
		assertThat(this.app.paths()).containsExactly("/voice", "/busy", "/no-answer", "/mixed", "/nobody",
				"/conference");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		String callSid = bye.callSid();
		assertThat(this.app.requests.get(1).params()).containsEntry("DialCallStatus", "busy")
			.containsEntry("DialBridged", "false")
			.containsEntry("CallSid", callSid)
			.containsEntry("CallStatus", "in-progress")
			.containsEntry("From", CUSTOMER)
			.containsEntry("To", NUMBER)
			.containsEntry("AccountSid", this.emulator.accountSid())
			.doesNotContainKey("DialCallDuration");
		assertThat(this.app.requests.get(1).params().get("DialCallSid")).matches("CA[0-9a-f]{32}")
			.isNotEqualTo(callSid);
		assertThat(this.app.requests.get(2).params()).containsEntry("DialCallStatus", "no-answer");
		assertThat(this.app.requests.get(3).params()).containsEntry("DialCallStatus", "completed")
			.containsEntry("DialBridged", "true")
			.containsEntry("DialCallDuration", "1");
		// A busy number and one that does not answer: nobody answered
		assertThat(this.app.requests.get(4).params()).containsEntry("DialCallStatus", "no-answer")
			.containsEntry("DialBridged", "false");
		assertThat(this.app.requests.get(5).params()).containsEntry("DialCallStatus", "answered")
			.doesNotContainKey("DialCallSid")
			.doesNotContainKey("DialCallDuration");
	}

	@Test
	void gatherTimeoutWithoutActionOnEmptyResultGoesOnWithTheNextVerb() {
		this.app.twiml("/voice", "<Response><Gather action=\"/menu\"/><Redirect>/again</Redirect></Response>");
		this.app.twiml("/again", "<Response><Say>Still there?</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.emulator.sendDigits(menu, "").says()).containsExactly("Still there?");
		assertThat(this.app.paths()).containsExactly("/voice", "/again");
	}

	@Test
	void keysBeyondTheKeypadAreRefusedAndTheCallWaitsOn() {
		this.app.twiml("/voice", "<Response><Gather action=\"/menu\" numDigits=\"1\"/></Response>");
		this.app.twiml("/menu", "<Response><Say>Done</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, NUMBER);
		// 1 as a JVM with an Arabic default locale formats it
		String arabicOne = String.format(java.util.Locale.forLanguageTag("ar-EG"), "%d", 1);
		assertThat(arabicOne).isEqualTo("\u0661");
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.sendDigits(menu, arabicOne))
			.withMessage("Keys must be 0 to 9, * or #, but '\u0661' was pressed");
		assertThat(this.emulator.sendDigits(menu, "1").says()).containsExactly("Done");
		assertThat(this.app.paths()).containsExactly("/voice", "/menu");
	}

	@Test
	void gatherSubmitsTheDigitsBeforeItsFinishOnKeyAndNamesTheKey() {
		this.app.twiml("/voice", "<Response><Gather action=\"/pin\"/></Response>");
		this.app.twiml("/pin", "<Response><Gather action=\"/choice\" finishOnKey=\"*\" numDigits=\"2\"/></Response>");
		this.app.twiml("/choice", "<Response><Gather action=\"/back\" finishOnKey=\"*\"/></Response>");
		this.app.twiml("/back", "<Response><Say>Back</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply pin = this.emulator.receiveCall(CUSTOMER, NUMBER);
		TwimlReply choice = this.emulator.sendDigits(pin, "1234#");
		// Keys after the gather has all its digits are not part of them
		TwimlReply back = this.emulator.sendDigits(choice, "123");
		assertThat(this.emulator.sendDigits(back, "5*").says()).containsExactly("Back");
		assertThat(this.app.requests.get(1).params()).containsEntry("Digits", "1234")
			.containsEntry("FinishedOnKey", "#");
		assertThat(this.app.requests.get(2).params()).containsEntry("Digits", "12").containsEntry("FinishedOnKey", "");
		assertThat(this.app.requests.get(3).params()).containsEntry("Digits", "5").containsEntry("FinishedOnKey", "*");
	}

	@Test
	void gatherFinishedBeforeAnyDigitGoesOnWithTheNextVerb() {
		this.app.twiml("/voice", "<Response><Gather action=\"/menu\"/><Say>No choice</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.emulator.sendDigits(menu, "#").says()).containsExactly("No choice");
		assertThat(this.app.paths()).containsExactly("/voice");
	}

	@Test
	void spokenAnswerIsPostedAsSpeechResultAndConfidence() {
		this.app.twiml("/voice", "<Response><Gather input=\"speech dtmf\" action=\"/menu\"><Say>Say sales or press 1"
				+ "</Say></Gather></Response>");
		this.app.twiml("/menu", "<Response><Say>Sales</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply menu = this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.emulator.sendSpeech(menu, "Sales, please.", 0.92).says()).containsExactly("Sales");
		assertThat(this.app.requests.get(1).params()).containsEntry("SpeechResult", "Sales, please.")
			.containsEntry("Confidence", "0.92")
			.containsEntry("CallSid", menu.callSid())
			.doesNotContainKey("Digits");
		assertThat(this.app.requests.get(1).validSignature()).isTrue();
	}

	@Test
	void gatherRefusesInputOfAKindItDoesNotTake() {
		this.app.twiml("/voice", "<Response><Gather input=\"speech\" action=\"/menu\"/></Response>");
		this.app.twiml("/keys", "<Response><Gather action=\"/menu\"/></Response>");
		this.app.twiml("/menu", "<Response><Redirect>/keys</Redirect></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply speechOnly = this.emulator.receiveCall(CUSTOMER, NUMBER);
		// Twilio ignores keys pressed in a gather that takes speech only, and speech in one that takes keys only
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.sendDigits(speechOnly, "1"))
			.withMessageContaining("input=\"speech\"");
		TwimlReply keysOnly = this.emulator.sendSpeech(speechOnly, "sales", 0.9);
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.sendSpeech(keysOnly, "sales", 0.9))
			.withMessageContaining("input=\"dtmf\"");
		assertThat(this.emulator.sendDigits(keysOnly, "1").url()).isEqualTo(this.app.url("/keys"));
	}

	@Test
	void finishedRecordingRunsTheTwimlOfItsAction() {
		this.app.twiml("/voice", "<Response><Record action=\"/recorded\" maxLength=\"5\"/></Response>");
		this.app.twiml("/recorded", "<Response><Say>Thanks</Say><Redirect>/bye</Redirect></Response>");
		this.app.twiml("/bye", "<Response><Say>Goodbye</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply recording = this.emulator.receiveCall(CUSTOMER, NUMBER);
		TwimlReply bye = this.emulator.finishRecording(recording);
		assertThat(bye.says()).containsExactly("Goodbye");
		assertThat(this.app.paths()).containsExactly("/voice", "/recorded", "/bye");
		// The caller stopped speaking: Twilio sends Digits=hangup only when the caller hung up
		assertThat(this.app.requests.get(1).params()).containsKeys("RecordingUrl", "RecordingSid", "RecordingDuration")
			.containsEntry("CallStatus", "in-progress")
			.doesNotContainKey("Digits");
		assertThat(this.emulator.call(recording.callSid()).orElseThrow().status()).isEqualTo("completed");
	}

	@Test
	void recordingEndedByAKeyPostsTheKeyAsDigits() {
		this.app.twiml("/voice", "<Response><Record action=\"/recorded\"/></Response>");
		this.app.twiml("/recorded", "<Response><Record action=\"/again\" finishOnKey=\"*\"/></Response>");
		this.app.twiml("/again", "<Response><Say>Thanks</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply recording = this.emulator.receiveCall(CUSTOMER, NUMBER);
		TwimlReply again = this.emulator.finishRecording(recording, "#");
		// Twilio ignores a key that is not one of the finishOnKey, and goes on recording
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.finishRecording(again, "#"))
			.withMessageContaining("finishOnKey=\"*\"");
		assertThat(this.emulator.finishRecording(again, "*").says()).containsExactly("Thanks");
		assertThat(this.app.paths()).containsExactly("/voice", "/recorded", "/again");
		assertThat(this.app.requests.get(1).params()).containsEntry("Digits", "#")
			.containsEntry("CallStatus", "in-progress")
			.containsKey("RecordingSid");
		assertThat(this.app.requests.get(2).params()).containsEntry("Digits", "*");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
	}

	@Test
	void callerWhoHangsUpDuringARecordingEndsTheCall() {
		this.app.twiml("/voice", "<Response><Record action=\"/recorded\" recordingStatusCallback=\"/status\"/>"
				+ "</Response>");
		this.app.twiml("/recorded", "<Response><Redirect>/more</Redirect></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply recording = this.emulator.receiveCall(CUSTOMER, NUMBER);
		TwimlReply ignored = this.emulator.hangUpDuringRecording(recording);
		assertThat(ignored.redirect()).hasValue("/more");
		// Twilio requests the action, but does not run the TwiML it answers
		assertThat(this.app.paths()).containsExactly("/voice", "/recorded", "/status");
		assertThat(this.app.requests.get(1).params()).containsEntry("Digits", "hangup")
			.containsEntry("CallStatus", "completed")
			.containsKey("RecordingUrl");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		assertThat(this.emulator.call(recording.callSid()).orElseThrow().status()).isEqualTo("completed");
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.finishRecording(recording))
			.withMessageContaining("does not wait in a <Record>");
	}

	@Test
	void inboundSmsReplyIsSentAsMessage() {
		this.app.twiml("/sms", "<Response><Message><Body>Got it</Body><Media>https://example.com/a.png</Media>"
				+ "</Message></Response>");
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms"), null);
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		assertThat(reply.messages()).containsExactly("Got it");
		assertThat(reply.media()).containsExactly("https://example.com/a.png");
		EmulatedMessage sent = this.emulator.awaitMessageTo(CUSTOMER, TIMEOUT);
		assertThat(sent.sid()).startsWith("MM");
		assertThat(sent.from()).isEqualTo(NUMBER);
		assertThat(this.app.requests.get(0).params()).containsEntry("Body", "Hi")
			.containsEntry("SmsStatus", "received")
			.containsEntry("AccountSid", this.emulator.accountSid());
		assertThat(this.app.requests.get(0).validSignature()).isTrue();
	}

	@Test
	void replyIsReadInTheEncodingItsXmlDeclarationNames() {
		String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
				+ "<Response><Message>Grüße aus Köln</Message></Response>";
		this.app.reply("/sms", "application/xml", xml.getBytes(StandardCharsets.ISO_8859_1));
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms"), null);
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		assertThat(reply.error()).isNull();
		assertThat(reply.messages()).containsExactly("Grüße aus Köln");
		assertThat(reply.xml()).contains("Grüße aus Köln");
		assertThat(this.emulator.awaitMessageTo(CUSTOMER, TIMEOUT).body()).isEqualTo("Grüße aus Köln");
	}

	@Test
	void replyIsReadInTheCharsetItsContentTypeNames() {
		this.app.reply("/sms", "text/xml; charset=ISO-8859-1",
				"<Response><Message>¿Qué tal? Ça va</Message></Response>".getBytes(StandardCharsets.ISO_8859_1));
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms"), null);
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		assertThat(reply.error()).isNull();
		assertThat(reply.messages()).containsExactly("¿Qué tal? Ça va");
	}

	@Test
	void replyWithAByteOrderMarkIsReadWithoutIt() {
		byte[] xml = "<Response><Message>こんにちは 👋</Message></Response>".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[xml.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(xml, 0, withBom, 3, xml.length);
		this.app.reply("/sms", "application/xml", withBom);
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms"), null);
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		assertThat(reply.error()).isNull();
		assertThat(reply.messages()).containsExactly("こんにちは 👋");
		assertThat(reply.xml()).startsWith("<Response>");
	}

	@Test
	void inboundWhatsAppReplyIsSentOnWhatsAppFromTheAddressThatReceivedIt() {
		this.app.twiml("/whatsapp", "<Response><Message>Got it</Message></Response>");
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/whatsapp"), null);
		this.emulator.receiveMessage(TwilioWebhookPayloads.inboundWhatsApp().from(CUSTOMER).to(NUMBER).body("Hi"));
		EmulatedMessage sent = this.emulator.awaitMessageTo("whatsapp:" + CUSTOMER, TIMEOUT);
		assertThat(sent.from()).isEqualTo("whatsapp:" + NUMBER);
		assertThat(this.client.messages().fetch(sent.sid()).from()).isEqualTo("whatsapp:" + NUMBER);
	}

	@Test
	void replyMediaHasTheContentTypeItsUrlNames() {
		this.app.twiml("/whatsapp", "<Response><Message><Body>Your receipt</Body>"
				+ "<Media>https://example.com/receipt.pdf</Media><Media>https://example.com/a b.png</Media>"
				+ "</Message></Response>");
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/whatsapp"), null);
		this.emulator.receiveMessage(TwilioWebhookPayloads.inboundWhatsApp().from(CUSTOMER).to(NUMBER).body("Hi"));
		EmulatedMessage sent = this.emulator.awaitMessageTo("whatsapp:" + CUSTOMER, TIMEOUT);
		assertThat(this.client.messages().media().list(sent.sid()).items()).extracting(Media::contentType)
			.containsExactly("application/pdf", "image/png");
	}

	@Test
	void replyMessageWithARelativeActionReportsItsStatusToTheUrlResolvedAgainstTheWebhook() {
		this.app.twiml("/twilio/sms", "<Response><Message action=\"status?tenant=a\">Got it</Message>"
				+ "<Message statusCallback=\"/sms-status\">Again</Message></Response>");
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/twilio/sms"), null);
		this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		List<EmulatedMessage> sent = this.emulator.messagesTo(CUSTOMER);
		assertThat(sent).extracting(EmulatedMessage::statusCallback)
			.containsExactly(this.app.url("/twilio/status?tenant=a"), this.app.url("/sms-status"));
		sent.forEach((message) -> this.emulator.awaitMessageStatus(message.sid(), "delivered", TIMEOUT));
		assertThat(this.emulator.callbacks()).filteredOn((delivery) -> delivery.param("MessageStatus") != null)
			.hasSize(4)
			.allSatisfy((delivery) -> assertThat(delivery.statusCode()).isEqualTo(204));
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
	}

	@Test
	void applicationErrorsAreReported() {
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/missing"), null);
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		assertThat(reply.statusCode()).isEqualTo(404);
		assertThat(reply.error()).contains("404");
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.receiveSms(CUSTOMER, "+14155550111", "Hi"))
			.withMessageContaining("addIncomingNumber");
	}

	@Test
	void applicationThatCannotBeReachedIsReportedAsSuch() {
		RecordingApplication stopped = new RecordingApplication(this.emulator.authToken());
		String url = stopped.url("/sms");
		stopped.close();
		this.emulator.addIncomingNumber(NUMBER, url, null);
		TwimlReply reply = this.emulator.receiveSms(CUSTOMER, NUMBER, "Hi");
		assertThat(reply.statusCode()).isZero();
		assertThat(reply.error()).startsWith("The application could not be reached at " + url + ": ")
			.doesNotContain("HTTP 0");
		assertThat(reply.verbs()).isEmpty();
	}

	@Test
	void resetForgetsEverything() {
		send(CUSTOMER);
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms"), null);
		this.emulator.reset();
		assertThat(this.emulator.messages()).isEmpty();
		assertThat(this.emulator.incomingNumbers()).isEmpty();
		assertThat(this.client.balance().fetch().accountSid()).isEqualTo(this.emulator.accountSid());
	}

	@Test
	void resetDropsWhatWorkStartedBeforeItWouldDeliver() throws Exception {
		this.app.delay = Duration.ofMillis(300);
		send(CUSTOMER);
		// The first status callback is on its way when the next test begins
		assertThat(this.app.firstRequest.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		this.emulator.reset();
		Message control = awaitControlMessage(this.emulator);
		assertThat(this.emulator.callbacks()).extracting((callback) -> callback.param("MessageSid"))
			.containsExactly(control.sid(), control.sid());
		// The forgotten message reports nothing more
		assertThat(this.app.paths()).containsExactly("/status", "/status-control", "/status-control");
	}

	/**
	 * Send a message and wait until it is delivered. Its steps run on the emulator's one
	 * lifecycle thread, each a step delay after the one before, so they come after the
	 * steps of every message sent earlier: once it is delivered, work that a reset stopped
	 * has had every chance to show.
	 */
	private Message awaitControlMessage(TwilioEmulator emulator) {
		Message control = emulator.client()
			.messages()
			.create(MessageCreateRequest.builder()
				.to(CUSTOMER)
				.from(TwilioTestNumbers.VALID)
				.body("control")
				.statusCallback(this.app.url("/status-control"))
				.build());
		emulator.awaitMessageStatus(control.sid(), "delivered", TIMEOUT);
		return control;
	}

	private Message send(String to) {
		return this.client.messages()
			.create(MessageCreateRequest.builder()
				.to(to)
				.from(TwilioTestNumbers.VALID)
				.body("Hi")
				.statusCallback(this.app.url("/status"))
				.build());
	}

}
