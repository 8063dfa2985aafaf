package dev.twiliospring.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.twiliospring.webhook.TwilioWebhookObservationContext.Type;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the webhook payload types, {@link WebhookParameters} and how
 * {@link TwilioWebhookObservationContext.Type} and {@link TwilioStatusCallbackHandler}
 * tell callbacks of TwiML nouns apart.
 */
class WebhookPayloadsReviewTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			CallSid=CA1,StreamSid=MZ1,StreamName=s,StreamEvent=stream-started,Timestamp=t          | STATUS
			CallSid=CA1,StreamSid=MZ1,StreamEvent=stream-error,StreamError=boom                    | STATUS
			CallSid=CA1,TranscriptionSid=GT1,TranscriptionEvent=transcription-content,Final=true   | STATUS
			CallSid=CA1,CallStatus=in-progress,UnstableSpeechResult=hel,StableSpeechResult=        | STATUS
			CallSid=CA1,CallStatus=in-progress,SpeechResult=hello,Confidence=0.9                   | VOICE
			CallSid=CA1,CallStatus=in-progress,DialCallStatus=completed,DialCallSid=CA2            | VOICE
			""")
	void callbacksOfTwimlNounsAreTaggedStatusAndRequestsForTwimlVoice(String parameters, Type expected) {
		assertThat(Type.of(arrays(parameters))).isEqualTo(expected);
	}

	@Test
	void statusEndpointDoesNotPublishAPartialSpeechResultAsACallStatus() {
		WebhookParameters partial = WebhookParameters
			.ofArrays(arrays("CallSid=CA1,CallStatus=in-progress,SequenceNumber=1,UnstableSpeechResult=hel"));
		assertThat(TwilioStatusCallbackHandler.toEvent(partial)).isNull();
	}

	@Test
	void statusEndpointDoesNotPublishStreamOrRealTimeTranscriptionCallbacks() {
		assertThat(TwilioStatusCallbackHandler.toEvent(WebhookParameters
			.ofArrays(arrays("AccountSid=AC1,CallSid=CA1,StreamSid=MZ1,StreamEvent=stream-stopped")))).isNull();
		assertThat(TwilioStatusCallbackHandler.toEvent(WebhookParameters
			.ofArrays(arrays("AccountSid=AC1,CallSid=CA1,TranscriptionEvent=transcription-stopped")))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"Body\": null}", "{\"Body\": [null]}", "{\"Body\": [\"a\", null]}" })
	void readingParametersWithANullValueFromJsonNamesTheParameter(String json) {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue(json, WebhookParameters.class))
			.withMessageContaining("'Body'");
	}

	@Test
	void readingParametersWithAValueThatIsNoListFromJsonFailsClearly() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"Body\": {\"a\": 1}}", WebhookParameters.class))
			.withMessageContaining("Body");
	}

	@Test
	void readingAPayloadWithNullParametersFromJsonFailsClearly() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"callSid\": \"CA1\", \"params\": null}", InboundCall.class))
			.withMessageContaining("params");
	}

	@Test
	void readingAPayloadWithoutParametersFromJsonFailsClearly() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"callSid\": \"CA1\"}", InboundCall.class))
			.withMessageContaining("params");
	}

	@Test
	void bindingHintsOfAPayloadCoverTheJsonMethodsOfItsParameters() throws NoSuchMethodException {
		RuntimeHints hints = new RuntimeHints();
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), InboundCall.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(WebhookParameters.class.getMethod("asMap"))).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(WebhookParameters.class.getMethod("of", Map.class))).accepts(hints);
	}

	private static Map<String, String[]> arrays(String parameters) {
		Map<String, String[]> map = new LinkedHashMap<>();
		for (String pair : parameters.split(",")) {
			String[] nameAndValue = pair.split("=", 2);
			map.put(nameAndValue[0], new String[] { nameAndValue[1] });
		}
		return map;
	}

}
