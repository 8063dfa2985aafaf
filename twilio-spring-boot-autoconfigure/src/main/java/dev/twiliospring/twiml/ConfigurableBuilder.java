package dev.twiliospring.twiml;

/**
 * Base for the builders of elements that take {@code <Config>} settings as well as
 * {@code <Parameter>}s: {@code <Transcription>} and {@code <VirtualAgent>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class ConfigurableBuilder<B extends ConfigurableBuilder<B, T>, T> extends ParameterizedBuilder<B, T> {

	ConfigurableBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <Config>} setting.
	 * @param name the name of the setting
	 * @param value the value of the setting
	 * @return this builder
	 */
	public B config(String name, String value) {
		return config(Config.of(name, value));
	}

	/**
	 * Add a {@code <Config>}.
	 * @param config the element
	 * @return this builder
	 */
	public B config(Config config) {
		return add(config);
	}

	/**
	 * Add a {@code <Config>}.
	 * @param config the builder of the element, built by this call
	 * @return this builder
	 */
	public B config(Config.Builder config) {
		return add(config);
	}

}
