package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Base for the builders of {@code <Stream>} and {@code <Siprec>}, which send the call's
 * audio to another service.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class AudioForkBuilder<B extends AudioForkBuilder<B, T>, T> extends ParameterizedBuilder<B, T> {

	AudioForkBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Set {@code name}: the name that {@code <Stop>} uses to stop it.
	 * @param name the name that {@code <Stop>} uses to stop it
	 * @return this builder
	 */
	public B name(@Nullable String name) {
		return set(Attr.NAME, name);
	}

	/**
	 * Set {@code track}: which audio is sent.
	 * @param track which audio is sent
	 * @return this builder
	 */
	public B track(@Nullable Track track) {
		return set(Attr.TRACK, track);
	}

	/**
	 * Set {@code statusCallback}: the URL that Twilio notifies when the stream or
	 * session starts, stops or fails.
	 * @param statusCallback the URL that Twilio notifies when the stream or session
	 * starts, stops or fails
	 * @return this builder
	 */
	public B statusCallback(@Nullable String statusCallback) {
		return set(Attr.STATUS_CALLBACK, statusCallback);
	}

	/**
	 * Set {@code statusCallback}: the URL that Twilio notifies when the stream or
	 * session starts, stops or fails.
	 * @param statusCallback the URL that Twilio notifies when the stream or session
	 * starts, stops or fails
	 * @return this builder
	 */
	public B statusCallback(@Nullable URI statusCallback) {
		return set(Attr.STATUS_CALLBACK, statusCallback);
	}

	/**
	 * Set {@code statusCallbackMethod}: the HTTP method for the
	 * {@code statusCallback} URL.
	 * @param statusCallbackMethod the HTTP method for the {@code statusCallback} URL
	 * @return this builder
	 */
	public B statusCallbackMethod(@Nullable Method statusCallbackMethod) {
		return set(Attr.STATUS_CALLBACK_METHOD, statusCallbackMethod);
	}

}
