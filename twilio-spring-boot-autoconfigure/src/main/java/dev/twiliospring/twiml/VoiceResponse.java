package dev.twiliospring.twiml;

import java.net.URI;

/**
 * A TwiML document that tells Twilio what to do with a voice call.
 * <p>
 * For example:
 * <pre class="code">
 * VoiceResponse twiml = VoiceResponse.builder()
 *     .say(Say.text("Welcome!").voice("Polly.Joanna").language("en-US"))
 *     .gather(Gather.builder().input(Gather.Input.DTMF, Gather.Input.SPEECH).action("/menu").numDigits(1)
 *         .say("Press 1 for sales"))
 *     .dial(Dial.builder().callerId("+15550001111").number("+15551230001"))
 *     .hangup()
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 */
public final class VoiceResponse extends TwimlDocumentSupport {

	private VoiceResponse(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a response.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link VoiceResponse}.
	 */
	public static final class Builder extends AudioContentBuilder<Builder, VoiceResponse> {

		private Builder() {
			super(RESPONSE);
		}

		/**
		 * Add a {@code <Connect>}.
		 * @param connect the element
		 * @return this builder
		 */
		public Builder connect(Connect connect) {
			return add(connect);
		}

		/**
		 * Add a {@code <Connect>}.
		 * @param connect the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder connect(Connect.Builder connect) {
			return add(connect);
		}

		/**
		 * Add a {@code <Dial>} that calls the given phone number.
		 * @param number the phone number to call
		 * @return this builder
		 */
		public Builder dial(String number) {
			return addElement(Dial.TAG, number);
		}

		/**
		 * Add a {@code <Dial>}.
		 * @param dial the element
		 * @return this builder
		 */
		public Builder dial(Dial dial) {
			return add(dial);
		}

		/**
		 * Add a {@code <Dial>}.
		 * @param dial the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder dial(Dial.Builder dial) {
			return add(dial);
		}

		/**
		 * Add an {@code <Echo>}.
		 * @return this builder
		 */
		public Builder echo() {
			return echo(Echo.builder());
		}

		/**
		 * Add an {@code <Echo>}.
		 * @param echo the element
		 * @return this builder
		 */
		public Builder echo(Echo echo) {
			return add(echo);
		}

		/**
		 * Add an {@code <Echo>}.
		 * @param echo the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder echo(Echo.Builder echo) {
			return add(echo);
		}

		/**
		 * Add an {@code <Enqueue>} into the given queue.
		 * @param name the name of the queue
		 * @return this builder
		 */
		public Builder enqueue(String name) {
			return addElement(Enqueue.TAG, name);
		}

		/**
		 * Add an {@code <Enqueue>}.
		 * @param enqueue the element
		 * @return this builder
		 */
		public Builder enqueue(Enqueue enqueue) {
			return add(enqueue);
		}

		/**
		 * Add an {@code <Enqueue>}.
		 * @param enqueue the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder enqueue(Enqueue.Builder enqueue) {
			return add(enqueue);
		}

		/**
		 * Add a {@code <Gather>}.
		 * @param gather the element
		 * @return this builder
		 */
		public Builder gather(Gather gather) {
			return add(gather);
		}

		/**
		 * Add a {@code <Gather>}.
		 * @param gather the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder gather(Gather.Builder gather) {
			return add(gather);
		}

		/**
		 * Add a {@code <Hangup>}.
		 * @return this builder
		 */
		public Builder hangup() {
			return hangup(Hangup.builder());
		}

		/**
		 * Add a {@code <Hangup>}.
		 * @param hangup the element
		 * @return this builder
		 */
		public Builder hangup(Hangup hangup) {
			return add(hangup);
		}

		/**
		 * Add a {@code <Hangup>}.
		 * @param hangup the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder hangup(Hangup.Builder hangup) {
			return add(hangup);
		}

		/**
		 * Add a {@code <Leave>}.
		 * @return this builder
		 */
		public Builder leave() {
			return leave(Leave.builder());
		}

		/**
		 * Add a {@code <Leave>}.
		 * @param leave the element
		 * @return this builder
		 */
		public Builder leave(Leave leave) {
			return add(leave);
		}

