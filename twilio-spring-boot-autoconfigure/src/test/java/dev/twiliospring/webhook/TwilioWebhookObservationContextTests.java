package dev.twiliospring.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.twiliospring.webhook.TwilioWebhookObservationContext.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookObservationContext}.
 */
class TwilioWebhookObservationContextTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			MessageSid=SM1,SmsSid=SM1,SmsStatus=received,Body=hi   | MESSAGE
			SmsSid=SM1,Body=hi                                     | MESSAGE
			MessageSid=SM1,MessageStatus=delivered                 | STATUS
			MessageSid=SM1,SmsStatus=sent,MessageStatus=sent       | STATUS
			CallSid=CA1,CallStatus=ringing                         | VOICE
			CallSid=CA1,CallStatus=in-progress,Digits=1            | VOICE
			CallSid=CA1,CallStatus=ringing,CallbackSource=call-progress-events | STATUS
			CallSid=CA1,CallStatus=completed                       | STATUS
			CallSid=CA1,CallStatus=no-answer                       | STATUS
			CallSid=CA1,RecordingSid=RE1,RecordingStatus=completed | STATUS
			CallSid=CA1,TranscriptionStatus=completed              | STATUS
			CallSid=CA1,AnsweredBy=machine_start,MachineDetectionDuration=2400 | STATUS
			CallSid=CA1,CallStatus=in-progress,AnsweredBy=human    | VOICE
			ConferenceSid=CF1,CallSid=CA1,StatusCallbackEvent=participant-join | STATUS
			ConferenceSid=CF1,StatusCallbackEvent=conference-end   | STATUS
			CallSid=CA1,StreamSid=MZ1,StreamName=s,StreamEvent=stream-started,Timestamp=t | STATUS
			CallSid=CA1,StreamSid=MZ1,StreamEvent=stream-error,StreamError=boom | STATUS
			CallSid=CA1,TranscriptionSid=GT1,TranscriptionEvent=transcription-content,Final=true | STATUS
			CallSid=CA1,CallStatus=in-progress,UnstableSpeechResult=hel,StableSpeechResult= | STATUS
			CallSid=CA1,CallStatus=in-progress,SpeechResult=hello,Confidence=0.9 | VOICE
			CallSid=CA1,CallStatus=in-progress,DialCallStatus=completed,DialCallSid=CA2 | VOICE
			EventType=onMessageAdded                               | OTHER
			tenant=a                                               | OTHER
			""")
	void typeIsToldFromParameters(String parameters, Type expected) {
		Map<String, String[]> map = new LinkedHashMap<>();
		for (String pair : parameters.split(",")) {
			String[] nameAndValue = pair.split("=", 2);
			map.put(nameAndValue[0], new String[] { nameAndValue[1] });
		}
		assertThat(Type.of(map)).isEqualTo(expected);
	}

}
