package dev.twiliospring.test.emulator;

import java.util.List;
import java.util.Map;

import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.RecordingApplication.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the calls that {@link TwilioEmulator} makes to the nouns of a
 * {@code <Dial>}: their status callbacks and the TwiML of their {@code url}.
 */
class TwilioEmulatorDialLegTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String NUMBER = "+14155550199";

	private static final String AGENT = "+14155550177";

	private static final String OTHER_AGENT = "+14155550178";

	@Test
	void dialedNumberReportsTheEventsItAsksForAndRunsItsUrlBeforeTheBridge() {
		this.app.twiml("/voice", "<Response><Dial action=\"/dialed\"><Number url=\"/whisper\" "
				+ "statusCallback=\"/agent-status\" statusCallbackEvent=\"initiated ringing answered completed\">"
				+ AGENT + "</Number></Dial></Response>");
		this.app.twiml("/whisper", "<Response><Say>A caller from the queue</Say></Response>");
		this.app.twiml("/dialed", "<Response><Say>Bye</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply bye = this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(bye.says()).containsExactly("Bye");
		assertThat(this.app.paths()).containsExactly("/voice", "/agent-status", "/agent-status", "/agent-status",
				"/whisper", "/agent-status", "/dialed");
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
		String legSid = this.app.requests.get(1).params().get("CallSid");
		assertThat(legSid).matches("CA[0-9a-f]{32}").isNotEqualTo(bye.callSid());
		List<Map<String, String>> leg = this.app.requests.subList(1, 6).stream().map(Received::params).toList();
		assertThat(leg).allSatisfy((params) -> assertThat(params).containsEntry("CallSid", legSid)
			.containsEntry("ParentCallSid", bye.callSid())
			.containsEntry("Direction", "outbound-dial")
			.containsEntry("From", CUSTOMER)
			.containsEntry("To", AGENT)
			.containsEntry("AccountSid", this.emulator.accountSid()));
		assertThat(leg).extracting((params) -> params.get("CallStatus"))
			.containsExactly("initiated", "ringing", "in-progress", "in-progress", "completed");
		assertThat(List.of(leg.get(0), leg.get(1), leg.get(2), leg.get(4)))
			.extracting((params) -> params.get("SequenceNumber"))
			.containsExactly("0", "1", "2", "3");
		assertThat(leg.get(4)).containsEntry("CallDuration", "1");
		assertThat(this.app.requests.get(6).params()).containsEntry("DialCallSid", legSid)
			.containsEntry("DialCallStatus", "completed")
			.containsEntry("CallSid", bye.callSid());
	}

	@Test
	void dialedNumbersThatDoNotAnswerReportOnlyTheirEndByDefault() {
		this.app.twiml("/voice", "<Response><Dial><Number statusCallback=\"/busy-status\">"
				+ TwilioTestNumbers.UNDELIVERABLE + "</Number><Number statusCallback=\"/no-answer-status\">"
				+ TwilioTestNumbers.FAILING + "</Number></Dial><Say>Nobody is available</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		TwimlReply reply = this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.app.paths()).containsExactly("/voice", "/busy-status", "/no-answer-status");
		assertThat(this.app.requests.get(1).params()).containsEntry("CallStatus", "busy")
			.containsEntry("ParentCallSid", reply.callSid())
			.containsEntry("To", TwilioTestNumbers.UNDELIVERABLE);
		assertThat(this.app.requests.get(2).params()).containsEntry("CallStatus", "no-answer")
			.containsEntry("To", TwilioTestNumbers.FAILING);
		assertThat(this.app.requests).allSatisfy((request) -> assertThat(request.validSignature()).isTrue());
	}

	@Test
	void whisperThatHangsUpDeclinesTheLegAndTheNextNumberIsBridged() {
		this.app.twiml("/voice", "<Response><Dial action=\"/dialed\" callerId=\"" + NUMBER + "\">"
				+ "<Number url=\"/screen\" statusCallback=\"/first-status\">" + AGENT + "</Number>"
				+ "<Number statusCallback=\"/second-status\">" + OTHER_AGENT + "</Number>"
				+ "<Number statusCallback=\"/third-status\">+14155550179</Number></Dial></Response>");
		// The agent presses no key: the gather times out and the whisper hangs up
		this.app.twiml("/screen", "<Response><Gather numDigits=\"1\" action=\"/accept\"><Say>Press 1</Say></Gather>"
				+ "<Hangup/></Response>");
		this.app.twiml("/dialed", "<Response><Say>Bye</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.app.paths()).containsExactly("/voice", "/screen", "/first-status", "/third-status",
				"/second-status", "/dialed");
		assertThat(this.app.requests.get(1).params()).containsEntry("From", NUMBER).containsEntry("To", AGENT);
		assertThat(this.app.requests.get(2).params()).containsEntry("CallStatus", "completed");
		assertThat(this.app.requests.get(3).params()).containsEntry("CallStatus", "canceled");
		Map<String, String> bridged = this.app.requests.get(4).params();
		assertThat(bridged).containsEntry("CallStatus", "completed").containsEntry("To", OTHER_AGENT);
		assertThat(this.app.requests.get(5).params()).containsEntry("DialCallSid", bridged.get("CallSid"))
			.containsEntry("DialCallStatus", "completed");
	}

	@Test
	void dialWhoseOnlyNumberDeclinesInItsWhisperDidNotConnect() {
		this.app.twiml("/voice", "<Response><Dial action=\"/dialed\"><Number url=\"/screen\">" + AGENT
				+ "</Number></Dial></Response>");
		this.app.twiml("/screen", "<Response><Redirect>/decline</Redirect></Response>");
		this.app.twiml("/decline", "<Response><Hangup/></Response>");
		this.app.twiml("/dialed", "<Response><Say>Bye</Say></Response>");
		this.emulator.addIncomingNumber(NUMBER, null, this.app.url("/voice"));
		this.emulator.receiveCall(CUSTOMER, NUMBER);
		assertThat(this.app.paths()).containsExactly("/voice", "/screen", "/decline", "/dialed");
		assertThat(this.app.requests.get(2).params()).containsEntry("ParentCallSid",
				this.app.requests.get(0).params().get("CallSid"));
		assertThat(this.app.requests.get(3).params()).containsEntry("DialCallStatus", "no-answer")
			.containsEntry("DialBridged", "false")
			.doesNotContainKey("DialCallDuration");
	}

}
