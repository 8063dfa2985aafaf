package dev.twiliospring.twiml;

/**
 * The {@code <Sim>} noun of {@code <Dial>}: a Twilio Programmable Wireless SIM to call.
 *
 * @since 1.0.0
 */
public final class Sim extends TwimlElement {

	static final Tag TAG = new Tag("Sim");

	private Sim(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Sim>} for the given value.
	 * @param simSid the SID of the SIM
	 * @return a new builder
	 */
	public static Builder of(String simSid) {
		return new Builder().text(simSid);
	}

	/**
	 * Builder for {@link Sim}.
	 */
	public static final class Builder extends TwimlTextBuilder<Builder, Sim> {

		private Builder() {
			super(TAG);
		}

		@Override
		public Sim build() {
			return new Sim(compile());
		}

	}

}
