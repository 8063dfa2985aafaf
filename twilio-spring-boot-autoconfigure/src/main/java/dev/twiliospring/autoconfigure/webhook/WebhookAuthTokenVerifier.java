package dev.twiliospring.autoconfigure.webhook;

import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails startup when webhook endpoints exist but no auth token can check their
 * signatures. It runs once every singleton, handler mappings included, is ready, so that
 * an application without webhook endpoints (such as one that only makes REST calls with
 * an API key) starts without an auth token.
 */
class WebhookAuthTokenVerifier implements SmartInitializingSingleton {

	private final boolean authTokenAvailable;

	private final TwilioWebhookRequestMatcher requestMatcher;

	WebhookAuthTokenVerifier(boolean authTokenAvailable, TwilioWebhookRequestMatcher requestMatcher) {
		this.authTokenAvailable = authTokenAvailable;
		this.requestMatcher = requestMatcher;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.authTokenAvailable && this.requestMatcher.hasWebhookEndpoints()) {
			throw new WebhookAuthTokenMissingException();
		}
	}

}
