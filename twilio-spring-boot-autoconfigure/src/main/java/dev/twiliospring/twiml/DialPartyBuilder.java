package dev.twiliospring.twiml;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Base for the builders of the {@code <Dial>} nouns that call one party and report on
 * the call to it: {@code <Application>}, {@code <Client>}, {@code <Number>}, {@code <Sip>}
 * and {@code <WhatsApp>}.
 *
 * @param <B> the type of the builder
 * @param <T> the type that the builder builds
 * @since 1.0.0
 */
public abstract class DialPartyBuilder<B extends DialPartyBuilder<B, T>, T> extends TwimlTextBuilder<B, T> {

	DialPartyBuilder(Tag tag) {
		super(tag);
	}

	/**
	 * Set {@code url}: the URL of TwiML that runs for the called party after they
	 * answer and before they are connected.
	 * @param url the URL of TwiML that runs for the called party after they answer
	 * and before they are connected
	 * @return this builder
	 */
	public B url(@Nullable String url) {
		return set(Attr.URL, url);
	}

	/**
	 * Set {@code url}: the URL of TwiML that runs for the called party after they
	 * answer and before they are connected.
	 * @param url the URL of TwiML that runs for the called party after they answer
	 * and before they are connected
	 * @return this builder
	 */
	public B url(@Nullable URI url) {
		return set(Attr.URL, url);
	}

	/**
	 * Set {@code method}: the HTTP method for the {@code url}.
	 * @param method the HTTP method for the {@code url}
	 * @return this builder
	 */
	public B method(@Nullable Method method) {
		return set(Attr.METHOD, method);
	}

	/**
	 * Set {@code statusCallbackEvent}: the call progress events that Twilio reports
	 * to the {@code statusCallback} URL; Twilio reports {@code completed} when none
	 * are set.
	 * @param statusCallbackEvent the call progress events that Twilio reports to the
	 * {@code statusCallback} URL
	 * @return this builder
	 */
	public B statusCallbackEvent(CallEvent @Nullable ... statusCallbackEvent) {
		return setAll(Attr.STATUS_CALLBACK_EVENT, statusCallbackEvent);
	}

	/**
	 * Set {@code statusCallback}: the URL that Twilio notifies as the call to this
	 * party progresses.
	 * @param statusCallback the URL that Twilio notifies as the call to this party
	 * progresses
	 * @return this builder
	 */
	public B statusCallback(@Nullable String statusCallback) {
		return set(Attr.STATUS_CALLBACK, statusCallback);
	}

	/**
	 * Set {@code statusCallback}: the URL that Twilio notifies as the call to this
	 * party progresses.
	 * @param statusCallback the URL that Twilio notifies as the call to this party
	 * progresses
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
