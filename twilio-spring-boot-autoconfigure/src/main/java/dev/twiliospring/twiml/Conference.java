package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Conference>} noun of {@code <Dial>}: a conference room, by name, that the
 * caller joins.
 *
 * @since 1.0.0
 */
public final class Conference extends TwimlElement {

	static final Tag TAG = new Tag("Conference");

	private Conference(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Conference>} for the given value.
	 * @param name the name of the conference
	 * @return a new builder
	 */
	public static Builder of(String name) {
		return new Builder().text(name);
	}

	/**
	 * When a beep plays as participants join or leave a conference.
	 */
	public enum Beep implements WireValue {

		/**
		 * When anyone joins or leaves.
		 */
		TRUE("true"),

		/**
		 * Never.
		 */
		FALSE("false"),

		/**
		 * When anyone joins.
		 */
		ON_ENTER("onEnter"),

		/**
		 * When anyone leaves.
		 */
		ON_EXIT("onExit");

		private final String value;

		Beep(String value) {
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
	 * Whether a conference is recorded.
	 */
	public enum RecordingMode implements WireValue {

		/**
		 * Do not record.
		 */
		DO_NOT_RECORD("do-not-record"),

		/**
		 * Record from when the conference starts.
		 */
		RECORD_FROM_START("record-from-start");

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
	 * Twilio region where a conference is mixed.
	 */
	public enum Region implements WireValue {

		/**
		 * United States (Virginia).
		 */
		US1("us1"),

		/**
		 * United States (Oregon).
		 */
		US2("us2"),

		/**
		 * Ireland.
		 */
		IE1("ie1"),

		/**
		 * Singapore.
		 */
		SG1("sg1"),

		/**
		 * Brazil.
		 */
		BR1("br1"),

		/**
		 * Australia.
		 */
		AU1("au1"),

		/**
		 * Japan.
		 */
		JP1("jp1"),

		/**
		 * Germany.
		 */
		DE1("de1");

		private final String value;

		Region(String value) {
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
	 * Conference event that Twilio can report to a status callback.
	 */
	public enum Event implements WireValue {

		/**
		 * The conference started.
		 */
		START("start"),

		/**
		 * The conference ended.
		 */
		END("end"),

		/**
		 * A participant joined.
		 */
		JOIN("join"),

		/**
		 * A participant left.
		 */
		LEAVE("leave"),

		/**
		 * A participant was muted or unmuted.
		 */
		MUTE("mute"),

		/**
		 * A participant was put on hold or taken off hold.
		 */
		HOLD("hold"),

		/**
		 * A participant was modified.
		 */
		MODIFY("modify"),

		/**
		 * A participant started or stopped speaking.
		 */
		SPEAKER("speaker"),

		/**
		 * An announcement finished or failed.
		 */
		ANNOUNCEMENT("announcement");

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
	 * Size of the jitter buffer for a participant: larger smooths more but adds delay.
	 */
	public enum JitterBufferSize implements WireValue {

		/**
		 * Large buffer: smoothest, most delay.
		 */
		LARGE("large"),

		/**
		 * Medium buffer.
		 */
		MEDIUM("medium"),

		/**
		 * Small buffer: least delay.
		 */
		SMALL("small"),

		/**
		 * No buffer.
		 */
		OFF("off");

		private final String value;

		JitterBufferSize(String value) {
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
	 * Builder for {@link Conference}.
	 */
	public static final class Builder extends RecordingCallbackBuilder<Builder, Conference> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Append text after the content added so far.
		 * @param text the text
		 * @return this builder
		 */
		public Builder text(String text) {
			return addText(text);
		}

		/**
		 * Set {@code muted}: whether the participant joins muted.
		 * @param muted whether the participant joins muted
		 * @return this builder
		 */
		public Builder muted(boolean muted) {
			return set(Attr.MUTED, muted);
		}

		/**
		 * Set {@code beep}: when a beep plays as participants join or leave.
		 * @param beep when a beep plays as participants join or leave
		 * @return this builder
		 */
		public Builder beep(@Nullable Beep beep) {
			return set(Attr.BEEP, beep);
		}

		/**
		 * Set {@code beep}: when a beep plays as participants join or leave.
		 * @param beep when a beep plays as participants join or leave
		 * @return this builder
		 */
		public Builder beep(boolean beep) {
			return set(Attr.BEEP, beep);
		}

		/**
		 * Set {@code startConferenceOnEnter}: whether the conference starts when this
		 * participant joins.
		 * @param startConferenceOnEnter whether the conference starts when this
		 * participant joins
		 * @return this builder
		 */
		public Builder startConferenceOnEnter(boolean startConferenceOnEnter) {
			return set(Attr.START_CONFERENCE_ON_ENTER, startConferenceOnEnter);
		}

		/**
		 * Set {@code endConferenceOnExit}: whether the conference ends when this
		 * participant leaves.
		 * @param endConferenceOnExit whether the conference ends when this participant
		 * leaves
		 * @return this builder
		 */
		public Builder endConferenceOnExit(boolean endConferenceOnExit) {
			return set(Attr.END_CONFERENCE_ON_EXIT, endConferenceOnExit);
		}

		/**
		 * Set {@code waitUrl}: the URL of the audio or TwiML that plays while the
		 * participant waits for the conference to start.
		 * @param waitUrl the URL of the audio or TwiML that plays while the participant
		 * waits for the conference to start
		 * @return this builder
		 */
		public Builder waitUrl(@Nullable String waitUrl) {
			return set(Attr.WAIT_URL, waitUrl);
		}

		/**
		 * Set {@code waitUrl}: the URL of the audio or TwiML that plays while the
		 * participant waits for the conference to start.
		 * @param waitUrl the URL of the audio or TwiML that plays while the participant
		 * waits for the conference to start
		 * @return this builder
		 */
		public Builder waitUrl(@Nullable URI waitUrl) {
			return set(Attr.WAIT_URL, waitUrl);
		}

		/**
		 * Set {@code waitMethod}: the HTTP method for the {@code waitUrl}.
		 * @param waitMethod the HTTP method for the {@code waitUrl}
		 * @return this builder
		 */
		public Builder waitMethod(@Nullable Method waitMethod) {
			return set(Attr.WAIT_METHOD, waitMethod);
		}

		/**
		 * Set {@code maxParticipants}: the most participants that the conference may
		 * have.
		 * @param maxParticipants the most participants that the conference may have
		 * @return this builder
		 */
		public Builder maxParticipants(int maxParticipants) {
			return set(Attr.MAX_PARTICIPANTS, maxParticipants);
		}

		/**
		 * Set {@code record}: whether the conference is recorded.
		 * @param record whether the conference is recorded
		 * @return this builder
		 */
		public Builder record(@Nullable RecordingMode record) {
			return set(Attr.RECORD, record);
		}

		/**
		 * Set {@code region}: the Twilio region where the conference is mixed.
		 * @param region the Twilio region where the conference is mixed
		 * @return this builder
		 */
		public Builder region(@Nullable Region region) {
			return set(Attr.REGION, region);
		}

		/**
		 * Set {@code region}: the Twilio region where the conference is mixed. Use this
		 * for values that Twilio added after this library was released.
		 * @param region the Twilio region where the conference is mixed
		 * @return this builder
		 */
		public Builder region(@Nullable String region) {
			return set(Attr.REGION, region);
		}

		/**
		 * Set {@code coach}: the SID of the call that this participant coaches: only that
		 * call hears them.
		 * @param coach the SID of the call that this participant coaches: only that call
		 * hears them
		 * @return this builder
		 */
		public Builder coach(@Nullable String coach) {
			return set(Attr.COACH, coach);
		}

		/**
		 * Set {@code statusCallbackEvent}: the conference events that Twilio reports to
		 * the {@code statusCallback} URL.
		 * @param statusCallbackEvent the conference events that Twilio reports to the
		 * {@code statusCallback} URL
		 * @return this builder
		 */
		public Builder statusCallbackEvent(Event @Nullable ... statusCallbackEvent) {
			return setAll(Attr.STATUS_CALLBACK_EVENT, statusCallbackEvent);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies of conference events.
		 * @param statusCallback the URL that Twilio notifies of conference events
		 * @return this builder
		 */
		public Builder statusCallback(@Nullable String statusCallback) {
			return set(Attr.STATUS_CALLBACK, statusCallback);
		}

		/**
		 * Set {@code statusCallback}: the URL that Twilio notifies of conference events.
		 * @param statusCallback the URL that Twilio notifies of conference events
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
		 * Set {@code eventCallbackUrl}: the URL that Twilio notifies when the conference
		 * ends.
		 * @param eventCallbackUrl the URL that Twilio notifies when the conference ends
		 * @return this builder
		 */
		public Builder eventCallbackUrl(@Nullable String eventCallbackUrl) {
			return set(Attr.EVENT_CALLBACK_URL, eventCallbackUrl);
		}

		/**
		 * Set {@code eventCallbackUrl}: the URL that Twilio notifies when the conference
		 * ends.
		 * @param eventCallbackUrl the URL that Twilio notifies when the conference ends
		 * @return this builder
		 */
		public Builder eventCallbackUrl(@Nullable URI eventCallbackUrl) {
			return set(Attr.EVENT_CALLBACK_URL, eventCallbackUrl);
		}

		/**
		 * Set {@code jitterBufferSize}: the size of the jitter buffer for this
		 * participant.
		 * @param jitterBufferSize the size of the jitter buffer for this participant
		 * @return this builder
		 */
		public Builder jitterBufferSize(@Nullable JitterBufferSize jitterBufferSize) {
			return set(Attr.JITTER_BUFFER_SIZE, jitterBufferSize);
		}

		/**
		 * Set {@code participantLabel}: a label for this participant, unique in the
		 * conference.
		 * @param participantLabel a label for this participant, unique in the conference
		 * @return this builder
		 */
		public Builder participantLabel(@Nullable String participantLabel) {
			return set(Attr.PARTICIPANT_LABEL, participantLabel);
		}

		@Override
		public Conference build() {
			return new Conference(compile());
		}

	}

}