		/**
		 * Add a {@code <Leave>}.
		 * @param leave the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder leave(Leave.Builder leave) {
			return add(leave);
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
		 * Add a {@code <Record>} with Twilio's defaults.
		 * @return this builder
		 */
		public Builder record() {
			return record(Record.builder());
		}

		/**
		 * Add a {@code <Record>}.
		 * @param record the element
		 * @return this builder
		 */
		public Builder record(Record record) {
			return add(record);
		}

		/**
		 * Add a {@code <Record>}.
		 * @param record the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder record(Record.Builder record) {
			return add(record);
		}

		/**
		 * Add a {@code <Redirect>} to the given URL.
		 * @param url the URL of the TwiML to continue with
		 * @return this builder
		 */
		public Builder redirect(String url) {
			return addElement(Redirect.TAG, url);
		}

		/**
		 * Add a {@code <Redirect>} to the given URL.
		 * @param url the URL of the TwiML to continue with
		 * @return this builder
		 */
		public Builder redirect(URI url) {
			return redirect(Redirect.of(url));
		}

		/**
		 * Add a {@code <Redirect>}.
		 * @param redirect the element
		 * @return this builder
		 */
		public Builder redirect(Redirect redirect) {
			return add(redirect);
		}

		/**
		 * Add a {@code <Redirect>}.
		 * @param redirect the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder redirect(Redirect.Builder redirect) {
			return add(redirect);
		}

		/**
		 * Add a {@code <Reject>}.
		 * @return this builder
		 */
		public Builder reject() {
			return reject(Reject.builder());
		}

		/**
		 * Add a {@code <Reject>} with the given reason.
		 * @param reason the signal that the caller hears
		 * @return this builder
		 */
		public Builder reject(Reject.Reason reason) {
			return reject(Reject.builder().reason(reason));
		}

		/**
		 * Add a {@code <Reject>}.
		 * @param reject the element
		 * @return this builder
		 */
		public Builder reject(Reject reject) {
			return add(reject);
		}

		/**
		 * Add a {@code <Reject>}.
		 * @param reject the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder reject(Reject.Builder reject) {
			return add(reject);
		}

		/**
		 * Add an {@code <Sms>} that sends the given text to the caller.
		 * @param message the text of the message
		 * @return this builder
		 */
		public Builder sms(String message) {
			return addElement(Sms.TAG, message);
		}

		/**
		 * Add a {@code <Sms>}.
		 * @param sms the element
		 * @return this builder
		 */
		public Builder sms(Sms sms) {
			return add(sms);
		}

		/**
		 * Add a {@code <Sms>}.
		 * @param sms the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder sms(Sms.Builder sms) {
			return add(sms);
		}

		/**
		 * Add a {@code <Pay>}.
		 * @param pay the element
		 * @return this builder
		 */
		public Builder pay(Pay pay) {
			return add(pay);
		}

		/**
		 * Add a {@code <Pay>}.
		 * @param pay the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder pay(Pay.Builder pay) {
			return add(pay);
		}

		/**
		 * Add a {@code <Prompt>}.
		 * @param prompt the element
		 * @return this builder
		 */
		public Builder prompt(Prompt prompt) {
			return add(prompt);
		}

		/**
		 * Add a {@code <Prompt>}.
		 * @param prompt the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder prompt(Prompt.Builder prompt) {
			return add(prompt);
		}

		/**
		 * Add a {@code <Start>}.
		 * @param start the element
		 * @return this builder
		 */
		public Builder start(Start start) {
			return add(start);
		}

		/**
		 * Add a {@code <Start>}.
		 * @param start the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder start(Start.Builder start) {
			return add(start);
		}

		/**
		 * Add a {@code <Stop>}.
		 * @param stop the element
		 * @return this builder
		 */
		public Builder stop(Stop stop) {
			return add(stop);
		}

		/**
		 * Add a {@code <Stop>}.
		 * @param stop the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder stop(Stop.Builder stop) {
			return add(stop);
		}

		/**
		 * Add a {@code <Refer>}.
		 * @param refer the element
		 * @return this builder
		 */
		public Builder refer(Refer refer) {
			return add(refer);
		}

		/**
		 * Add a {@code <Refer>}.
		 * @param refer the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder refer(Refer.Builder refer) {
			return add(refer);
		}

		@Override
		public VoiceResponse build() {
			return new VoiceResponse(compile(DECLARATION));
		}

	}

}
