package dev.twiliospring.webhook;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for Twilio webhook requests. Define a bean of this type to
 * replace the {@link DefaultTwilioWebhookObservationConvention}.
 *
 * @since 1.0.0
 */
public interface TwilioWebhookObservationConvention extends ObservationConvention<TwilioWebhookObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof TwilioWebhookObservationContext;
	}

}
