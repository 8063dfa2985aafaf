package dev.twiliospring.client.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioDurations;
import dev.twiliospring.client.TwilioParameters;

/**
 * Parameters of a new outbound call. The call runs exactly one source of TwiML: a URL
 * Twilio fetches when the callee answers ({@code Url}), inline TwiML ({@code Twiml}) or
 * an application ({@code ApplicationSid}).
 * <pre class="code">
 * CallCreateRequest request = CallCreateRequest.builder()
 *     .to("+15558675310")
 *     .from("+15017122661")
 *     .twiml("&lt;Response&gt;&lt;Say&gt;Your order has shipped&lt;/Say&gt;&lt;/Response&gt;")
 *     .statusCallback("https://example.com/twilio/call-status")
 *     .statusCallbackEvent(CallCreateRequest.Event.ANSWERED, CallCreateRequest.Event.COMPLETED)
 *     .machineDetection(CallCreateRequest.MachineDetection.DETECT_MESSAGE_END)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see CallResource#create(CallCreateRequest)
 */
public final class CallCreateRequest {

	private final TwilioParameters parameters;

	private CallCreateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "CallCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Call progress event sent to the status callback ({@code StatusCallbackEvent}).
	 */
	public enum Event {

		/** Twilio started dialing. */
		INITIATED("initiated"),

		/** The callee's phone started ringing. */
		RINGING("ringing"),

		/** The callee answered. */
		ANSWERED("answered"),

		/** The call ended, whatever the outcome; sent by default. */
		COMPLETED("completed");

		private final String value;

