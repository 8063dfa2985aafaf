package dev.twiliospring.client.video;

import java.time.Instant;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioParameters;

/**
 * Filters and page size of a room list.
 *
 * @since 1.0.0
 * @see RoomResource#list(RoomListRequest)
 */
public final class RoomListRequest {

	private static final RoomListRequest ALL = new RoomListRequest(TwilioParameters.empty());

	private final TwilioParameters parameters;

	private RoomListRequest(TwilioParameters parameters) {
		this.parameters = parameters;
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
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "RoomListRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link RoomListRequest}.
	 */
	public static final class Builder {

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder() {
		}

		/**
		 * Only list rooms with this status; Twilio lists rooms in progress by default.
		 * @param status the status
		 * @return this builder
		 */
		public Builder status(Room.Status status) {
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Only list rooms with this name.
		 * @param uniqueName the name
		 * @return this builder
		 */
		public Builder uniqueName(String uniqueName) {
			this.parameters.set("UniqueName", uniqueName);
			return this;
		}

		/**
		 * Only list rooms created on or after this time.
		 * @param dateCreatedAfter the time
		 * @return this builder
		 */
		public Builder dateCreatedAfter(Instant dateCreatedAfter) {
			this.parameters.set("DateCreatedAfter", dateCreatedAfter);
			return this;
		}

		/**
		 * Only list rooms created before this time.
		 * @param dateCreatedBefore the time
		 * @return this builder
		 */
		public Builder dateCreatedBefore(Instant dateCreatedBefore) {
			this.parameters.set("DateCreatedBefore", dateCreatedBefore);
			return this;
		}

		/**
		 * Set the number of rooms per page.
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
		public RoomListRequest build() {
			return new RoomListRequest(this.parameters.build());
		}

	}

}
