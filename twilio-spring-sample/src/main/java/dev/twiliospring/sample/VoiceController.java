package dev.twiliospring.sample;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.twiliospring.twiml.Dial;
import dev.twiliospring.twiml.Gather;
import dev.twiliospring.twiml.Method;
import dev.twiliospring.twiml.Record;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.DialResult;
import dev.twiliospring.webhook.GatherResult;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.RecordResult;
import dev.twiliospring.webhook.TwilioWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voice menu behind the number's voice webhook: greets the caller and offers the time
 * (1), voicemail (2) or a transfer (3), which falls back to voicemail when nobody answers.
 *
 * @since 1.0.0
 */
@RestController
@RequestMapping("/twilio/voice")
@TwilioWebhook
public class VoiceController {

	private static final Logger logger = LoggerFactory.getLogger(VoiceController.class);

	static final String MENU = "Press 1 for the time, 2 to leave a voicemail, or 3 to talk to a person.";

	private final SampleProperties properties;

	public VoiceController(SampleProperties properties) {
		this.properties = properties;
	}

	@PostMapping
	public VoiceResponse greet(InboundCall call) {
		logger.info("Incoming call {}", call.callSid());
		logger.debug("Call {} from {} to {}", call.callSid(), call.from(), call.to());
		return VoiceResponse.builder().say("Welcome to the twilio-spring-boot sample.").gather(menu()).build();
	}

	@PostMapping("/menu")
	public VoiceResponse menu(GatherResult result) {
		String digits = (result.digits() != null) ? result.digits().trim() : "";
		// Digits a caller presses can be a PIN elsewhere, so they stay out of INFO
		logger.debug("Call {} chose '{}'", result.callSid(), digits);
		return switch (digits) {
			case "1" -> VoiceResponse.builder()
				.say("It is " + LocalTime.now().format(DateTimeFormatter.ofPattern("h:mm a", Locale.US)) + ". Goodbye.")
				.hangup()
				.build();
			case "2" -> voicemail(VoiceResponse.builder());
			case "3" -> VoiceResponse.builder()
				.say("Connecting you now.")
				.dial(Dial.builder().action("/twilio/voice/dialed").number(this.properties.getForwardTo()))
				.build();
			case "" -> VoiceResponse.builder().say("We did not get your choice.").gather(menu()).build();
			default -> VoiceResponse.builder().say("Sorry, " + digits + " is not an option.").gather(menu()).build();
		};
	}

	@PostMapping("/dialed")
	public VoiceResponse dialed(DialResult result) {
		logger.info("Call {} forwarded: {}", result.callSid(), result.dialCallStatus());
		if (result.connected()) {
			return VoiceResponse.builder().hangup().build();
		}
		return voicemail(VoiceResponse.builder().say("Nobody could take your call."));
	}

	@PostMapping("/recorded")
	public VoiceResponse recorded(RecordResult result) {
		logger.info("Call {} left voicemail {} ({} s{})", result.callSid(), result.recordingSid(),
				result.recordingDuration(), result.hungUp() ? ", caller hung up" : "");
		// Twilio does not run the answer to a caller who hung up, but it still wants one
		return VoiceResponse.builder().say("Thank you, your message was recorded. Goodbye.").hangup().build();
	}

	private static VoiceResponse voicemail(VoiceResponse.Builder response) {
		return response.say("Leave a message after the beep. Press the pound key when you are done.")
			.record(Record.builder()
				.action("/twilio/voice/recorded")
				.maxLength(120)
				.finishOnKey("#")
				.recordingStatusCallback("/twilio/status")
				.recordingStatusCallbackMethod(Method.POST))
			.build();
	}

	private static Gather.Builder menu() {
		return Gather.builder()
			.action("/twilio/voice/menu")
			.method(Method.POST)
			.numDigits(1)
			.timeout(5)
			.actionOnEmptyResult(true)
			.say(MENU);
	}

}
