package dev.twiliospring.client.video;

import java.time.Instant;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a participant list.
 *
 * @since 1.0.0
 * @see RoomParticipantResource#list(RoomParticipantListRequest)
 */
public final class RoomParticipantListRequest {

	private static final RoomParticipantListRequest ALL = new RoomParticipantListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private RoomParticipantListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request without filters.
	 * @return the request for Twilio's default selection
	 */
	public static RoomParticipantListRequest all() {
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
		return "RoomParticipantListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link RoomParticipantListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list participants with this status; Twilio lists the connected participants
		 * of a room in progress by default.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(RoomParticipant.Status status) {
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Only list participants with this identity.
		 * @param identity the identity
		 * @return this builder
		 */
		public Builder identity(String identity) {
			this.parameters.set("Identity", identity);
			return this;
		}

		/**
		 * Only list participants created on or after this time.
		 * @param dateCreatedAfter the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreatedAfter) {
			this.parameters.set("DateCreatedAfter", dateCreatedAfter);
			return this;
		}

		/**
		 * Only list participants created before this time.
		 * @param dateCreatedBefore the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreatedBefore) {
			this.parameters.set("DateCreatedBefore", dateCreatedBefore);
			return this;
		}

		/**
		 * Set the number of participants per page.
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
		public RoomParticipantListRequest build() {
			return new RoomParticipantListRequest(this.parameters.build());
		}

	}

}
