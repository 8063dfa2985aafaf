package dev.twiliospring.autoconfigure.webhook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.twiliospring.twiml.TwimlDocument;
import dev.twiliospring.webhook.CallStatusEvent;
import dev.twiliospring.webhook.ConferenceStatusCallback;
import dev.twiliospring.webhook.ConferenceStatusEvent;
import dev.twiliospring.webhook.DialResult;
import dev.twiliospring.webhook.GatherResult;
import dev.twiliospring.webhook.InboundCall;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.MessageStatusEvent;
import dev.twiliospring.webhook.RecordResult;
import dev.twiliospring.webhook.RecordingStatusEvent;
import dev.twiliospring.webhook.TestTwiml;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Small web application with Twilio webhook endpoints for end-to-end tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ WebhookTestApplication.SmsController.class, WebhookTestApplication.MixedController.class,
		WebhookTestApplication.StatusEvents.class })
class WebhookTestApplication {

	@Bean
	RouterFunction<ServerResponse> functionalHook() {
		return RouterFunctions.route()
			.POST("/functional/hook",
					(request) -> ServerResponse.ok().body("functional:" + request.param("Body").orElse("")))
			.build();
	}

	@RestController
	@TwilioWebhook
	static class SmsController {

		final AtomicInteger invocations = new AtomicInteger();

		/**
		 * The classes of the threads that {@code /twilio/sms} ran on, such as
		 * {@code java.lang.VirtualThread}.
		 */
		final Set<String> threadClasses = ConcurrentHashMap.newKeySet();

		@PostMapping("/twilio/sms")
		TwimlDocument reply(InboundMessage sms) {
			this.threadClasses.add(Thread.currentThread().getClass().getName());
			int invocation = this.invocations.incrementAndGet();
			return new TestTwiml("<Response><Message>You said: " + sms.body() + " #" + invocation
					+ "</Message></Response>");
		}

		@PostMapping("/twilio/async")
		Callable<TwimlDocument> replyLater(InboundMessage sms) {
			return () -> {
				int invocation = this.invocations.incrementAndGet();
				return new TestTwiml("<Response><Message>Later: " + sms.body() + " #" + invocation
						+ "</Message></Response>");
			};
		}

		@PostMapping(path = "/twilio/conditional", params = "Digits")
		String conditional(GatherResult result) {
			return "digits:" + result.digits();
		}

		@GetMapping("/twilio/voice")
		TwimlDocument voice(InboundCall call) {
			return new TestTwiml("<Response><Say>Call " + call.callSid() + " from " + call.from() + " is "
					+ call.callStatus() + "</Say></Response>");
		}

		@PostMapping("/twilio/gather")
		String gather(GatherResult result) {
			return result.digits() + "/" + result.confidence();
		}

		@PostMapping("/twilio/dialed")
		String dialed(DialResult result) {
			return result.dialCallStatus() + "/" + result.connected() + "/" + result.dialCallDuration();
		}

		@PostMapping("/twilio/recorded")
		String recorded(Optional<RecordResult> result) {
			return result.map((recording) -> recording.recordingSid() + "/" + recording.recordingDuration() + "/"
					+ recording.hungUp())
				.orElse("none");
		}

		@PostMapping("/twilio/conference")
		String conference(ConferenceStatusCallback event) {
			return event.sequenceNumber() + ":" + event.statusCallbackEvent() + " " + event.conferenceSid() + " "
					+ event.callSid() + " muted=" + event.muted() + " hold=" + event.hold() + " at "
					+ event.timestamp();
		}

		@PostMapping("/twilio/media")
		String media(InboundMessage message, WebhookParameters params) {
			return message.numMedia() + ":"
					+ message.media()
						.stream()
						.map((media) -> media.url() + "=" + media.contentType())
						.collect(Collectors.joining(","))
					+ "|" + message.params().get("BrandNew") + "|" + params.getAll("Tag");
		}

		@PostMapping(path = "/twilio/event", consumes = "application/json")
		String event(@RequestBody Map<String, Object> event) {
			return "event:" + event.get("property");
		}

	}

	@RestController
	static class MixedController {

		@TwilioWebhook
		@PostMapping("/mixed/hook")
		String hook(@RequestParam("Body") String body) {
			return "hook:" + body;
		}

		@PostMapping("/mixed/open")
		String open(@RequestParam("Body") String body) {
			return "open:" + body;
		}

	}

	static class StatusEvents {

		final List<Object> received = new CopyOnWriteArrayList<>();

		@EventListener
		void onMessageStatus(MessageStatusEvent event) {
			this.received.add(event);
		}

		@EventListener
		void onCallStatus(CallStatusEvent event) {
			this.received.add(event);
		}

		@EventListener
		void onRecordingStatus(RecordingStatusEvent event) {
			this.received.add(event);
		}

		@EventListener
		void onConferenceStatus(ConferenceStatusEvent event) {
			this.received.add(event);
		}

	}

}
