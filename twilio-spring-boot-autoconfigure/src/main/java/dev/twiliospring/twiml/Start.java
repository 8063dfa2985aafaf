package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * The {@code <Start>} verb: starts a media stream, SIPREC session, real-time
 * transcription or recording that runs while the call continues.
 *
 * @since 1.0.0
 */
public final class Start extends TwimlElement {

	static final Tag TAG = new Tag("Start");

	private Start(byte[] xml) {
		super(xml);
	}

	/**
	 * Start building a {@code <Start>}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Start}.
	 */
	public static final class Builder extends BackgroundOperationsBuilder<Builder, Start> {

		private Builder() {
			super(TAG);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests once the background operation
		 * has started.
		 * @param action the URL that Twilio requests once the background operation has
		 * started
		 * @return this builder
		 */
		public Builder action(@Nullable String action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code action}: the URL that Twilio requests once the background operation
		 * has started.
		 * @param action the URL that Twilio requests once the background operation has
		 * started
		 * @return this builder
		 */
		public Builder action(@Nullable URI action) {
			return set(Attr.ACTION, action);
		}

		/**
		 * Set {@code method}: the HTTP method for the {@code action} URL.
		 * @param method the HTTP method for the {@code action} URL
		 * @return this builder
		 */
		public Builder method(@Nullable Method method) {
			return set(Attr.METHOD, method);
		}

		/**
		 * Add a {@code <Recording>}.
		 * @param recording the element
		 * @return this builder
		 */
		public Builder recording(Recording recording) {
			return add(recording);
		}

		/**
		 * Add a {@code <Recording>}.
		 * @param recording the builder of the element, built by this call
		 * @return this builder
		 */
		public Builder recording(Recording.Builder recording) {
			return add(recording);
		}

		@Override
		public Start build() {
			return new Start(compile());
		}

	}

}
