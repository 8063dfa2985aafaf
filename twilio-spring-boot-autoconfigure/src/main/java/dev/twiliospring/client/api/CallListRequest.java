package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a call list. Time filters take a {@link LocalDate} (whole UTC
 * day) or an {@link Instant}.
 * <p>
 * Twilio's API reference describes these filters in whole UTC days ({@code YYYY-MM-DD})
 * while declaring them date-times. An {@link Instant} is sent as a UTC date-time; whether
 * Twilio compares its time or only its day is not documented, so use a {@link LocalDate}
 * where a day is meant.
 * <pre class="code">
 * CallListRequest request = CallListRequest.builder()
 *     .to("+15558675310")
 *     .status(Call.Status.COMPLETED)
 *     .startTimeAfter(LocalDate.of(2025, 5, 1))
 *     .pageSize(100)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see CallResource#list(CallListRequest)
 */
public final class CallListRequest extends AbstractListRequest {

	private static final CallListRequest ALL = new CallListRequest(TwilioParameters.empty());

	private CallListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for all calls
	 */
	public static CallListRequest all() {
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
	 * Builder for {@link CallListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, CallListRequest> {

		private Builder() {
		}

		/**
		 * Only list calls to this callee.
		 * @param to the phone number, SIP address, client identifier or SIM SID
		 * @return this builder
		 */
		public Builder to(String to) {
			return set("To", to);
		}

		/**
		 * Only list calls from this caller.
		 * @param from the phone number, SIP address, client identifier or SIM SID
		 * @return this builder
		 */
		public Builder from(String from) {
			return set("From", from);
		}

		/**
		 * Only list the legs created by this call, such as those of its
		 * {@code <Dial>}.
		 * @param parentCallSid the SID of the parent call
		 * @return this builder
		 */
		public Builder parentCallSid(String parentCallSid) {
			return set("ParentCallSid", parentCallSid);
		}

		/**
		 * Only list calls with this status.
		 * @param status the status; not {@link Call.Status#INITIATED}, which Twilio
		 * reports to status callbacks only and does not filter lists by
		 * @return this builder
		 */
		public Builder status(Call.Status status) {
			if (RequestChecks.given(status, "Status") == Call.Status.INITIATED) {
				throw new IllegalArgumentException("Status cannot be INITIATED: Twilio reports it to status callbacks "
						+ "only and does not filter lists of calls by it");
			}
			return set("Status", status);
		}

		/**
		 * Only list calls that started on this day (UTC).
		 * @param startTime the day
		 * @return this builder
		 */
		public Builder startTime(LocalDate startTime) {
			return set("StartTime", startTime);
		}

		/**
		 * Only list calls that started at this time.
		 * @param startTime the time
		 * @return this builder
		 */
		public Builder startTime(Instant startTime) {
			return set("StartTime", startTime);
		}

		/**
		 * Only list calls that started before this day (UTC).
		 * @param startTime the day
		 * @return this builder
		 */
		public Builder startTimeBefore(LocalDate startTime) {
			return set("StartTime<", startTime);
		}

		/**
		 * Only list calls that started before this time.
		 * @param startTime the time
		 * @return this builder
		 */
		public Builder startTimeBefore(Instant startTime) {
			return set("StartTime<", startTime);
		}

		/**
		 * Only list calls that started on or after this day (UTC).
		 * @param startTime the day
		 * @return this builder
		 */
		public Builder startTimeAfter(LocalDate startTime) {
			return set("StartTime>", startTime);
		}

		/**
		 * Only list calls that started on or after this time.
		 * @param startTime the time
		 * @return this builder
		 */
		public Builder startTimeAfter(Instant startTime) {
			return set("StartTime>", startTime);
		}

		/**
		 * Only list calls that ended on this day (UTC).
		 * @param endTime the day
		 * @return this builder
		 */
		public Builder endTime(LocalDate endTime) {
			return set("EndTime", endTime);
		}

		/**
		 * Only list calls that ended at this time.
		 * @param endTime the time
		 * @return this builder
		 */
		public Builder endTime(Instant endTime) {
			return set("EndTime", endTime);
		}

		/**
		 * Only list calls that ended before this day (UTC).
		 * @param endTime the day
		 * @return this builder
		 */
		public Builder endTimeBefore(LocalDate endTime) {
			return set("EndTime<", endTime);
		}

		/**
		 * Only list calls that ended before this time.
		 * @param endTime the time
		 * @return this builder
		 */
		public Builder endTimeBefore(Instant endTime) {
			return set("EndTime<", endTime);
		}

		/**
		 * Only list calls that ended on or after this day (UTC).
		 * @param endTime the day
		 * @return this builder
		 */
		public Builder endTimeAfter(LocalDate endTime) {
			return set("EndTime>", endTime);
		}

		/**
		 * Only list calls that ended on or after this time.
		 * @param endTime the time
		 * @return this builder
		 */
		public Builder endTimeAfter(Instant endTime) {
			return set("EndTime>", endTime);
		}

		@Override
		protected CallListRequest build(TwilioParameters parameters) {
			return new CallListRequest(parameters);
		}

	}

}
