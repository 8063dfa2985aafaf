package dev.twiliospring.client.api;

import java.time.LocalDate;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a conference list. Date filters take a {@link LocalDate}, a
 * whole UTC day, since Twilio declares them as dates ({@code YYYY-MM-DD}) rather than
 * date-times, unlike the time filters of calls.
 * <pre class="code">
 * ConferenceListRequest request = ConferenceListRequest.builder()
 *     .status(Conference.Status.IN_PROGRESS)
 *     .friendlyName("support-queue-42")
 *     .dateCreatedAfter(LocalDate.of(2025, 5, 1))
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see ConferenceResource#list(ConferenceListRequest)
 */
public final class ConferenceListRequest extends AbstractListRequest {

	private static final ConferenceListRequest ALL = new ConferenceListRequest(TwilioParameters.empty());

	private ConferenceListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for all conferences
	 */
	public static ConferenceListRequest all() {
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
	 * Builder for {@link ConferenceListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, ConferenceListRequest> {

		private Builder() {
		}

		/**
		 * Only list conferences with this status.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(Conference.Status status) {
			return set("Status", RequestChecks.given(status, "Status"));
		}

		/**
		 * Only list conferences with this name, the one given in {@code <Conference>}.
		 * @param friendlyName the name
		 * @return this builder
		 */
		public Builder friendlyName(String friendlyName) {
			return set("FriendlyName", friendlyName);
		}

		/**
		 * Only list conferences created on this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreated(LocalDate dateCreated) {
			return set("DateCreated", dateCreated);
		}

		/**
		 * Only list conferences created on or before this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedBefore(LocalDate dateCreated) {
			return set("DateCreated<", dateCreated);
		}

		/**
		 * Only list conferences created on or after this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedAfter(LocalDate dateCreated) {
			return set("DateCreated>", dateCreated);
		}

		/**
		 * Only list conferences last updated on this day (UTC).
		 * @param dateUpdated the day
		 * @return this builder
		 */
		public Builder dateUpdated(LocalDate dateUpdated) {
			return set("DateUpdated", dateUpdated);
		}

		/**
		 * Only list conferences last updated on or before this day (UTC).
		 * @param dateUpdated the day
		 * @return this builder
		 */
		public Builder dateUpdatedBefore(LocalDate dateUpdated) {
			return set("DateUpdated<", dateUpdated);
		}

		/**
		 * Only list conferences last updated on or after this day (UTC).
		 * @param dateUpdated the day
		 * @return this builder
		 */
		public Builder dateUpdatedAfter(LocalDate dateUpdated) {
			return set("DateUpdated>", dateUpdated);
		}

		@Override
		protected ConferenceListRequest build(TwilioParameters parameters) {
			return new ConferenceListRequest(parameters);
		}

	}

}
