package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a recording list. Date filters take a {@link LocalDate}
 * (whole UTC day) or an {@link Instant}.
 * <pre class="code">
 * RecordingListRequest request = RecordingListRequest.builder()
 *     .callSid("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
 *     .dateCreatedAfter(LocalDate.of(2025, 5, 1))
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see RecordingResource#list(RecordingListRequest)
 */
public final class RecordingListRequest {

	private static final RecordingListRequest ALL = new RecordingListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private RecordingListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request without filters.
	 * @return the request for all recordings
	 */
	public static RecordingListRequest all() {
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
		return "RecordingListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link RecordingListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list recordings created on this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreated(LocalDate dateCreated) {
			this.parameters.set("DateCreated", dateCreated);
			return this;
		}

		/**
		 * Only list recordings created at this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreated(Instant dateCreated) {
			this.parameters.set("DateCreated", dateCreated);
			return this;
		}

		/**
		 * Only list recordings created on or before this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedBefore(LocalDate dateCreated) {
			this.parameters.set("DateCreated<", dateCreated);
			return this;
		}

		/**
		 * Only list recordings created on or before this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreated) {
			this.parameters.set("DateCreated<", dateCreated);
			return this;
		}

		/**
		 * Only list recordings created on or after this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedAfter(LocalDate dateCreated) {
			this.parameters.set("DateCreated>", dateCreated);
			return this;
		}

		/**
		 * Only list recordings created on or after this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreated) {
			this.parameters.set("DateCreated>", dateCreated);
			return this;
		}

		/**
		 * Only list recordings of this call.
		 * @param callSid the call SID
		 * @return this builder
		 */
		public Builder callSid(String callSid) {
			this.parameters.set("CallSid", callSid);
			return this;
		}

		/**
		 * Only list recordings of this conference.
		 * @param conferenceSid the conference SID
		 * @return this builder
		 */
		public Builder conferenceSid(String conferenceSid) {
			this.parameters.set("ConferenceSid", conferenceSid);
			return this;
		}

		/**
		 * Set whether to include deleted recordings, whose metadata Twilio keeps for a
		 * retention period; they have status {@link Recording.Status#DELETED}.
		 * @param includeSoftDeleted whether to include deleted recordings
		 * @return this builder
		 */
		public Builder includeSoftDeleted(boolean includeSoftDeleted) {
			this.parameters.set("IncludeSoftDeleted", includeSoftDeleted);
			return this;
		}

		/**
		 * Set the number of recordings per page.
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
		public RecordingListRequest build() {
			return new RecordingListRequest(this.parameters.build());
		}

	}

}
