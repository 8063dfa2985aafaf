package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a list of a message's media.
 *
 * @since 1.0.0
 * @see MediaResource#list(String, MediaListRequest)
 */
public final class MediaListRequest {

	private static final MediaListRequest ALL = new MediaListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private MediaListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
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
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "MediaListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link MediaListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list media created on this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreated(LocalDate dateCreated) {
			this.parameters.set("DateCreated", dateCreated);
			return this;
		}

		/**
		 * Only list media created at this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreated(Instant dateCreated) {
			this.parameters.set("DateCreated", dateCreated);
			return this;
		}

		/**
		 * Only list media created on or before this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedBefore(LocalDate dateCreated) {
			this.parameters.set("DateCreated<", dateCreated);
			return this;
		}

		/**
		 * Only list media created on or before this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreated) {
			this.parameters.set("DateCreated<", dateCreated);
			return this;
		}

		/**
		 * Only list media created on or after this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedAfter(LocalDate dateCreated) {
			this.parameters.set("DateCreated>", dateCreated);
			return this;
		}

		/**
		 * Only list media created on or after this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreated) {
			this.parameters.set("DateCreated>", dateCreated);
			return this;
		}

		/**
		 * Set the number of media per page.
		 * @param pageSize the page size, between 1 and 1000
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
		public MediaListRequest build() {
			return new MediaListRequest(this.parameters.build());
		}

	}

}