		Event(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Recording event sent to the recording status callback
	 * ({@code RecordingStatusCallbackEvent}).
	 */
	public enum RecordingEvent {

		/** The recording started. */
		IN_PROGRESS("in-progress"),

		/** The recording is available; sent by default. */
		COMPLETED("completed"),

		/** The recording was too short or silent and was discarded. */
		ABSENT("absent");

		private final String value;

		RecordingEvent(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Channels of the recording file ({@code RecordingChannels}).
	 */
	public enum RecordingChannels {

		/** Both legs mixed into one channel; Twilio's default. */
		MONO("mono"),

		/** Each leg in its own channel, the parent call first. */
		DUAL("dual");

		private final String value;

		RecordingChannels(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Audio track to record ({@code RecordingTrack}).
	 */
	public enum RecordingTrack {

		/** The audio Twilio receives from the callee. */
		INBOUND("inbound"),

		/** The audio Twilio plays to the callee. */
		OUTBOUND("outbound"),

		/** Both directions; Twilio's default. */
		BOTH("both");

		private final String value;

		RecordingTrack(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Silence trimming of the recording ({@code Trim}).
	 */
	public enum Trim {

		/** Trim leading and trailing silence; Twilio's default. */
		TRIM_SILENCE("trim-silence"),

		/** Keep the silence. */
		DO_NOT_TRIM("do-not-trim");

		private final String value;

		Trim(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Answering machine detection mode ({@code MachineDetection}).
	 */
	public enum MachineDetection {

		/** Report who answered as soon as it is known. */
		ENABLE("Enable"),

		/** Wait for the end of a machine's greeting, to leave a message after the beep. */
		DETECT_MESSAGE_END("DetectMessageEnd");

		private final String value;

		MachineDetection(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link CallCreateRequest}.
	 */
	public static final class Builder extends CallSettingsBuilder<Builder, CallCreateRequest> {

		private Builder() {
		}

		/**
		 * Set the callee (required): a phone number in E.164 format such as
		 * {@code +15558675310}, a SIP address such as {@code sip:alice@example.com} or
		 * a client identifier such as {@code client:alice}.
		 * @param to the callee
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Set the caller ID (required): a Twilio phone number or verified caller ID of
		 * the account, or a client identifier when calling a client.
		 * @param from the caller
		 * @return this builder
		 */
		public Builder from(String from) {
			this.parameters.set("From", from);
			return this;
		}

		/**
		 * Let an application handle the call, using its voice URL and callbacks.
		 * @param applicationSid the application SID ({@code AP...})
		 * @return this builder
		 */
		public Builder applicationSid(String applicationSid) {
			this.parameters.set("ApplicationSid", applicationSid);
			return this;
		}

		/**
		 * Set the URL Twilio fetches TwiML from when the primary URL fails.
		 * @param fallbackUrl the fallback URL
		 * @return this builder
		 */
		public Builder fallbackUrl(URI fallbackUrl) {
			this.parameters.set("FallbackUrl", fallbackUrl);
			return this;
		}

		/**
		 * Set the URL Twilio sends call progress events to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(URI statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Add call progress events to send to the status callback; without any, Twilio
		 * sends {@code completed} only. Each event is a separate
		 * {@code StatusCallbackEvent} parameter.
		 * @param events the events
		 * @return this builder
		 */
		public Builder statusCallbackEvent(Event... events) {
			this.parameters.add("StatusCallbackEvent", checkEvents(events, "StatusCallbackEvent"));
			return this;
		}

		/**
		 * Set the keys to press once the call connects, up to 32: digits, {@code A} to
		 * {@code D}, {@code #} and {@code *}, with {@code w} for a half-second pause and
		 * {@code W} for a one-second pause, such as {@code W1234#}. Twilio then ignores
		 * machine detection.
		 * @param sendDigits the keys
		 * @return this builder
		 */
		public Builder sendDigits(String sendDigits) {
			this.parameters.set("SendDigits", sendDigits);
			return this;
		}

		/**
		 * Set how long to let the phone ring before giving up. Twilio defaults to 60
		 * seconds.
		 * @param timeout the ring time, whole seconds from 1 to 600
		 * @return this builder
		 * @throws IllegalArgumentException if the ring time has a fraction of a second or
		 * is out of range
		 */
		public Builder timeout(Duration timeout) {
			this.parameters.set("Timeout", TwilioDurations.seconds(timeout, "Timeout", 1, 600));
			return this;
		}

		/**
		 * Set the caller ID shown for a call to a SIP address or client: a phone number
		 * in E.164 format, a SIP address or a client identifier.
		 * @param callerId the caller ID
		 * @return this builder
		 */
		public Builder callerId(String callerId) {
			this.parameters.set("CallerId", callerId);
			return this;
		}

		/**
		 * Set whether to record the call.
		 * @param record whether to record
		 * @return this builder
		 */
		public Builder record(boolean record) {
			this.parameters.set("Record", record);
			return this;
		}

		/**
		 * Set the channels of the recording file.
		 * @param recordingChannels mono (Twilio's default) or dual
		 * @return this builder
		 */
		public Builder recordingChannels(RecordingChannels recordingChannels) {
			this.parameters.set("RecordingChannels", recordingChannels);
			return this;
		}

		/**
		 * Set the URL Twilio calls when the recording changes status.
		 * @param recordingStatusCallback the callback URL
		 * @return this builder
		 */
		public Builder recordingStatusCallback(String recordingStatusCallback) {
			this.parameters.set("RecordingStatusCallback", recordingStatusCallback);
			return this;
		}

		/**
		 * Set the URL Twilio calls when the recording changes status.
		 * @param recordingStatusCallback the callback URL
		 * @return this builder
		 */
		public Builder recordingStatusCallback(URI recordingStatusCallback) {
			this.parameters.set("RecordingStatusCallback", recordingStatusCallback);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the recording status callback.
		 * @param recordingStatusCallbackMethod {@code GET} or {@code POST} (Twilio's
		 * default)
		 * @return this builder
		 */
		public Builder recordingStatusCallbackMethod(HttpMethod recordingStatusCallbackMethod) {
			this.parameters.set("RecordingStatusCallbackMethod",
					RequestChecks.getOrPost(recordingStatusCallbackMethod, "RecordingStatusCallbackMethod"));
			return this;
		}

		/**
		 * Add recording events to send to the recording status callback; without any,
		 * Twilio sends {@code completed} only. Each event is a separate
		 * {@code RecordingStatusCallbackEvent} parameter.
		 * @param events the events
		 * @return this builder
		 */
		public Builder recordingStatusCallbackEvent(RecordingEvent... events) {
			this.parameters.add("RecordingStatusCallbackEvent",
					checkEvents(events, "RecordingStatusCallbackEvent"));
			return this;
		}

		/**
		 * Set the audio track to record.
		 * @param recordingTrack inbound, outbound or both (Twilio's default)
		 * @return this builder
		 */
		public Builder recordingTrack(RecordingTrack recordingTrack) {
			this.parameters.set("RecordingTrack", recordingTrack);
			return this;
		}

		/**
		 * Set whether to trim leading and trailing silence from the recording.
		 * @param trim the trimming (Twilio's default trims silence)
		 * @return this builder
		 */
		public Builder trim(Trim trim) {
			this.parameters.set("Trim", trim);
			return this;
		}

		/**
		 * Set the credentials for a call to a SIP address that requires
		 * authentication. The password is sent to Twilio only; this request's
		 * {@code toString()} shows parameter names, never values.
		 * @param username the SIP username
		 * @param password the SIP password
		 * @return this builder
		 */
		public Builder sipAuth(String username, String password) {
			this.parameters.set("SipAuthUsername", username);
			this.parameters.set("SipAuthPassword", password);
			return this;
		}

		/**
		 * Detect whether a person, an answering machine or a fax answered; the result
		 * arrives as {@code AnsweredBy}.
		 * @param machineDetection the detection mode
		 * @return this builder
		 */
		public Builder machineDetection(MachineDetection machineDetection) {
			this.parameters.set("MachineDetection", machineDetection);
			return this;
		}

		/**
		 * Set how long machine detection may take before it reports {@code unknown}.
		 * Twilio defaults to 30 seconds.
		 * @param machineDetectionTimeout the timeout, whole seconds, at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if the timeout has a fraction of a second or is
		 * not positive
		 */
		public Builder machineDetectionTimeout(Duration machineDetectionTimeout) {
			this.parameters.set("MachineDetectionTimeout", TwilioDurations.seconds(machineDetectionTimeout,
					"MachineDetectionTimeout", 1, Integer.MAX_VALUE));
			return this;
		}

		/**
		 * Set the length of speech above which machine detection assumes a machine.
		 * Twilio defaults to 2400 ms.
		 * @param threshold the threshold, whole milliseconds from 1000 to 6000
		 * @return this builder
		 * @throws IllegalArgumentException if the threshold has a fraction of a
		 * millisecond or is out of range
		 */
		public Builder machineDetectionSpeechThreshold(Duration threshold) {
			this.parameters.set("MachineDetectionSpeechThreshold",
					TwilioDurations.millis(threshold, "MachineDetectionSpeechThreshold", 1000, 6000));
			return this;
		}

		/**
		 * Set the silence after speech that ends a greeting for machine detection.
		 * Twilio defaults to 1200 ms.
		 * @param threshold the threshold, whole milliseconds from 500 to 5000
		 * @return this builder
		 * @throws IllegalArgumentException if the threshold has a fraction of a
		 * millisecond or is out of range
		 */
		public Builder machineDetectionSpeechEndThreshold(Duration threshold) {
			this.parameters.set("MachineDetectionSpeechEndThreshold",
					TwilioDurations.millis(threshold, "MachineDetectionSpeechEndThreshold", 500, 5000));
			return this;
		}

		/**
		 * Set the initial silence after which machine detection reports
		 * {@code unknown}. Twilio defaults to 5000 ms.
		 * @param timeout the timeout, whole milliseconds from 2000 to 10000
		 * @return this builder
		 * @throws IllegalArgumentException if the timeout has a fraction of a millisecond
		 * or is out of range
		 */
		public Builder machineDetectionSilenceTimeout(Duration timeout) {
			this.parameters.set("MachineDetectionSilenceTimeout",
					TwilioDurations.millis(timeout, "MachineDetectionSilenceTimeout", 2000, 10000));
			return this;
		}

		/**
		 * Set whether machine detection runs in the background while the call's TwiML
		 * already runs, reporting to the asynchronous detection callback.
		 * @param asyncAmd whether detection is asynchronous
		 * @return this builder
		 */
		public Builder asyncAmd(boolean asyncAmd) {
			this.parameters.set("AsyncAmd", asyncAmd);
			return this;
		}

		/**
		 * Set the URL Twilio reports the result of asynchronous machine detection to.
		 * @param asyncAmdStatusCallback the callback URL
		 * @return this builder
		 */
		public Builder asyncAmdStatusCallback(String asyncAmdStatusCallback) {
			this.parameters.set("AsyncAmdStatusCallback", asyncAmdStatusCallback);
			return this;
		}

		/**
		 * Set the URL Twilio reports the result of asynchronous machine detection to.
		 * @param asyncAmdStatusCallback the callback URL
		 * @return this builder
		 */
		public Builder asyncAmdStatusCallback(URI asyncAmdStatusCallback) {
			this.parameters.set("AsyncAmdStatusCallback", asyncAmdStatusCallback);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the asynchronous detection callback.
		 * @param asyncAmdStatusCallbackMethod {@code GET} or {@code POST} (Twilio's
		 * default)
		 * @return this builder
		 */
		public Builder asyncAmdStatusCallbackMethod(HttpMethod asyncAmdStatusCallbackMethod) {
			this.parameters.set("AsyncAmdStatusCallbackMethod",
					RequestChecks.getOrPost(asyncAmdStatusCallbackMethod, "AsyncAmdStatusCallbackMethod"));
			return this;
		}

		/**
		 * Route a call to a phone number through a Bring Your Own Carrier trunk.
		 * @param byoc the BYOC trunk SID ({@code BY...})
		 * @return this builder
		 */
		public Builder byoc(String byoc) {
			this.parameters.set("Byoc", byoc);
			return this;
		}

		/**
		 * Set the reason for the call that branded calling shows the callee.
		 * @param callReason the reason
		 * @return this builder
		 */
		public Builder callReason(String callReason) {
			this.parameters.set("CallReason", callReason);
			return this;
		}

		/**
		 * Forward an inbound call, keeping its caller ID: pass the inbound call's
		 * {@code CallToken}.
		 * @param callToken the call token of the inbound call
		 * @return this builder
		 */
		public Builder callToken(String callToken) {
			this.parameters.set("CallToken", callToken);
			return this;
		}

		/**
		 * Set the URL Twilio delivers push call notifications to.
		 * @param clientNotificationUrl the notification URL
		 * @return this builder
		 */
		public Builder clientNotificationUrl(String clientNotificationUrl) {
			this.parameters.set("ClientNotificationUrl", clientNotificationUrl);
			return this;
		}

		/**
		 * Set any parameter, for those this builder has no method for yet.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request, checking that Twilio's required parameters are present.
		 * @return the request
		 * @throws IllegalArgumentException if the callee or caller is missing, or the
		 * call has no TwiML source or more than one
		 */
		@Override
		public CallCreateRequest build() {
			if (!this.parameters.contains("To")) {
				throw new IllegalArgumentException("A call needs a callee: call to(...)");
			}
			if (!this.parameters.contains("From")) {
				throw new IllegalArgumentException("A call needs a caller ID: call from(...)");
			}
			List<String> sources = new ArrayList<>();
			addIfSet(sources, "Url", "url");
			addIfSet(sources, "Twiml", "twiml");
			addIfSet(sources, "ApplicationSid", "applicationSid");
			if (sources.isEmpty()) {
				throw new IllegalArgumentException(
						"A call needs TwiML to run: call url(...), twiml(...) or applicationSid(...)");
			}
			if (sources.size() > 1) {
				throw new IllegalArgumentException("A call runs exactly one of url(...), twiml(...) and "
						+ "applicationSid(...), but " + String.join(" and ", sources) + " are set");
			}
			return new CallCreateRequest(this.parameters.build());
		}

		private void addIfSet(List<String> sources, String parameter, String method) {
			if (this.parameters.contains(parameter)) {
				sources.add(method + "(...)");
			}
		}

		private static Object[] checkEvents(Object[] events, String parameter) {
			Assert.notNull(events, () -> parameter + " values must not be null");
			for (Object event : events) {
				if (event == null) {
					throw new IllegalArgumentException(parameter + " values must not be null");
				}
			}
			return events;
		}

	}

}
