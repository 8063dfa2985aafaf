package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a list of a message's media.
 * <p>
 * Twilio's API reference describes these filters in whole UTC days ({@code YYYY-MM-DD})
 * while declaring them date-times. An {@link Instant} is sent as a UTC date-time; whether
 * Twilio compares its time or only its day is not documented, so use a {@link LocalDate}
 * where a day is meant.
 *
 * @since 1.0.0
 * @see MediaResource#list(String, MediaListRequest)
 */
public final class MediaListRequest extends AbstractListRequest {

	private static final MediaListRequest ALL = new MediaListRequest(TwilioParameters.empty());

	private MediaListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for all media of a message
	 */
	public static MediaListRequest all() {
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
	 * Builder for {@link MediaListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, MediaListRequest> {

		private Builder() {
		}

		/**
		 * Only list media created on this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreated(LocalDate dateCreated) {
			return set("DateCreated", dateCreated);
		}

		/**
		 * Only list media created at this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreated(Instant dateCreated) {
			return set("DateCreated", dateCreated);
		}

		/**
		 * Only list media created on or before this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedBefore(LocalDate dateCreated) {
			return set("DateCreated<", dateCreated);
		}

		/**
		 * Only list media created on or before this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreated) {
			return set("DateCreated<", dateCreated);
		}

		/**
		 * Only list media created on or after this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedAfter(LocalDate dateCreated) {
			return set("DateCreated>", dateCreated);
		}

		/**
		 * Only list media created on or after this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreated) {
			return set("DateCreated>", dateCreated);
		}

		@Override
		protected MediaListRequest build(TwilioParameters parameters) {
			return new MediaListRequest(parameters);
		}

	}

}
