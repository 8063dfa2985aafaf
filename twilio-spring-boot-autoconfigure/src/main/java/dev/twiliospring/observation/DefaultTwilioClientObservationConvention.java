package dev.twiliospring.observation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.observation.TwilioClientObservationDocumentation.HighCardinalityKeyNames;
import dev.twiliospring.observation.TwilioClientObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.common.docs.KeyName;

import org.springframework.http.HttpMethod;

/**
 * Default {@link TwilioClientObservationConvention}: the {@code twilio.client.requests}
 * observation, tagged with the product domain, HTTP method, path template, HTTP status,
 * Twilio error code, outcome and exception. The number of retries and Twilio's request
 * id are high cardinality key values.
 * <p>
 * A call's key values and contextual name are made once per distinct value, such as
 * per path template or HTTP status, and then reused, as every call of an application
 * has one of a few of each; only Twilio's request id is new on every call.
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

	private static final KeyValue[] RETRIES = new KeyValue[16];

	static {
		for (int retries = 0; retries < RETRIES.length; retries++) {
			RETRIES[retries] = KeyValue.of(HighCardinalityKeyNames.RETRIES, String.valueOf(retries));
		}
	}

	private static final ClassValue<KeyValue> EXCEPTIONS = new ClassValue<>() {

		@Override
		protected KeyValue computeValue(Class<?> type) {
			String simpleName = type.getSimpleName();
			return KeyValue.of(LowCardinalityKeyNames.EXCEPTION, simpleName.isEmpty() ? type.getName() : simpleName);
		}

	};

	private final KeyValueCache<String> domains = new KeyValueCache<>(LowCardinalityKeyNames.DOMAIN,
			Function.identity());

	private final KeyValueCache<HttpMethod> methods = new KeyValueCache<>(LowCardinalityKeyNames.METHOD,
			HttpMethod::name);

	private final KeyValueCache<String> uris = new KeyValueCache<>(LowCardinalityKeyNames.URI, Function.identity());

	private final KeyValueCache<Integer> statuses = new KeyValueCache<>(LowCardinalityKeyNames.STATUS,
			String::valueOf);

	private final KeyValueCache<Integer> errorCodes = new KeyValueCache<>(LowCardinalityKeyNames.ERROR_CODE,
			String::valueOf);

	private final KeyValueCache<TwilioRequestContext.Outcome> outcomes = new KeyValueCache<>(
			LowCardinalityKeyNames.OUTCOME, Enum::name);

	private final ConcurrentMap<HttpMethod, ConcurrentMap<String, String>> contextualNames = new ConcurrentHashMap<>();

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
		HttpMethod method = request.method();
		String pathTemplate = request.pathTemplate();
		ConcurrentMap<String, String> names = this.contextualNames.get(method);
		if (names == null) {
			names = (this.contextualNames.size() < KeyValueCache.MAX_SIZE)
					? this.contextualNames.computeIfAbsent(method, (key) -> new ConcurrentHashMap<>()) : null;
			if (names == null) {
				return contextualName(method, pathTemplate);
			}
		}
		String contextualName = names.get(pathTemplate);
		if (contextualName == null) {
			contextualName = contextualName(method, pathTemplate);
			if (names.size() < KeyValueCache.MAX_SIZE) {
				String previous = names.putIfAbsent(pathTemplate, contextualName);
				contextualName = (previous != null) ? previous : contextualName;
			}
		}
		return contextualName;
	}

	private static String contextualName(HttpMethod method, String pathTemplate) {
		return "twilio " + method.name() + " " + pathTemplate;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(TwilioClientObservationContext context) {
		return KeyValues.of(domain(context), method(context), uri(context), status(context), errorCode(context),
				outcome(context), exception(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(TwilioClientObservationContext context) {
		String requestId = context.getRequestContext().requestId();
		return (requestId != null)
				? KeyValues.of(retries(context), KeyValue.of(HighCardinalityKeyNames.REQUEST_ID, requestId))
				: KeyValues.of(retries(context));
	}

	/**
	 * Return the key value for the product domain.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue domain(TwilioClientObservationContext context) {
		return this.domains.get(context.getRequestContext().domain().name());
	}

	/**
	 * Return the key value for the HTTP method.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue method(TwilioClientObservationContext context) {
		return this.methods.get(context.getRequestContext().method());
	}

	/**
	 * Return the key value for the path template.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue uri(TwilioClientObservationContext context) {
		return this.uris.get(context.getRequestContext().pathTemplate());
	}

	/**
	 * Return the key value for the HTTP status of the last response.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue status(TwilioClientObservationContext context) {
		Integer statusCode = context.getRequestContext().statusCode();
		return (statusCode != null) ? this.statuses.get(statusCode) : STATUS_NONE;
	}

	/**
	 * Return the key value for the Twilio error code of the last response.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue errorCode(TwilioClientObservationContext context) {
		Integer errorCode = context.getRequestContext().errorCode();
		return (errorCode != null) ? this.errorCodes.get(errorCode) : ERROR_CODE_NONE;
	}

	/**
	 * Return the key value for the outcome.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue outcome(TwilioClientObservationContext context) {
		return this.outcomes.get(context.getRequestContext().outcome());
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
		return (error != null) ? EXCEPTIONS.get(error.getClass()) : EXCEPTION_NONE;
	}

	/**
	 * Return the key value for the number of retries.
	 * @param context the observation context
	 * @return the key value
	 */
	protected KeyValue retries(TwilioClientObservationContext context) {
		int retries = context.getRequestContext().retries();
		return (retries < RETRIES.length) ? RETRIES[retries]
				: KeyValue.of(HighCardinalityKeyNames.RETRIES, String.valueOf(retries));
	}

	/**
	 * Key values of one key, made once per source value. A convention is shared by all
	 * calls, so an application with unusually many distinct values, such as path
	 * templates of its own, gets the first ones kept and the others made per call.
	 */
	private static final class KeyValueCache<T> {

		static final int MAX_SIZE = 1024;

		private final KeyName key;

		private final Function<T, String> valueOf;

		private final ConcurrentMap<T, KeyValue> keyValues = new ConcurrentHashMap<>();

		KeyValueCache(KeyName key, Function<T, String> valueOf) {
			this.key = key;
			this.valueOf = valueOf;
		}

		KeyValue get(T source) {
			KeyValue keyValue = this.keyValues.get(source);
			if (keyValue == null) {
				keyValue = KeyValue.of(this.key, this.valueOf.apply(source));
				if (this.keyValues.size() < MAX_SIZE) {
					KeyValue previous = this.keyValues.putIfAbsent(source, keyValue);
					keyValue = (previous != null) ? previous : keyValue;
				}
			}
			return keyValue;
		}

	}

}
