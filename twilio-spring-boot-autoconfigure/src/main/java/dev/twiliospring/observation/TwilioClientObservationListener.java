package dev.twiliospring.observation;

import java.util.Map;
import java.util.function.Supplier;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClientListener;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequestContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.util.Assert;

/**
 * {@link TwilioClientListener} that observes every call of a {@code TwilioClient} as a
 * {@link TwilioClientObservationDocumentation#CLIENT_REQUEST twilio.client.requests}
 * observation.
 * <p>
 * The observation is open while the call runs, so the HTTP client's observation of each
 * attempt (Spring's {@code http.client.requests}) nests under it: a trace shows one
 * Twilio span with one child span per attempt. A call that Twilio answers with an error
 * is recorded without Twilio's own error message, which can quote phone numbers and
 * SIDs, and an answer that could not be read without the parser's complaint.
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
		observation.start();
		try (Observation.Scope scope = observation.openScope()) {
			return execution.get();
		}
		catch (RuntimeException ex) {
			observation.error(asObserved(ex, context));
			throw ex;
		}
		catch (Error ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Return the failure as the observation records it, for tracing to show. Twilio's
	 * own error message often quotes what the request named, such as a phone number
	 * ("Invalid 'To' Phone Number: +1…") or the resource's SIDs ("The requested resource
	 * /2010-04-01/Accounts/AC…/Messages/SM….json was not found"), and an answer that is
	 * no JSON is quoted in part; an error answer is therefore recorded as a copy that
	 * keeps its status, error code, documentation link, request id and {@code Retry-After},
	 * and names the call by its path template. An answer that could not be mapped is
	 * recorded without the parser's complaint, which can quote a value of the answer.
	 * The caller still gets the original.
	 * @param ex the failure of the call
	 * @param context the call
	 * @return the failure to record
	 */
	static Throwable asObserved(RuntimeException ex, TwilioRequestContext context) {
		String call = context.method() + " " + context.pathTemplate();
		Throwable observed;
		if (ex instanceof TwilioApiException api) {
			Integer code = api.getCode();
			String message = ((code != null) ? "Twilio error " + code + " (HTTP " + api.getStatusCode() + ")"
					: "HTTP " + api.getStatusCode() + " from Twilio") + " on " + call
					+ ((api.getMoreInfo() != null) ? " (see " + api.getMoreInfo() + ")" : "");
			observed = new TwilioApiException(message, api.getStatusCode(), code, null, api.getMoreInfo(), Map.of(),
					api.getRequestId(), api.getRetryAfter());
		}
		else if (ex instanceof TwilioException && ex.getCause() instanceof JacksonException unreadable) {
			observed = new TwilioException(
					"Could not read Twilio's answer to " + call + " (" + unreadable.getClass().getSimpleName() + ")");
		}
		else {
			return ex;
		}
		observed.setStackTrace(ex.getStackTrace());
		return observed;
	}

}
