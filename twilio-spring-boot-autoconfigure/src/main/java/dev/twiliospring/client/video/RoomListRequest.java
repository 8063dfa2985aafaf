package dev.twiliospring.client.video;

import java.time.Instant;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a room list.
 *
 * @since 1.0.0
 * @see RoomResource#list(RoomListRequest)
 */
public final class RoomListRequest extends AbstractListRequest {

	private static final RoomListRequest ALL = new RoomListRequest(TwilioParameters.empty());

	private RoomListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without filters.
	 * @return the request for Twilio's default selection
	 */
	public static RoomListRequest all() {
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
	 * Builder for {@link RoomListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, RoomListRequest> {

		private Builder() {
		}

		/**
		 * Only list rooms with this status; Twilio lists rooms in progress by default.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(Room.Status status) {
			return set("Status", status);
		}

		/**
		 * Only list rooms with this name.
		 * @param uniqueName the name
		 * @return this builder
		 */
		public Builder uniqueName(String uniqueName) {
			return set("UniqueName", uniqueName);
		}

		/**
		 * Only list rooms created on or after this time.
		 * @param dateCreatedAfter the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreatedAfter) {
			return set("DateCreatedAfter", dateCreatedAfter);
		}

		/**
		 * Only list rooms created before this time.
		 * @param dateCreatedBefore the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreatedBefore) {
			return set("DateCreatedBefore", dateCreatedBefore);
		}

		@Override
		protected RoomListRequest build(TwilioParameters parameters) {
			return new RoomListRequest(parameters);
		}

	}

}
