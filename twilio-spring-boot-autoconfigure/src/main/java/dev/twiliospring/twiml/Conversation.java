package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Conversation>} noun of {@code <Connect>}: connects the call to a Twilio
 * Conversation.
 *
 * @since 1.0.0
 */
public final class Conversation extends TwimlElement {

	static final Tag TAG = new Tag("Conversation");

	private Conversation(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Conversation>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Whether and how a {@code <Conversation>} call is recorded.
	 */
	public enum RecordingMode implements WireValue {

		/**
		 * Do not record.
		 */
		DO_NOT_RECORD("do-not-record"),

		/**
		 * Record from answer, as one channel.
		 */
		RECORD_FROM_ANSWER("record-from-answer"),

		/**
		 * Record from ringing, as one channel.
		 */
		RECORD_FROM_RINGING("record-from-ringing"),

		/**
		 * Record from answer, one channel per party.
		 */
		RECORD_FROM_ANSWER_DUAL("record-from-answer-dual"),

		/**
		 * Record from ringing, one channel per party.
		 */
		RECORD_FROM_RINGING_DUAL("record-from-ringing-dual"),

		/**
		 * Record, with Twilio's default mode.
		 */
		TRUE("true"),

		/**
		 * Do not record.
		 */
		FALSE("false");

		private final String value;

		RecordingMode(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Call event that Twilio can report to the status callback of a
	 * {@code <Conversation>}.
	 */
	public enum Event implements WireValue {

		/**
		 * The call was started.
		 */
		CALL_INITIATED("call-initiated"),

		/**
		 * The call is ringing.
		 */
		CALL_RINGING("call-ringing"),

		/**
		 * The call was answered.
		 */
		CALL_ANSWERED("call-answered"),

		/**
		 * The call ended.
		 */
		CALL_COMPLETED("call-completed");

		private final String value;

		Event(String value) {
			this.value = value;
		}

		/**
		 * Return the value exactly as it is written in TwiML.
		 * @return the TwiML value
		 */
		@Override
		public String value() {
			return this.value;
		}

	}

	/**
	 * Builder for {@link Conversation}.
	 */
	public static final class Builder extends RecordingCallbackBuilder<Builder, Conversation> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code serviceInstanceSid}: the SID of the Conversations service.
		 * @param serviceInstanceSid the SID of the Conversations service
		 * @return this builder
		 */
		public Builder serviceInstanceSid(@Nullable String serviceInstanceSid) {
			return set(Attr.SERVICE_INSTANCE_SID, serviceInstanceSid);
		}

		/**
		 * Set {@code inboundAutocreation}: whether a conversation is created for the call
		 * automatically.
		 * @param inboundAutocreation whether a conversation is created for the call
		 * automatically
		 * @return this builder
		 */
		public Builder inboundAutocreation(boolean inboundAutocreation) {
			return set(Attr.INBOUND_AUTOCREATION, inboundAutocreation);
		}

		/**
		 * Set {@code routingAssignmentTimeout}: how long to wait for the conversation to
		 * be assigned.
		 * @param seconds how long to wait for the conversation to be assigned, in seconds
		 * @return this builder
		 */
		public Builder routingAssignmentTimeout(int seconds) {
			return set(Attr.ROUTING_ASSIGNMENT_TIMEOUT, seconds);
		}

		/**
		 * Set {@code routingAssignmentTimeout}: how long to wait for the conversation to
		 * be assigned.
		 * @param routingAssignmentTimeout how long to wait for the conversation to be
		 * assigned, in whole seconds
		 * @return this builder
		 */
		public Builder routingAssignmentTimeout(@Nullable Duration routingAssignmentTimeout) {
			return setSeconds(Attr.ROUTING_ASSIGNMENT_TIMEOUT, routingAssignmentTimeout);
		}

		/**
		 * Set {@code inboundTimeout}: how long to wait for an inbound participant.
		 * @param seconds how long to wait for an inbound participant, in seconds
		 * @return this builder
		 */
		public Builder inboundTimeout(int seconds) {
			return set(Attr.INBOUND_TIMEOUT, seconds);
		}

		/**
		 * Set {@code inboundTimeout}: how long to wait for an inbound participant.
		 * @param inboundTimeout how long to wait for an inbound participant, in whole
		 * seconds
		 * @return this builder
		 */
		public Builder inboundTimeout(@Nullable Duration inboundTimeout) {
			return setSeconds(Attr.INBOUND_TIMEOUT, inboundTimeout);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs when the conversation ends.
		 * @param url the URL of TwiML that runs when the conversation ends
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code url}: the URL of TwiML that runs when the conversation ends.
		 * @param url the URL of TwiML that runs when the conversation ends
		 * @return this builder
		 */
		public Builder url(@Nullable URI url) {
			return set(Attr.URL, url);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code url}.
		 * @param method the HTTP method for the {@code url}
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code record}: whether and how the call is recorded.
		 * @param record whether and how the call is recorded
		 * @return this builder
		 */
		public Builder record(@Nullable RecordingMode record) {
			return set(Attr.RECORD, record);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies of call events.
		 * @param statusCallback the URL that Twilio notifies of call events
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies of call events.
		 * @param statusCallback the URL that Twilio notifies of call events
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable URI statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallbackMethod}: the HTTP method for the
		 * {@code statusCallback} URL.
		 * @param statusCallbackMethod the HTTP method for the {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackMethod(@Nullable Method statusCallbackMethod) {
			return set(Attr.STATUS_CALLBACK_METHOD, statusCallbackMethod);
		}

		/**
		 * Set {@code statusCallbackEvent}: the call events that Twilio reports to the
		 * {@code statusCallback} URL.
		 * @param statusCallbackEvent the call events that Twilio reports to the
		 * {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackEvent(Event @Nullable ... statusCallbackEvent) {
			return setAll(Attr.STATUS_CALLBACK_EVENT, statusCallbackEvent);
		}

		@Override
		public Conversation build() {
			return new Conversation(compile());
		}

	}

}
