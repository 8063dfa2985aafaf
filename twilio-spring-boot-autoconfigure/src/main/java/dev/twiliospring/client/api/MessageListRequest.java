package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a message list. Date filters take a {@link LocalDate} (whole
 * UTC day) or an {@link Instant}.
 * <pre class="code">
 * MessageListRequest request = MessageListRequest.builder()
 *     .to("+15558675310")
 *     .dateSentAfter(LocalDate.of(2025, 5, 1))
 *     .pageSize(100)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see MessageResource#list(MessageListRequest)
 */
public final class MessageListRequest {

	private static final MessageListRequest ALL = new MessageListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private MessageListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request without filters.
	 * @return the request for all messages
	 */
	public static MessageListRequest all() {
		return ALL;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "MessageListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link MessageListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list messages to this recipient.
		 * @param to the recipient, such as {@code +15558675310}
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Only list messages from this sender.
		 * @param from the sender
		 * @return this builder
		 */
		public Builder from(String from) {
			this.parameters.set("From", from);
			return this;
		}

		/**
		 * Only list messages sent on this day (UTC).
		 * @param dateSent the day
		 * @return this builder
		 */
		public Builder dateSent(LocalDate dateSent) {
			this.parameters.set("DateSent", dateSent);
			return this;
		}

		/**
		 * Only list messages sent at this time.
		 * @param dateSent the time
		 * @return this builder
		 */
		public Builder dateSent(Instant dateSent) {
			this.parameters.set("DateSent", dateSent);
			return this;
		}

		/**
		 * Only list messages sent on or before this day (UTC).
		 * @param dateSent the day
		 * @return this builder
		 */
		public Builder dateSentBefore(LocalDate dateSent) {
			this.parameters.set("DateSent<", dateSent);
			return this;
		}

		/**
		 * Only list messages sent on or before this time.
		 * @param dateSent the time
		 * @return this builder
		 */
		public Builder dateSentBefore(Instant dateSent) {
			this.parameters.set("DateSent<", dateSent);
			return this;
		}

		/**
		 * Only list messages sent on or after this day (UTC).
		 * @param dateSent the day
		 * @return this builder
		 */
		public Builder dateSentAfter(LocalDate dateSent) {
			this.parameters.set("DateSent>", dateSent);
			return this;
		}

		/**
		 * Only list messages sent on or after this time.
		 * @param dateSent the time
		 * @return this builder
		 */
		public Builder dateSentAfter(Instant dateSent) {
			this.parameters.set("DateSent>", dateSent);
			return this;
		}

		/**
		 * Set the number of messages per page.
		 * @param pageSize the page size, between 1 and 1000 (Twilio's default is 50)
		 * @return this builder
		 */
		public Builder pageSize(int pageSize) {
			this.parameters.set("PageSize", Page.checkPageSize(pageSize));
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public MessageListRequest build() {
			return new MessageListRequest(this.parameters.build());
		}

	}

}
