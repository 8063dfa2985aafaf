package dev.twiliospring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} for Twilio REST calls. Define a bean of this type to
 * replace the {@link DefaultTwilioClientObservationConvention}, or extend the default to
 * add key values.
 *
 * @since 1.0.0
 */
public interface TwilioClientObservationConvention extends ObservationConvention<TwilioClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof TwilioClientObservationContext;
	}

}
