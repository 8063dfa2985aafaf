package dev.twiliospring.client.api;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioDurations;
import dev.twiliospring.client.TwilioParameters;

/**
 * A participant to add to a conference by calling it: Twilio dials the callee and, once
 * it answers, puts the call in the conference, creating the conference if it does not
 * exist yet.
 * <pre class="code">
 * ConferenceParticipantCreateRequest request = ConferenceParticipantCreateRequest.builder()
 *     .from("+15017122661")
 *     .to("+15558675310")
 *     .label("agent")
 *     .beep(ConferenceParticipantCreateRequest.Beep.ON_ENTER)
 *     .endConferenceOnExit(true)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see ConferenceParticipantResource#create(ConferenceParticipantCreateRequest)
 */
public final class ConferenceParticipantCreateRequest {

	private final TwilioParameters parameters;

	private ConferenceParticipantCreateRequest(TwilioParameters parameters) {
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
		return "ConferenceParticipantCreateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * When the conference hears a beep for the participant ({@code Beep}).
	 */
	public enum Beep {

		/** When the participant joins and when it leaves; Twilio's default. */
		TRUE("true"),

		/** Never. */
		FALSE("false"),

		/** Only when the participant joins. */
		ON_ENTER("onEnter"),

		/** Only when the participant leaves. */
		ON_EXIT("onExit");

		private final String value;

		Beep(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Size of the jitter buffer Twilio applies to the participant's audio before mixing
	 * it into the conference ({@code JitterBufferSize}): a larger buffer smooths a poor
	 * connection at the cost of delay.
	 */
	public enum JitterBufferSize {

		/** No jitter buffer. */
		OFF("off"),

		/** A small buffer. */
		SMALL("small"),

		/** A medium buffer. */
		MEDIUM("medium"),

		/** A large buffer; Twilio's default. */
		LARGE("large");

		private final String value;

		JitterBufferSize(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link ConferenceParticipantCreateRequest}.
	 */
	public static final class Builder
			extends ConferenceParticipantSettingsBuilder<Builder, ConferenceParticipantCreateRequest> {

		private Builder() {
		}

		/**
		 * Set the caller ID (required): a Twilio phone number or verified caller ID of
		 * the account, a client identifier, or the user part of a SIP address when
		 * calling one.
		 * @param from the caller
		 * @return this builder
		 */
		public Builder from(String from) {
			this.parameters.set("From", from);
			return this;
		}

		/**
		 * Set the callee (required): a phone number in E.164 format such as
		 * {@code +15558675310}, a SIP address such as {@code sip:alice@example.com}, a
		 * client identifier such as {@code client:alice} or an application such as
		 * {@code app:AP...}.
		 * @param to the callee
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Set the caller ID shown for a call to a SIP address or client, in the From
		 * header, where it differs from {@link #from(String)}.
		 * @param callerId the caller ID
		 * @return this builder
		 */
		public Builder callerId(String callerId) {
			this.parameters.set("CallerId", callerId);
			return this;
		}

		/**
		 * Give the participant a label, unique in the conference, by which it can be
		 * fetched, updated and removed instead of by its call SID.
		 * @param label the label, such as {@code agent} or {@code customer}
		 * @return this builder
		 */
		public Builder label(String label) {
			this.parameters.set("Label", label);
			return this;
		}

		/**
		 * Set the URL Twilio sends the participant's call progress events to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(String statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set the URL Twilio sends the participant's call progress events to.
		 * @param statusCallback the callback URL
		 * @return this builder
		 */
		public Builder statusCallback(URI statusCallback) {
			this.parameters.set("StatusCallback", statusCallback);
			return this;
		}

		/**
		 * Set the HTTP method Twilio uses to call the status callback.
		 * @param statusCallbackMethod {@code GET} or {@code POST} (Twilio's default)
		 * @return this builder
		 */
		public Builder statusCallbackMethod(HttpMethod statusCallbackMethod) {
			this.parameters.set("StatusCallbackMethod",
					RequestChecks.getOrPost(statusCallbackMethod, "StatusCallbackMethod"));
			return this;
		}

		/**
		 * Add call progress events to send to the status callback; without any, Twilio
		 * sends {@code completed} only. Each event is a separate
		 * {@code StatusCallbackEvent} parameter.
		 * @param events the events
		 * @return this builder
		 */
		public Builder statusCallbackEvent(CallCreateRequest.Event... events) {
			Assert.notNull(events, "StatusCallbackEvent values must not be null");
			for (CallCreateRequest.Event event : events) {
				Assert.notNull(event, "StatusCallbackEvent values must not be null");
			}
			this.parameters.add("StatusCallbackEvent", events);
			return this;
		}

		/**
		 * Set how long to let the phone ring before giving up. Twilio defaults to 60
		 * seconds and adds about 5 seconds of its own.
		 * @param timeout the ring time, whole seconds from 5 to 600
		 * @return this builder
		 * @throws IllegalArgumentException if the ring time has a fraction of a second or
		 * is out of range
		 */
		public Builder timeout(Duration timeout) {
			this.parameters.set("Timeout", TwilioDurations.seconds(timeout, "Timeout", 5, 600));
			return this;
		}

		/**
		 * Set the longest the participant's call may last; how long Twilio allows depends
		 * on the account.
		 * @param timeLimit the maximum duration, whole seconds, at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if the duration has a fraction of a second or
		 * is not positive
		 */
		public Builder timeLimit(Duration timeLimit) {
			this.parameters.set("TimeLimit", TwilioDurations.seconds(timeLimit, "TimeLimit", 1, Integer.MAX_VALUE));
			return this;
		}

		/**
		 * Set whether to record the participant and its conferences, including the time
		 * between them. Twilio defaults to {@code false}.
		 * @param record whether to record
		 * @return this builder
		 */
		public Builder record(boolean record) {
			this.parameters.set("Record", record);
			return this;
		}

		/**
		 * Set when the conference hears a beep for the participant.
		 * @param beep when to beep; Twilio defaults to {@link Beep#TRUE}
		 * @return this builder
		 */
		public Builder beep(Beep beep) {
			this.parameters.set("Beep", RequestChecks.given(beep, "Beep"));
			return this;
		}

		/**
		 * Set whether the conference starts, if it has not, when the participant joins.
		 * Twilio defaults to {@code true}; with {@code false}, the participant waits,
		 * muted and hearing the wait URL, until a participant that starts it joins.
		 * @param startConferenceOnEnter whether the participant starts the conference
		 * @return this builder
		 */
		public Builder startConferenceOnEnter(boolean startConferenceOnEnter) {
			this.parameters.set("StartConferenceOnEnter", startConferenceOnEnter);
			return this;
		}

		/**
		 * Set whether the conference hears the call's progress, such as its ringing or
		 * a disconnect message, before the callee answers. Twilio defaults to
		 * {@code true}.
		 * @param earlyMedia whether to play the call's progress
		 * @return this builder
		 */
		public Builder earlyMedia(boolean earlyMedia) {
			this.parameters.set("EarlyMedia", earlyMedia);
			return this;
		}

		/**
		 * Set the jitter buffer applied to the participant's audio.
		 * @param jitterBufferSize the size; Twilio defaults to
		 * {@link JitterBufferSize#LARGE}
		 * @return this builder
		 */
		public Builder jitterBufferSize(JitterBufferSize jitterBufferSize) {
			this.parameters.set("JitterBufferSize", RequestChecks.given(jitterBufferSize, "JitterBufferSize"));
			return this;
		}

		/**
		 * Detect whether a person, an answering machine or a fax answered before the
		 * call joins the conference.
		 * @param machineDetection the detection mode
		 * @return this builder
		 */
		public Builder machineDetection(CallCreateRequest.MachineDetection machineDetection) {
			this.parameters.set("MachineDetection", RequestChecks.given(machineDetection, "MachineDetection"));
			return this;
		}

		/**
		 * Set any parameter, for those this builder has no method for yet, such as
		 * {@code ConferenceStatusCallback}.
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
		 * @throws IllegalArgumentException if the caller or callee is missing, or the
		 * participant coaches without a call to coach
		 */
		@Override
		public ConferenceParticipantCreateRequest build() {
			if (!this.parameters.contains("From")) {
				throw new IllegalArgumentException("A participant needs a caller ID: call from(...)");
			}
			if (!this.parameters.contains("To")) {
				throw new IllegalArgumentException("A participant needs a callee: call to(...)");
			}
			if ("true".equals(this.parameters.getFirst("Coaching"))
					&& !this.parameters.contains("CallSidToCoach")) {
				throw new IllegalArgumentException(
						"A coaching participant needs the call it coaches: call callSidToCoach(...)");
			}
			return new ConferenceParticipantCreateRequest(this.parameters.build());
		}

	}

}
