package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Room>} noun of {@code <Connect>}: a Twilio Video room that the caller
 * joins.
 *
 * @since 1.0.0
 */
public final class Room extends TwimlElement {

	static final Tag TAG = new Tag("Room");

	private Room(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Room>} for the given value.
	 * @param name the name of the room
	 * @return a new builder
	 */
	public static Builder of(String name) {
		return new Builder().text(name);
	}

	/**
	 * Builder for {@link Room}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Room> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code participantIdentity}: the identity of the caller in the room.
		 * @param participantIdentity the identity of the caller in the room
		 * @return this builder
		 */
		public Builder participantIdentity(@Nullable String participantIdentity) {
			return set(Attr.PARTICIPANT_IDENTITY, participantIdentity);
		}

		@Override
		public Room build() {
			return new Room(compile());
		}

	}

}
