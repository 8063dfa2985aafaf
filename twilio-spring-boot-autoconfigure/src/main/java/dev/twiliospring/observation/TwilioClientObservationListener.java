package dev.twiliospring.observation;

import java.util.function.Supplier;

import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioRequestContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link TwilioClientListener} that observes every call of a {@code TwilioClient} as a
 * {@link TwilioClientObservationDocumentation#CLIENT_REQUEST twilio.client.requests}
 * observation.
 * <p>
 * The observation is open while the call runs, so the HTTP client's observation of each
 * attempt (Spring's {@code http.client.requests}) nests under it: a trace shows one
 * Twilio span with one child span per attempt.
 *
 * @since 1.0.0
 */
public class TwilioClientObservationListener implements TwilioClientListener {

	private static final TwilioClientObservationConvention DEFAULT_CONVENTION = new DefaultTwilioClientObservationConvention();

	private final ObservationRegistry observationRegistry;

	private final @Nullable TwilioClientObservationConvention observationConvention;

	/**
	 * Create a listener with the default convention.
	 * @param observationRegistry the registry to record observations in
	 */
	public TwilioClientObservationListener(ObservationRegistry observationRegistry) {
		this(observationRegistry, null);
	}

	/**
	 * Create a listener.
	 * @param observationRegistry the registry to record observations in
	 * @param observationConvention the convention that replaces the default one, or
	 * {@code null} for the default
	 */
	public TwilioClientObservationListener(ObservationRegistry observationRegistry,
			@Nullable TwilioClientObservationConvention observationConvention) {
		Assert.notNull(observationRegistry, "ObservationRegistry must not be null");
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
	}

	@Override
	public <T extends @Nullable Object> T aroundRequest(TwilioRequestContext context, Supplier<T> execution) {
		TwilioClientObservationContext observationContext = new TwilioClientObservationContext(context);
		Observation observation = TwilioClientObservationDocumentation.CLIENT_REQUEST.observation(
				this.observationConvention, DEFAULT_CONVENTION, () -> observationContext, this.observationRegistry);
		return observation.observe(execution);
	}

}
