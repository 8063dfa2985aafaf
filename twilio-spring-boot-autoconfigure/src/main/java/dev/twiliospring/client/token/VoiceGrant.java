package dev.twiliospring.client.token;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Grant that lets the Voice SDK receive and place calls ({@code voice} claim).
 * <pre class="code">
 * VoiceGrant grant = VoiceGrant.builder()
 *     .incomingAllow(true)
 *     .outgoingApplicationSid("AP...")
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 */
public final class VoiceGrant implements AccessTokenGrant {

	private final boolean incomingAllow;

	private final @Nullable String outgoingApplicationSid;

	private final Map<String, Object> outgoingApplicationParams;

	private final @Nullable String pushCredentialSid;

	private final @Nullable String endpointId;

	private VoiceGrant(Builder builder) {
		this.incomingAllow = builder.incomingAllow;
		this.outgoingApplicationSid = builder.outgoingApplicationSid;
		this.outgoingApplicationParams = Collections
			.unmodifiableMap(new LinkedHashMap<>(builder.outgoingApplicationParams));
		this.pushCredentialSid = builder.pushCredentialSid;
		this.endpointId = builder.endpointId;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return whether the identity can receive calls.
	 * @return whether incoming calls are allowed
	 */
	public boolean incomingAllow() {
		return this.incomingAllow;
	}

	/**
	 * Return the TwiML application that handles calls the identity places.
	 * @return the application SID, or {@code null} if the identity cannot place calls
	 */
	public @Nullable String outgoingApplicationSid() {
		return this.outgoingApplicationSid;
	}

	/**
	 * Return the parameters passed to the TwiML application of outgoing calls.
	 * @return the parameters, possibly empty
	 */
	public Map<String, Object> outgoingApplicationParams() {
		return this.outgoingApplicationParams;
	}

	/**
	 * Return the push credential for incoming call notifications on mobile.
	 * @return the credential SID, or {@code null}
	 */
	public @Nullable String pushCredentialSid() {
		return this.pushCredentialSid;
	}

	/**
	 * Return the ID of the device or browser.
	 * @return the endpoint ID, or {@code null}
	 */
	public @Nullable String endpointId() {
		return this.endpointId;
	}

	@Override
	public String key() {
		return "voice";
	}

	@Override
	public Map<String, Object> payload() {
		Map<String, Object> payload = new LinkedHashMap<>();
		if (this.incomingAllow) {
			payload.put("incoming", Map.of("allow", true));
		}
		if (this.outgoingApplicationSid != null) {
			Map<String, Object> outgoing = new LinkedHashMap<>();
			outgoing.put("application_sid", this.outgoingApplicationSid);
			if (!this.outgoingApplicationParams.isEmpty()) {
				outgoing.put("params", this.outgoingApplicationParams);
			}
			payload.put("outgoing", outgoing);
		}
		Grants.putIfText(payload, "push_credential_sid", this.pushCredentialSid);
		Grants.putIfText(payload, "endpoint_id", this.endpointId);
		return payload;
	}

	@Override
	public String toString() {
		return "VoiceGrant[incomingAllow=" + this.incomingAllow + ", outgoingApplicationSid="
				+ this.outgoingApplicationSid + ", outgoingApplicationParams=" + this.outgoingApplicationParams.keySet()
				+ "]";
	}

	/**
	 * Builder for {@link VoiceGrant}.
	 */
	public static final class Builder {

		private boolean incomingAllow;

		private @Nullable String outgoingApplicationSid;

		private final Map<String, Object> outgoingApplicationParams = new LinkedHashMap<>();

		private @Nullable String pushCredentialSid;

		private @Nullable String endpointId;

		private Builder() {
		}

		/**
		 * Set whether the identity can receive calls, such as from {@code <Client>} in
		 * {@code <Dial>}.
		 * @param incomingAllow whether incoming calls are allowed
		 * @return this builder
		 */
		public Builder incomingAllow(boolean incomingAllow) {
			this.incomingAllow = incomingAllow;
			return this;
		}

		/**
		 * Set the TwiML application that handles calls the identity places.
		 * @param outgoingApplicationSid the application SID ({@code AP...})
		 * @return this builder
		 */
		public Builder outgoingApplicationSid(String outgoingApplicationSid) {
			if (outgoingApplicationSid == null || outgoingApplicationSid.isBlank()) {
				throw new IllegalArgumentException("Outgoing application SID must not be empty");
			}
			this.outgoingApplicationSid = outgoingApplicationSid;
			return this;
		}

		/**
		 * Add parameters passed to the TwiML application of outgoing calls.
		 * @param params the parameters, named by non-empty keys
		 * @return this builder
		 */
		public Builder outgoingApplicationParams(Map<String, ?> params) {
			if (params == null) {
				throw new IllegalArgumentException("Outgoing application parameters must not be null");
			}
			// Checked here: toJwt() would otherwise fail on a null key, far from its cause
			params.keySet().forEach((name) -> {
				if (name == null || name.isBlank()) {
					throw new IllegalArgumentException("Outgoing application parameter names must not be empty");
				}
			});
			this.outgoingApplicationParams.putAll(params);
			return this;
		}

		/**
		 * Set the push credential for incoming call notifications on mobile.
		 * @param pushCredentialSid the credential SID ({@code CR...})
		 * @return this builder
		 */
		public Builder pushCredentialSid(String pushCredentialSid) {
			this.pushCredentialSid = pushCredentialSid;
			return this;
		}

		/**
		 * Set the ID of the device or browser.
		 * @param endpointId the endpoint ID
		 * @return this builder
		 */
		public Builder endpointId(String endpointId) {
			this.endpointId = endpointId;
			return this;
		}

		/**
		 * Build the grant.
		 * @return the grant
		 * @throws IllegalArgumentException if parameters are set without an outgoing
		 * application
		 */
		public VoiceGrant build() {
			if (!this.outgoingApplicationParams.isEmpty() && this.outgoingApplicationSid == null) {
				throw new IllegalArgumentException(
						"Outgoing application parameters need an application: call outgoingApplicationSid(...)");
			}
			return new VoiceGrant(this);
		}

	}

}
