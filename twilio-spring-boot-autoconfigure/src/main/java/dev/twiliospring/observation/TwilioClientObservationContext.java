package dev.twiliospring.observation;

import dev.twiliospring.client.TwilioRequestContext;
import io.micrometer.observation.Observation;

import org.springframework.util.Assert;

/**
 * Context of the {@code twilio.client.requests} observation: one logical call of a
 * {@code TwilioClient}, all attempts included.
 * <p>
 * The wrapped {@link TwilioRequestContext} is filled in by the client while the
 * observation runs, so a convention reads the status, Twilio error code, outcome and
 * number of retries when the observation stops.
 *
 * @since 1.0.0
 * @see TwilioClientObservationDocumentation#CLIENT_REQUEST
 */
public class TwilioClientObservationContext extends Observation.Context {

	private final TwilioRequestContext requestContext;

	/**
	 * Create a context for a call.
	 * @param requestContext the call as the client describes it
	 */
	public TwilioClientObservationContext(TwilioRequestContext requestContext) {
		Assert.notNull(requestContext, "RequestContext must not be null");
		this.requestContext = requestContext;
	}

	/**
	 * Return the call as the client describes it.
	 * @return the request context
	 */
	public TwilioRequestContext getRequestContext() {
		return this.requestContext;
	}

}
