package dev.twiliospring.client.video;

import java.time.Instant;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a participant list.
 *
 * @since 1.0.0
 * @see RoomParticipantResource#list(RoomParticipantListRequest)
 */
public final class RoomParticipantListRequest extends AbstractListRequest {

	private static final RoomParticipantListRequest ALL = new RoomParticipantListRequest(TwilioParameters.empty());

	private RoomParticipantListRequest(TwilioParameters parameters) {
		super(parameters);
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
	 * Builder for {@link RoomParticipantListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, RoomParticipantListRequest> {

		private Builder() {
		}

		/**
		 * Only list participants with this status; Twilio lists the connected participants
		 * of a room in progress by default.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(RoomParticipant.Status status) {
			return set("Status", status);
		}

		/**
		 * Only list participants with this identity.
		 * @param identity the identity
		 * @return this builder
		 */
		public Builder identity(String identity) {
			return set("Identity", identity);
		}

		/**
		 * Only list participants created on or after this time.
		 * @param dateCreatedAfter the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreatedAfter) {
			return set("DateCreatedAfter", dateCreatedAfter);
		}

		/**
		 * Only list participants created before this time.
		 * @param dateCreatedBefore the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreatedBefore) {
			return set("DateCreatedBefore", dateCreatedBefore);
		}

		@Override
		protected RoomParticipantListRequest build(TwilioParameters parameters) {
			return new RoomParticipantListRequest(parameters);
		}

	}

}
