package dev.twiliospring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * Documented observations of the {@code TwilioClient}.
 *
 * @since 1.0.0
 */
public enum TwilioClientObservationDocumentation implements ObservationDocumentation {

	/**
	 * One logical Twilio REST call, from the first attempt to the final answer, with all
	 * retries and the waits between them. When the client's {@code RestClient} is
	 * observed, as it is when built on Spring Boot's {@code RestClient.Builder}, each HTTP
	 * attempt is also an {@code http.client.requests} observation, a child of this one.
	 */
	CLIENT_REQUEST;

	@Override
	public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
		return DefaultTwilioClientObservationConvention.class;
	}

	@Override
	public KeyName[] getLowCardinalityKeyNames() {
		return LowCardinalityKeyNames.values();
	}

	@Override
	public KeyName[] getHighCardinalityKeyNames() {
		return HighCardinalityKeyNames.values();
	}

	/**
	 * Key names with a bounded set of values, used as metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * Twilio product domain, such as {@code api}, {@code messaging} or
		 * {@code verify}.
		 */
		DOMAIN("domain"),

		/**
		 * HTTP method of the call.
		 */
		METHOD("method"),

		/**
		 * Path template of the resource, such as
		 * {@code /2010-04-01/Accounts/{AccountSid}/Messages.json}; never an expanded
		 * path with SIDs or phone numbers.
		 */
		URI("uri"),

		/**
		 * HTTP status of the last response, or {@code NONE} if no response was
		 * received.
		 */
		STATUS("status"),

		/**
		 * Twilio error code of the last response, such as {@code 20003}, or
		 * {@code none}.
		 */
		ERROR_CODE("error.code"),

		/**
		 * Outcome of the call: {@code SUCCESS}, {@code CLIENT_ERROR},
		 * {@code SERVER_ERROR}, {@code CONNECTION_ERROR}, {@code TIMEOUT} or
		 * {@code UNKNOWN}.
		 */
		OUTCOME("outcome"),

		/**
		 * Simple class name of the exception the call ended with, or {@code none}.
		 */
		EXCEPTION("exception");

		private final String key;

		LowCardinalityKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

	/**
	 * Key names with unbounded values, recorded on traces but not on metrics.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * Number of times the call was retried.
		 */
		RETRIES("retries"),

		/**
		 * Twilio's id of the last request ({@code Twilio-Request-Id}), for support
		 * cases. Only present when Twilio answered.
		 */
		REQUEST_ID("request.id");

		private final String key;

		HighCardinalityKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

}
