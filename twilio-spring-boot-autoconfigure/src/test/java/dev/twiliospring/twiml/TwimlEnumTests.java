package dev.twiliospring.twiml;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the enums of the TwiML vocabulary: each renders exactly the values that
 * Twilio's TwiML definitions allow wherever the enum is used.
 */
class TwimlEnumTests {

	@Test
	void gatherInputWireValues() {
		assertThat(wireValues(Gather.Input.values())).containsExactlyInAnyOrder("dtmf", "speech");
	}

	@Test
	void methodWireValues() {
		assertThat(wireValues(Method.values())).containsExactlyInAnyOrder("GET", "POST");
	}

	@Test
	void dialRecordingModeWireValues() {
		assertThat(wireValues(Dial.RecordingMode.values())).containsExactlyInAnyOrder(
				"do-not-record", "record-from-answer", "record-from-ringing",
				"record-from-answer-dual", "record-from-ringing-dual");
	}

	@Test
	void trimWireValues() {
		assertThat(wireValues(Trim.values())).containsExactlyInAnyOrder(
				"trim-silence", "do-not-trim");
	}

	@Test
	void recordingEventWireValues() {
		assertThat(wireValues(RecordingEvent.values())).containsExactlyInAnyOrder(
				"in-progress", "completed", "absent");
	}

	@Test
	void dialRingToneWireValues() {
		assertThat(wireValues(Dial.RingTone.values())).containsExactlyInAnyOrder(
				"at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es",
				"fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no",
				"nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve",
				"za");
	}

	@Test
	void recordingTrackWireValues() {
		assertThat(wireValues(RecordingTrack.values())).containsExactlyInAnyOrder(
				"both", "inbound", "outbound");
	}

	@Test
	void dialEventsWireValues() {
		assertThat(wireValues(Dial.Events.values())).containsExactlyInAnyOrder("call-progress-event");
	}

	@Test
	void rejectReasonWireValues() {
		assertThat(wireValues(Reject.Reason.values())).containsExactlyInAnyOrder("rejected", "busy");
	}

	@Test
	void payInputWireValues() {
		assertThat(wireValues(Pay.Input.values())).containsExactlyInAnyOrder("dtmf");
	}

	@Test
	void payBankAccountTypeWireValues() {
		assertThat(wireValues(Pay.BankAccountType.values())).containsExactlyInAnyOrder(
				"consumer-checking", "consumer-savings", "commercial-checking",
				"commercial-savings");
	}

	@Test
	void payPaymentMethodWireValues() {
		assertThat(wireValues(Pay.PaymentMethod.values())).containsExactlyInAnyOrder("ach-debit", "credit-card");
	}

	@Test
	void payTokenTypeWireValues() {
		assertThat(wireValues(Pay.TokenType.values())).containsExactlyInAnyOrder(
				"one-time", "reusable", "payment-method");
	}

	@Test
	void cardTypeWireValues() {
		assertThat(wireValues(CardType.values())).containsExactlyInAnyOrder(
				"visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb",
				"diners-club", "enroute");
	}

	@Test
	void promptForWireValues() {
		assertThat(wireValues(Prompt.For.values())).containsExactlyInAnyOrder(
				"payment-card-number", "expiration-date", "security-code", "postal-code",
				"payment-processing", "bank-account-number", "bank-routing-number");
	}

	@Test
	void promptErrorTypeWireValues() {
		assertThat(wireValues(Prompt.ErrorType.values())).containsExactlyInAnyOrder(
				"timeout", "invalid-card-number", "invalid-card-type", "invalid-date",
				"invalid-security-code", "internal-error", "input-matching-failed");
	}

	@Test
	void ssmlBreakStrengthWireValues() {
		assertThat(wireValues(SsmlBreak.Strength.values())).containsExactlyInAnyOrder(
				"none", "x-weak", "weak", "medium", "strong", "x-strong");
	}

	@Test
	void ssmlEmphasisLevelWireValues() {
		assertThat(wireValues(SsmlEmphasis.Level.values())).containsExactlyInAnyOrder(
				"strong", "moderate", "reduced");
	}

	@Test
	void ssmlPhonemeAlphabetWireValues() {
		assertThat(wireValues(SsmlPhoneme.Alphabet.values())).containsExactlyInAnyOrder(
				"ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana",
				"x-amazon-yomigana");
	}

	@Test
	void ssmlSayAsInterpretAsWireValues() {
		assertThat(wireValues(SsmlSayAs.InterpretAs.values())).containsExactlyInAnyOrder(
				"characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction",
				"unit", "date", "time", "address", "expletive", "telephone");
	}

	@Test
	void ssmlSayAsFormatWireValues() {
		assertThat(wireValues(SsmlSayAs.Format.values())).containsExactlyInAnyOrder(
				"mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y", "yyyymmdd");
	}

	@Test
	void callEventWireValues() {
		assertThat(wireValues(CallEvent.values())).containsExactlyInAnyOrder(
				"initiated", "ringing", "answered", "completed");
	}

	@Test
	void conferenceBeepWireValues() {
		assertThat(wireValues(Conference.Beep.values())).containsExactlyInAnyOrder(
				"true", "false", "onEnter", "onExit");
	}

	@Test
	void conferenceRecordingModeWireValues() {
		assertThat(wireValues(Conference.RecordingMode.values())).containsExactlyInAnyOrder(
				"do-not-record", "record-from-start");
	}

	@Test
	void conferenceRegionWireValues() {
		assertThat(wireValues(Conference.Region.values())).containsExactlyInAnyOrder(
				"us1", "us2", "ie1", "sg1", "br1", "au1", "jp1", "de1");
	}

	@Test
	void conferenceEventWireValues() {
		assertThat(wireValues(Conference.Event.values())).containsExactlyInAnyOrder(
				"start", "end", "join", "leave", "mute", "hold", "modify", "speaker",
				"announcement");
	}

	@Test
	void conferenceJitterBufferSizeWireValues() {
		assertThat(wireValues(Conference.JitterBufferSize.values())).containsExactlyInAnyOrder(
				"large", "medium", "small", "off");
	}

	@Test
	void trackWireValues() {
		assertThat(wireValues(Track.values())).containsExactlyInAnyOrder(
				"inbound_track", "outbound_track", "both_tracks");
	}

	@Test
	void conversationRecordingModeWireValues() {
		assertThat(wireValues(Conversation.RecordingMode.values())).containsExactlyInAnyOrder(
				"do-not-record", "record-from-answer", "record-from-ringing",
				"record-from-answer-dual", "record-from-ringing-dual", "true", "false");
	}

	@Test
	void conversationEventWireValues() {
		assertThat(wireValues(Conversation.Event.values())).containsExactlyInAnyOrder(
				"call-initiated", "call-ringing", "call-answered", "call-completed");
	}

	@Test
	void recordingChannelsWireValues() {
		assertThat(wireValues(Recording.Channels.values())).containsExactlyInAnyOrder("mono", "dual");
	}

	@Test
	void receiveMediaTypeWireValues() {
		assertThat(wireValues(Receive.MediaType.values())).containsExactlyInAnyOrder(
				"application/pdf", "image/tiff");
	}

	@Test
	void receivePageSizeWireValues() {
		assertThat(wireValues(Receive.PageSize.values())).containsExactlyInAnyOrder(
				"letter", "legal", "a4");
	}

	private static List<String> wireValues(WireValue[] values) {
		return Arrays.stream(values).map(WireValue::value).toList();
	}

}
