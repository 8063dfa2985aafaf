package dev.twiliospring.twiml;

/**
 * The {@code <Autopilot>} noun of {@code <Connect>}: an Autopilot assistant that takes
 * over the call.
 *
 * @since 1.0.0
 */
public final class Autopilot extends TwimlElement {

	static final Tag TAG = new Tag("Autopilot");

	private Autopilot(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building an {@code <Autopilot>} for the given value.
	 * @param assistant the SID or unique name of the assistant
	 * @return a new builder
	 */
	public static Builder of(String assistant) {
		return new Builder().text(assistant);
	}

	/**
	 * Builder for {@link Autopilot}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Autopilot> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Autopilot build() {
			return new Autopilot(compile());
		}

	}

}
