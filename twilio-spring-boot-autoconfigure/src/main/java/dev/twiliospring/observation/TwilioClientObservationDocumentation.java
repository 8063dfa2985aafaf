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
	 * retries and the waits between them. Each HTTP attempt is also observed by the
	 * HTTP client ({@code http.client.requests}) as a child of this observation.
	 */
	CLIENT_REQUEST {

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

	};

	/**
	 * Key names with a bounded set of values, used as metric tags.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * Twilio product domain, such as {@code api}, {@code messaging} or
		 * {@code verify}.
		 */
		DOMAIN {

			@Override
			public String asString() {
				return "domain";
			}

		},

		/**
		 * HTTP method of the call.
		 */
		METHOD {

			@Override
			public String asString() {
				return "method";
			}

		},

		/**
		 * Path template of the resource, such as
		 * {@code /2010-04-01/Accounts/{AccountSid}/Messages.json}; never an expanded
		 * path with SIDs or phone numbers.
		 */
		URI {

			@Override
			public String asString() {
				return "uri";
			}

		},

		/**
		 * HTTP status of the last response, or {@code NONE} if no response was
		 * received.
		 */
		STATUS {

			@Override
			public String asString() {
				return "status";
			}

		},

		/**
		 * Twilio error code of the last response, such as {@code 20003}, or
		 * {@code none}.
		 */
		ERROR_CODE {

			@Override
			public String asString() {
				return "error.code";
			}

		},

		/**
		 * Outcome of the call: {@code SUCCESS}, {@code CLIENT_ERROR},
		 * {@code SERVER_ERROR}, {@code CONNECTION_ERROR}, {@code TIMEOUT} or
		 * {@code UNKNOWN}.
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		},

		/**
		 * Simple class name of the exception the call ended with, or {@code none}.
		 */
		EXCEPTION {

			@Override
			public String asString() {
				return "exception";
			}

		}

	}

	/**
	 * Key names with unbounded values, recorded on traces but not on metrics.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * Number of times the call was retried.
		 */
		RETRIES {

			@Override
			public String asString() {
				return "retries";
			}

		},

		/**
		 * Twilio's id of the last request ({@code Twilio-Request-Id}), for support
		 * cases. Only present when Twilio answered.
		 */
		REQUEST_ID {

			@Override
			public String asString() {
				return "request.id";
			}

		}

	}

}
