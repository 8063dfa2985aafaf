package dev.twiliospring.twiml;

import java.net.URI;
import java.time.Duration;

/**
 * Base for the builders of elements that hold what the caller hears: {@code <Say>},
 * {@code <Play>} and {@code <Pause>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class AudioContentBuilder<B extends AudioContentBuilder<B, T>, T> extends TwimlBuilder<B, T> {

	AudioContentBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Add a {@code <Say>} that speaks the given text.
	 * @param text the text to speak
	 * @return this builder
	 */
	public B say(String text) {
		return addElement(Say.TAG, text);
	}

	/**
	 * Add a {@code <Say>}.
	 * @param say the element
	 * @return this builder
	 */
	public B say(Say say) {
		return add(say);
	}

	/**
	 * Add a {@code <Say>}.
	 * @param say the builder of the element, built by this call
	 * @return this builder
	 */
	public B say(Say.Builder say) {
		return add(say);
	}

	/**
	 * Add a {@code <Play>} of the given audio file.
	 * @param url the URL of the audio file
	 * @return this builder
	 */
	public B play(String url) {
		return addElement(Play.TAG, url);
	}

	/**
	 * Add a {@code <Play>} of the given audio file.
	 * @param url the URL of the audio file
	 * @return this builder
	 */
	public B play(URI url) {
		return play(Play.of(url));
	}

	/**
	 * Add a {@code <Play>}.
	 * @param play the element
	 * @return this builder
	 */
	public B play(Play play) {
		return add(play);
	}

	/**
	 * Add a {@code <Play>}.
	 * @param play the builder of the element, built by this call
	 * @return this builder
	 */
	public B play(Play.Builder play) {
		return add(play);
	}

	/**
	 * Add a {@code <Pause>} of Twilio's default length, one second.
	 * @return this builder
	 */
	public B pause() {
		return pause(Pause.builder());
	}

	/**
	 * Add a {@code <Pause>} of the given length.
	 * @param seconds how long to pause, in seconds
	 * @return this builder
	 */
	public B pause(int seconds) {
		return pause(Pause.builder().length(seconds));
	}

	/**
	 * Add a {@code <Pause>} of the given length.
	 * @param length how long to pause, in whole seconds
	 * @return this builder
	 */
	public B pause(Duration length) {
		return pause(Pause.builder().length(length));
	}

	/**
	 * Add a {@code <Pause>}.
	 * @param pause the element
	 * @return this builder
	 */
	public B pause(Pause pause) {
		return add(pause);
	}

	/**
	 * Add a {@code <Pause>}.
	 * @param pause the builder of the element, built by this call
	 * @return this builder
	 */
	public B pause(Pause.Builder pause) {
		return add(pause);
	}

}
