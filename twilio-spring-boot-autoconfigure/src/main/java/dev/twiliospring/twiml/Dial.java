package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Dial>} verb: connects the caller to another party. Dial a single number as
 * text, or nest one or more nouns such as {@code <Number>}, {@code <Client>} or
 * {@code <Conference>}.
 *
 * @since 1.0.0
 */
public final class Dial extends TwimlElement {

	static final Tag TAG = new Tag("Dial");

	private Dial(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Dial>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start building a {@code <Dial>} for the given value.
	 * @param number the phone number to dial
	 * @return a new builder
	 */
	public static Builder of(String number) {
		return new Builder().text(number);
	}

	/**
	 * Whether and how {@code <Dial>} records the call.
	 */
	public enum RecordingMode implements WireValue {

		/**
		 * Do not record.
		 */
		DO_NOT_RECORD("do-not-record"),

		/**
		 * Record from when the call is answered, as one channel.
		 */
		RECORD_FROM_ANSWER("record-from-answer"),

		/**
		 * Record from when the call starts ringing, as one channel.
		 */
		RECORD_FROM_RINGING("record-from-ringing"),

		/**
		 * Record from when the call is answered, one channel per party.
		 */
		RECORD_FROM_ANSWER_DUAL("record-from-answer-dual"),

		/**
		 * Record from when the call starts ringing, one channel per party.
		 */
		RECORD_FROM_RINGING_DUAL("record-from-ringing-dual");

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
	 * Country whose ringback tone the caller hears while {@code <Dial>} waits for an
	 * answer.
	 */
	public enum RingTone implements WireValue {

		/**
		 * Austria.
		 */
		AT("at"),

		/**
		 * Australia.
		 */
		AU("au"),

		/**
		 * Bulgaria.
		 */
		BG("bg"),

		/**
		 * Brazil.
		 */
		BR("br"),

		/**
		 * Belgium.
		 */
		BE("be"),

		/**
		 * Switzerland.
		 */
		CH("ch"),

		/**
		 * Chile.
		 */
		CL("cl"),

		/**
		 * China.
		 */
		CN("cn"),

		/**
		 * Czechia.
		 */
		CZ("cz"),

		/**
		 * Germany.
		 */
		DE("de"),

		/**
		 * Denmark.
		 */
		DK("dk"),

		/**
		 * Estonia.
		 */
		EE("ee"),

		/**
		 * Spain.
		 */
		ES("es"),

		/**
		 * Finland.
		 */
		FI("fi"),

		/**
		 * France.
		 */
		FR("fr"),

		/**
		 * Greece.
		 */
		GR("gr"),

		/**
		 * Hungary.
		 */
		HU("hu"),

		/**
		 * Israel.
		 */
		IL("il"),

		/**
		 * India.
		 */
		IN("in"),

		/**
		 * Italy.
		 */
		IT("it"),

		/**
		 * Lithuania.
		 */
		LT("lt"),

		/**
		 * Japan.
		 */
		JP("jp"),

		/**
		 * Mexico.
		 */
		MX("mx"),

		/**
		 * Malaysia.
		 */
		MY("my"),

		/**
		 * The Netherlands.
		 */
		NL("nl"),

		/**
		 * Norway.
		 */
		NO("no"),

		/**
		 * New Zealand.
		 */
		NZ("nz"),

		/**
		 * The Philippines.
		 */
		PH("ph"),

		/**
		 * Poland.
		 */
		PL("pl"),

		/**
		 * Portugal.
		 */
		PT("pt"),

		/**
		 * Russia.
		 */
		RU("ru"),

		/**
		 * Sweden.
		 */
		SE("se"),

		/**
		 * Singapore.
		 */
		SG("sg"),

		/**
		 * Thailand.
		 */
		TH("th"),

		/**
		 * The United Kingdom.
		 */
		UK("uk"),

		/**
		 * The United States.
		 */
		US("us"),

		/**
		 * The United States, older tone.
		 */
		US_OLD("us-old"),

		/**
		 * Taiwan.
		 */
		TW("tw"),

		/**
		 * Venezuela.
		 */
		VE("ve"),

		/**
		 * South Africa.
		 */
		ZA("za");

		private final String value;

		RingTone(String value) {
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
	 * Events of the dialed call that Twilio can report.
	 */
	public enum Events implements WireValue {

		/**
		 * Call progress events of the dialed party.
		 */
		CALL_PROGRESS_EVENT("call-progress-event");

		private final String value;

		Events(String value) {
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
	 * Builder for {@link Dial}.
	 */
	public static final class Builder extends RecordingCallbackBuilder<Builder, Dial> {

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
		 * Set {@code action}: the URL that Twilio requests when the dialed call ends; its
		 * TwiML continues the call.
		 * @param action the URL that Twilio requests when the dialed call ends
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests when the dialed call ends; its
		 * TwiML continues the call.
		 * @param action the URL that Twilio requests when the dialed call ends
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Set {@code timeout}: how long to let the dialed party ring.
		 * @param seconds how long to let the dialed party ring, in seconds
		 * @return this builder
		 */
		public Builder timeout(int seconds) {
			return setPositive(Attr.TIMEOUT, seconds);
		}

		/**
		 * Set {@code timeout}: how long to let the dialed party ring.
		 * @param timeout how long to let the dialed party ring, in whole seconds
		 * @return this builder
		 */
		public Builder timeout(@Nullable Duration timeout) {
			return setPositiveSeconds(Attr.TIMEOUT, timeout);
		}

		/**
		 * Set {@code hangupOnStar}: whether the caller can end the dialed call by
		 * pressing {@code *}.
		 * @param hangupOnStar whether the caller can end the dialed call by pressing
		 * {@code *}
		 * @return this builder
		 */
		public Builder hangupOnStar(boolean hangupOnStar) {
			return set(Attr.HANGUP_ON_STAR, hangupOnStar);
		}

		/**
		 * Set {@code timeLimit}: the longest that the dialed call may last.
		 * @param seconds the longest that the dialed call may last, in seconds
		 * @return this builder
		 */
		public Builder timeLimit(int seconds) {
			return setPositive(Attr.TIME_LIMIT, seconds);
		}

		/**
		 * Set {@code timeLimit}: the longest that the dialed call may last.
		 * @param timeLimit the longest that the dialed call may last, in whole seconds
		 * @return this builder
		 */
		public Builder timeLimit(@Nullable Duration timeLimit) {
			return setPositiveSeconds(Attr.TIME_LIMIT, timeLimit);
		}

		/**
		 * Set {@code callerId}: the caller ID shown to the dialed party: a Twilio number
		 * or verified caller ID, or a client identity.
		 * @param callerId the caller ID shown to the dialed party: a Twilio number or
		 * verified caller ID, or a client identity
		 * @return this builder
		 */
		public Builder callerId(@Nullable String callerId) {
			return set(Attr.CALLER_ID, callerId);
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
		 * Set {@code answerOnBridge}: whether the caller keeps hearing ringing, and the
		 * call stays unanswered, until the dialed party answers.
		 * @param answerOnBridge whether the caller keeps hearing ringing, and the call
		 * stays unanswered, until the dialed party answers
		 * @return this builder
		 */
		public Builder answerOnBridge(boolean answerOnBridge) {
			return set(Attr.ANSWER_ON_BRIDGE, answerOnBridge);
		}

		/**
		 * Set {@code ringTone}: the country whose ringback tone the caller hears.
		 * @param ringTone the country whose ringback tone the caller hears
		 * @return this builder
		 */
		public Builder ringTone(@Nullable RingTone ringTone) {
			return set(Attr.RING_TONE, ringTone);
		}

		/**
		 * Set {@code recordingTrack}: which audio is recorded.
		 * @param recordingTrack which audio is recorded
		 * @return this builder
		 */
		public Builder recordingTrack(@Nullable RecordingTrack recordingTrack) {
			return set(Attr.RECORDING_TRACK, recordingTrack);
		}

		/**
		 * Set {@code sequential}: whether nested nouns are dialed one after another
		 * instead of all at once.
		 * @param sequential whether nested nouns are dialed one after another instead of
		 * all at once
		 * @return this builder
		 */
		public Builder sequential(boolean sequential) {
			return set(Attr.SEQUENTIAL, sequential);
		}

		/**
		 * Set {@code referUrl}: the URL that Twilio requests when the dialed SIP party
		 * sends a REFER.
		 * @param referUrl the URL that Twilio requests when the dialed SIP party sends a
		 * REFER
		 * @return this builder
		 */
		public Builder referUrl(@Nullable String referUrl) {
			return set(Attr.REFER_URL, referUrl);
		}

		/**
		 * Set {@code referUrl}: the URL that Twilio requests when the dialed SIP party
		 * sends a REFER.
		 * @param referUrl the URL that Twilio requests when the dialed SIP party sends a
		 * REFER
		 * @return this builder
		 */
		public Builder referUrl(@Nullable URI referUrl) {
			return set(Attr.REFER_URL, referUrl);
		}

		/**
		 * Set {@code referMethod}: the HTTP method for the {@code referUrl}.
		 * @param referMethod the HTTP method for the {@code referUrl}
		 * @return this builder
		 */
		public Builder referMethod(@Nullable Method referMethod) {
			return set(Attr.REFER_METHOD, referMethod);
		}

		/**
		 * Set {@code events}: the events of the dialed call that Twilio reports.
		 * @param events the events of the dialed call that Twilio reports
		 * @return this builder
		 */
		public Builder events(@Nullable Events events) {
			return set(Attr.EVENTS, events);
		}

		/**
		 * Add a {@code <Client>} to call.
		 * @param identity the identity of the client
		 * @return this builder
		 */
		public Builder client(String identity) {
			return addElement(Client.TAG, identity);
		}

		/**
		 * Add a {@code <Client>}.
		 * @param client the element
		 * @return this builder
		 */
		public Builder client(Client client) {
			return add(client);
		}

		/**
		 * Add a {@code <Client>}.
		 * @param client the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder client(Client.Builder client) {
			return add(client);
		}

		/**
		 * Add a {@code <Conference>} to join.
		 * @param name the name of the conference
		 * @return this builder
		 */
		public Builder conference(String name) {
			return addElement(Conference.TAG, name);
		}

		/**
		 * Add a {@code <Conference>}.
		 * @param conference the element
		 * @return this builder
		 */
		public Builder conference(Conference conference) {
			return add(conference);
		}

		/**
		 * Add a {@code <Conference>}.
		 * @param conference the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder conference(Conference.Builder conference) {
			return add(conference);
		}

		/**
		 * Add a {@code <Number>} to call.
		 * @param phoneNumber the phone number, in E.164 format
		 * @return this builder
		 */
		public Builder number(String phoneNumber) {
			return addElement(Number.TAG, phoneNumber);
		}

		/**
		 * Add a {@code <Number>}.
		 * @param number the element
		 * @return this builder
		 */
		public Builder number(Number number) {
			return add(number);
		}

		/**
		 * Add a {@code <Number>}.
		 * @param number the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder number(Number.Builder number) {
			return add(number);
		}

		/**
		 * Add a {@code <Queue>} for the given queue.
		 * @param name the name of the queue
		 * @return this builder
		 */
		public Builder queue(String name) {
			return addElement(Queue.TAG, name);
		}

		/**
		 * Add a {@code <Queue>}.
		 * @param queue the element
		 * @return this builder
		 */
		public Builder queue(Queue queue) {
			return add(queue);
		}

		/**
		 * Add a {@code <Queue>}.
		 * @param queue the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder queue(Queue.Builder queue) {
			return add(queue);
		}

		/**
		 * Add a {@code <Sim>} to call.
		 * @param simSid the SID of the SIM
		 * @return this builder
		 */
		public Builder sim(String simSid) {
			return addElement(Sim.TAG, simSid);
		}

		/**
		 * Add a {@code <Sim>}.
		 * @param sim the element
		 * @return this builder
		 */
		public Builder sim(Sim sim) {
			return add(sim);
		}

		/**
		 * Add a {@code <Sim>}.
		 * @param sim the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder sim(Sim.Builder sim) {
			return add(sim);
		}

		/**
		 * Add a {@code <Sip>} endpoint to call.
		 * @param sipUri the SIP URI
		 * @return this builder
		 */
		public Builder sip(String sipUri) {
			return addElement(Sip.TAG, sipUri);
		}

		/**
		 * Add a {@code <Sip>} endpoint to call.
		 * @param sipUri the SIP URI
		 * @return this builder
		 */
		public Builder sip(URI sipUri) {
			return sip(Sip.of(sipUri));
		}

		/**
		 * Add a {@code <Sip>}.
		 * @param sip the element
		 * @return this builder
		 */
		public Builder sip(Sip sip) {
			return add(sip);
		}

		/**
		 * Add a {@code <Sip>}.
		 * @param sip the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder sip(Sip.Builder sip) {
			return add(sip);
		}

		/**
		 * Add an {@code <Application>} to call.
		 * @param applicationSid the SID of the application
		 * @return this builder
		 */
		public Builder application(String applicationSid) {
			return addElement(Application.TAG, applicationSid);
		}

		/**
		 * Add an {@code <Application>}.
		 * @param application the element
		 * @return this builder
		 */
		public Builder application(Application application) {
			return add(application);
		}

		/**
		 * Add an {@code <Application>}.
		 * @param application the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder application(Application.Builder application) {
			return add(application);
		}

		/**
		 * Add a {@code <WhatsApp>} user to call.
		 * @param phoneNumber the WhatsApp phone number, in E.164 format
		 * @return this builder
		 */
		public Builder whatsApp(String phoneNumber) {
			return addElement(WhatsApp.TAG, phoneNumber);
		}

		/**
		 * Add a {@code <WhatsApp>}.
		 * @param whatsApp the element
		 * @return this builder
		 */
		public Builder whatsApp(WhatsApp whatsApp) {
			return add(whatsApp);
		}

		/**
		 * Add a {@code <WhatsApp>}.
		 * @param whatsApp the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder whatsApp(WhatsApp.Builder whatsApp) {
			return add(whatsApp);
		}

		@Override
		public Dial build() {
			return new Dial(compile());
		}

	}

}
