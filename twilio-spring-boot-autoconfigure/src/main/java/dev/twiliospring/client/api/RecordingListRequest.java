package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a recording list. Date filters take a {@link LocalDate}
 * (whole UTC day) or an {@link Instant}.
 * <p>
 * Twilio's API reference describes these filters in whole UTC days ({@code YYYY-MM-DD})
 * while declaring them date-times. An {@link Instant} is sent as a UTC date-time; whether
 * Twilio compares its time or only its day is not documented, so use a {@link LocalDate}
 * where a day is meant. A conference's recordings take {@link LocalDate}s only, as Twilio
 * declares their filters dates: {@link ConferenceRecordingResource} refuses an
 * {@link Instant}.
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
public final class RecordingListRequest extends AbstractListRequest {

	private static final RecordingListRequest ALL = new RecordingListRequest(TwilioParameters.empty());

	private RecordingListRequest(TwilioParameters parameters) {
		super(parameters);
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
	 * Builder for {@link RecordingListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, RecordingListRequest> {

		private Builder() {
		}

		/**
		 * Only list recordings created on this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreated(LocalDate dateCreated) {
			return set("DateCreated", dateCreated);
		}

		/**
		 * Only list recordings created at this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreated(Instant dateCreated) {
			return set("DateCreated", dateCreated);
		}

		/**
		 * Only list recordings created on or before this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedBefore(LocalDate dateCreated) {
			return set("DateCreated<", dateCreated);
		}

		/**
		 * Only list recordings created on or before this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreated) {
			return set("DateCreated<", dateCreated);
		}

		/**
		 * Only list recordings created on or after this day (UTC).
		 * @param dateCreated the day
		 * @return this builder
		 */
		public Builder dateCreatedAfter(LocalDate dateCreated) {
			return set("DateCreated>", dateCreated);
		}

		/**
		 * Only list recordings created on or after this time.
		 * @param dateCreated the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreated) {
			return set("DateCreated>", dateCreated);
		}

		/**
		 * Only list recordings of this call.
		 * @param callSid the call SID
		 * @return this builder
		 */
		public Builder callSid(String callSid) {
			return set("CallSid", callSid);
		}

		/**
		 * Only list recordings of this conference.
		 * @param conferenceSid the conference SID
		 * @return this builder
		 */
		public Builder conferenceSid(String conferenceSid) {
			return set("ConferenceSid", conferenceSid);
		}

		/**
		 * Set whether to include deleted recordings, whose metadata Twilio keeps for a
		 * retention period; they have status {@link Recording.Status#DELETED}.
		 * @param includeSoftDeleted whether to include deleted recordings
		 * @return this builder
		 */
		public Builder includeSoftDeleted(boolean includeSoftDeleted) {
			return set("IncludeSoftDeleted", includeSoftDeleted);
		}

		@Override
		protected RecordingListRequest build(TwilioParameters parameters) {
			return new RecordingListRequest(parameters);
		}

	}

}
