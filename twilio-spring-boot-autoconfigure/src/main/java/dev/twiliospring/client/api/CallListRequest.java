package dev.twiliospring.client.api;

import java.time.Instant;
import java.time.LocalDate;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a call list. Time filters take a {@link LocalDate} (whole UTC
 * day) or an {@link Instant}.
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
public final class CallListRequest {

	private static final CallListRequest ALL = new CallListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private CallListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
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
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "CallListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link CallListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list calls to this callee.
		 * @param to the phone number, SIP address, client identifier or SIM SID
		 * @return this builder
		 */
		public Builder to(String to) {
			this.parameters.set("To", to);
			return this;
		}

		/**
		 * Only list calls from this caller.
		 * @param from the phone number, SIP address, client identifier or SIM SID
		 * @return this builder
		 */
		public Builder from(String from) {
			this.parameters.set("From", from);
			return this;
		}

		/**
		 * Only list the legs created by this call, such as those of its
		 * {@code <Dial>}.
		 * @param parentCallSid the SID of the parent call
		 * @return this builder
		 */
		public Builder parentCallSid(String parentCallSid) {
			this.parameters.set("ParentCallSid", parentCallSid);
			return this;
		}

		/**
		 * Only list calls with this status.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(Call.Status status) {
			this.parameters.set("Status", RequestChecks.known(status, "Status"));
			return this;
		}

		/**
		 * Only list calls that started on this day (UTC).
		 * @param startTime the day
		 * @return this builder
		 */
		public Builder startTime(LocalDate startTime) {
			this.parameters.set("StartTime", startTime);
			return this;
		}

		/**
		 * Only list calls that started at this time.
		 * @param startTime the time
		 * @return this builder
		 */
		public Builder startTime(Instant startTime) {
			this.parameters.set("StartTime", startTime);
			return this;
		}

		/**
		 * Only list calls that started before this day (UTC).
		 * @param startTime the day
		 * @return this builder
		 */
		public Builder startTimeBefore(LocalDate startTime) {
			this.parameters.set("StartTime<", startTime);
			return this;
		}

		/**
		 * Only list calls that started before this time.
		 * @param startTime the time
		 * @return this builder
		 */
		public Builder startTimeBefore(Instant startTime) {
			this.parameters.set("StartTime<", startTime);
			return this;
		}

		/**
		 * Only list calls that started on or after this day (UTC).
		 * @param startTime the day
		 * @return this builder
		 */
		public Builder startTimeAfter(LocalDate startTime) {
			this.parameters.set("StartTime>", startTime);
			return this;
		}

		/**
		 * Only list calls that started on or after this time.
		 * @param startTime the time
		 * @return this builder
		 */
		public Builder startTimeAfter(Instant startTime) {
			this.parameters.set("StartTime>", startTime);
			return this;
		}

		/**
		 * Only list calls that ended on this day (UTC).
		 * @param endTime the day
		 * @return this builder
		 */
		public Builder endTime(LocalDate endTime) {
			this.parameters.set("EndTime", endTime);
			return this;
		}

		/**
		 * Only list calls that ended at this time.
		 * @param endTime the time
		 * @return this builder
		 */
		public Builder endTime(Instant endTime) {
			this.parameters.set("EndTime", endTime);
			return this;
		}

		/**
		 * Only list calls that ended before this day (UTC).
		 * @param endTime the day
		 * @return this builder
		 */
		public Builder endTimeBefore(LocalDate endTime) {
			this.parameters.set("EndTime<", endTime);
			return this;
		}

		/**
		 * Only list calls that ended before this time.
		 * @param endTime the time
		 * @return this builder
		 */
		public Builder endTimeBefore(Instant endTime) {
			this.parameters.set("EndTime<", endTime);
			return this;
		}

		/**
		 * Only list calls that ended on or after this day (UTC).
		 * @param endTime the day
		 * @return this builder
		 */
		public Builder endTimeAfter(LocalDate endTime) {
			this.parameters.set("EndTime>", endTime);
			return this;
		}

		/**
		 * Only list calls that ended on or after this time.
		 * @param endTime the time
		 * @return this builder
		 */
		public Builder endTimeAfter(Instant endTime) {
			this.parameters.set("EndTime>", endTime);
			return this;
		}

		/**
		 * Set the number of calls per page.
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
		public CallListRequest build() {
			return new CallListRequest(this.parameters.build());
		}

	}

}
