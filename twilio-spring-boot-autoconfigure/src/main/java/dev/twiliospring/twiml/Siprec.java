package dev.twiliospring.twiml;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Siprec>} noun: forks the call to a SIPREC recording server, inside
 * {@code <Start>}; inside {@code <Stop>}, name the session to stop.
 *
 * @since 1.0.0
 */
public final class Siprec extends TwimlElement {

	static final Tag TAG = new Tag("Siprec");

	private Siprec(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Siprec>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Siprec}.
	 */
	public static final class Builder extends AudioForkBuilder<Builder, Siprec> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code connectorName}: the unique name of the SIPREC connector.
		 * @param connectorName the unique name of the SIPREC connector
		 * @return this builder
		 */
		public Builder connectorName(@Nullable String connectorName) {
			return set(Attr.CONNECTOR_NAME, connectorName);
		}

		@Override
		public Siprec build() {
			return new Siprec(compile());
		}

	}

}
