package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a message list. Date filters take a {@link LocalDate} (whole
 * UTC day) or an {@link Instant}.
 * <p>
 * Twilio's API reference describes these filters in whole UTC days ({@code YYYY-MM-DD})
 * while declaring them date-times. An {@link Instant} is sent as a UTC date-time; whether
 * Twilio compares its time or only its day is not documented, so use a {@link LocalDate}
 * where a day is meant.
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
public final class MessageListRequest extends AbstractListRequest {

	private static final MessageListRequest ALL = new MessageListRequest(TwilioParameters.empty());

	private MessageListRequest(TwilioParameters parameters) {
		super(parameters);
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
	 * Builder for {@link MessageListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, MessageListRequest> {

		private Builder() {
		}

		/**
		 * Only list messages to this recipient.
		 * @param to the recipient, such as {@code +15558675310}
		 * @return this builder
		 */
		public Builder to(String to) {
			return set("To", to);
		}

		/**
		 * Only list messages from this sender.
		 * @param from the sender
		 * @return this builder
		 */
		public Builder from(String from) {
			return set("From", from);
		}

		/**
		 * Only list messages sent on this day (UTC).
		 * @param dateSent the day
		 * @return this builder
		 */
		public Builder dateSent(LocalDate dateSent) {
			return set("DateSent", dateSent);
		}

		/**
		 * Only list messages sent at this time.
		 * @param dateSent the time
		 * @return this builder
		 */
		public Builder dateSent(Instant dateSent) {
			return set("DateSent", dateSent);
		}

		/**
		 * Only list messages sent on or before this day (UTC).
		 * @param dateSent the day
		 * @return this builder
		 */
		public Builder dateSentBefore(LocalDate dateSent) {
			return set("DateSent<", dateSent);
		}

		/**
		 * Only list messages sent on or before this time.
		 * @param dateSent the time
		 * @return this builder
		 */
		public Builder dateSentBefore(Instant dateSent) {
			return set("DateSent<", dateSent);
		}

		/**
		 * Only list messages sent on or after this day (UTC).
		 * @param dateSent the day
		 * @return this builder
		 */
		public Builder dateSentAfter(LocalDate dateSent) {
			return set("DateSent>", dateSent);
		}

		/**
		 * Only list messages sent on or after this time.
		 * @param dateSent the time
		 * @return this builder
		 */
		public Builder dateSentAfter(Instant dateSent) {
			return set("DateSent>", dateSent);
		}

		@Override
		protected MessageListRequest build(TwilioParameters parameters) {
			return new MessageListRequest(parameters);
		}

	}

}
