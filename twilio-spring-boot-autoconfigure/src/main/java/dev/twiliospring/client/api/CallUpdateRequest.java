package dev.twiliospring.client.api;

import java.net.URI;


import dev.twiliospring.client.TwilioParameters;
import dev.twiliospring.twiml.TwimlDocument;

/**
 * Change to a call in progress: redirect it to new TwiML, hang it up or cancel it.
 * <pre class="code">
 * client.calls().update(sid, CallUpdateRequest.redirect("https://example.com/twiml/hold"));
 * client.calls().update(sid, CallUpdateRequest.hangUp());
 * </pre>
 *
 * @since 1.0.0
 * @see CallResource#update(String, CallUpdateRequest)
 */
public final class CallUpdateRequest {

	private final TwilioParameters parameters;

	private CallUpdateRequest(TwilioParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Return a request that ends a call in progress ({@code Status=completed}).
	 * @return the request
	 */
	public static CallUpdateRequest hangUp() {
		return builder().status(Call.Status.COMPLETED).build();
	}

	/**
	 * Return a request that cancels a call that is queued or ringing
	 * ({@code Status=canceled}).
	 * @return the request
	 */
	public static CallUpdateRequest cancel() {
		return builder().status(Call.Status.CANCELED).build();
	}

	/**
	 * Return a request that makes the call run the TwiML of another URL
	 * ({@code Url}).
	 * @param url the absolute URL of the new TwiML
	 * @return the request
	 */
	public static CallUpdateRequest redirect(String url) {
		return builder().url(url).build();
	}

	/**
	 * Return a request that makes the call run the TwiML of another URL
	 * ({@code Url}).
	 * @param url the absolute URL of the new TwiML
	 * @return the request
	 */
	public static CallUpdateRequest redirect(URI url) {
		return builder().url(url).build();
	}

	/**
	 * Return a request that makes the call run new inline TwiML ({@code Twiml}).
	 * @param twiml the TwiML document
	 * @return the request
	 */
	public static CallUpdateRequest twiml(TwimlDocument twiml) {
		return builder().twiml(twiml).build();
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the form parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "CallUpdateRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link CallUpdateRequest}.
	 */
	public static final class Builder extends CallSettingsBuilder<Builder, CallUpdateRequest> {

		private Builder() {
		}

		/**
		 * End the call: {@link Call.Status#COMPLETED} hangs up a call in progress,
		 * {@link Call.Status#CANCELED} cancels one that is queued or ringing.
		 * @param status the new status
		 * @return this builder
		 */
		public Builder status(Call.Status status) {
			if (status != Call.Status.COMPLETED && status != Call.Status.CANCELED) {
				throw new IllegalArgumentException("A call's status can only be updated to 'completed' (hang up) "
						+ "or 'canceled' (cancel), not '" + status + "'");
			}
			this.parameters.set("Status", status);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 * @throws IllegalArgumentException if nothing would change, or both a URL and
		 * inline TwiML are set
		 */
		@Override
		public CallUpdateRequest build() {
			if (this.parameters.contains("Url") && this.parameters.contains("Twiml")) {
				throw new IllegalArgumentException(
						"A call update takes either url(...) or twiml(...), not both: Twilio treats them as "
								+ "mutually exclusive");
			}
			TwilioParameters parameters = this.parameters.build();
			if (parameters.isEmpty()) {
				throw new IllegalArgumentException("A call update needs a change: call url(...) or twiml(...) to "
						+ "redirect, or status(...) to hang up or cancel");
			}
			return new CallUpdateRequest(parameters);
		}

	}

}
