package dev.twiliospring.observation;

import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.observation.TwilioClientObservationDocumentation.HighCardinalityKeyNames;
import dev.twiliospring.observation.TwilioClientObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Default {@link TwilioClientObservationConvention}: the {@code twilio.client.requests}
 * observation, tagged with the product domain, HTTP method, path template, HTTP status,
 * Twilio error code, outcome and exception. The number of retries and Twilio's request
 * id are high cardinality key values.
 *
 * @since 1.0.0
 */
public class DefaultTwilioClientObservationConvention implements TwilioClientObservationConvention {

	/** Name of the observation and of the timer it records. */
	public static final String DEFAULT_NAME = "twilio.client.requests";

	private static final String NONE = "none";

	private static final KeyValue STATUS_NONE = KeyValue.of(LowCardinalityKeyNames.STATUS, "NONE");

	private static final KeyValue ERROR_CODE_NONE = KeyValue.of(LowCardinalityKeyNames.ERROR_CODE, NONE);

	private static final KeyValue EXCEPTION_NONE = KeyValue.of(LowCardinalityKeyNames.EXCEPTION, NONE);

	private final String name;

	/**
	 * Create a convention with the default name.
	 */
	public DefaultTwilioClientObservationConvention() {
		this(DEFAULT_NAME);
	}

	/**
	 * Create a convention with a custom name.
	 * @param name the observation name
	 */
	public DefaultTwilioClientObservationConvention(String name) {
		this.name = name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(TwilioClientObservationContext context) {
		TwilioRequestContext request = context.getRequestContext();
		return "twilio " + request.method().name() + " " + request.pathTemplate();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(TwilioClientObservationContext context) {
		return KeyValues.of(domain(context), method(context), uri(context), status(context), errorCode(context),
				outcome(context), exception(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(TwilioClientObservationContext context) {
		KeyValues keyValues = KeyValues.of(retries(context));
		String requestId = context.getRequestContext().requestId();
		return (requestId != null) ? keyValues.and(KeyValue.of(HighCardinalityKeyNames.REQUEST_ID, requestId))
				: keyValues;
	}

	/**
	 * Return the key value for the product domain.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue domain(TwilioClientObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.DOMAIN, context.getRequestContext().domain().name());
	}

	/**
	 * Return the key value for the HTTP method.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue method(TwilioClientObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.METHOD, context.getRequestContext().method().name());
	}

	/**
	 * Return the key value for the path template.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue uri(TwilioClientObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.URI, context.getRequestContext().pathTemplate());
	}

	/**
	 * Return the key value for the HTTP status of the last response.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue status(TwilioClientObservationContext context) {
		Integer statusCode = context.getRequestContext().statusCode();
		return (statusCode != null) ? KeyValue.of(LowCardinalityKeyNames.STATUS, String.valueOf(statusCode))
				: STATUS_NONE;
	}

	/**
	 * Return the key value for the Twilio error code of the last response.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue errorCode(TwilioClientObservationContext context) {
		Integer errorCode = context.getRequestContext().errorCode();
		return (errorCode != null) ? KeyValue.of(LowCardinalityKeyNames.ERROR_CODE, String.valueOf(errorCode))
				: ERROR_CODE_NONE;
	}

	/**
	 * Return the key value for the outcome.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue outcome(TwilioClientObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.OUTCOME, context.getRequestContext().outcome().name());
	}

	/**
	 * Return the key value for the exception the call ended with.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue exception(TwilioClientObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			error = context.getRequestContext().error();
		}
		if (error == null) {
			return EXCEPTION_NONE;
		}
		String simpleName = error.getClass().getSimpleName();
		return KeyValue.of(LowCardinalityKeyNames.EXCEPTION,
				simpleName.isEmpty() ? error.getClass().getName() : simpleName);
	}

	/**
	 * Return the key value for the number of retries.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue retries(TwilioClientObservationContext context) {
		return KeyValue.of(HighCardinalityKeyNames.RETRIES, String.valueOf(context.getRequestContext().retries()));
	}

}
