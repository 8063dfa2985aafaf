package dev.twiliospring.client.api;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.twiliospring.client.TwilioEnum;
import dev.twiliospring.client.TwilioEnums;

/**
 * An Account resource: the main account or one of its subaccounts.
 * <p>
 * {@link #toString()} masks the auth token, and a Jackson mapper writing the record,
 * such as the one of a controller that returns it, leaves it out.
 *
 * @param sid the account SID ({@code AC} followed by 32 hex characters)
 * @param friendlyName the name of the account
 * @param status the status
 * @param type the type
 * @param ownerAccountSid the SID of the main account that owns this one
 * @param authToken the auth token of the account; Twilio returns it for subaccounts
 * only. Treat it as a secret
 * @param dateCreated when the account was created
 * @param dateUpdated when the account was last updated
 * @param uri the URI of the resource, relative to the API host
 * @param subresourceUris the URIs of the account's resources, such as {@code messages}
 * @since 1.0.0
 */
public record Account(@JsonProperty("sid") @Nullable String sid,
		@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("status") @Nullable Status status, @JsonProperty("type") @Nullable Type type,
		@JsonProperty("owner_account_sid") @Nullable String ownerAccountSid,
		@JsonProperty(value = "auth_token", access = JsonProperty.Access.WRITE_ONLY) @Nullable String authToken,
		@JsonProperty("date_created") @Nullable OffsetDateTime dateCreated,
		@JsonProperty("date_updated") @Nullable OffsetDateTime dateUpdated,
		@JsonProperty("uri") @Nullable String uri,
		@JsonProperty("subresource_uris") @Nullable Map<String, String> subresourceUris) {

	@Override
	public String toString() {
		return "Account[sid=" + this.sid + ", friendlyName=" + this.friendlyName + ", status=" + this.status
				+ ", type=" + this.type + ", ownerAccountSid=" + this.ownerAccountSid + ", authToken="
				+ ((this.authToken != null) ? "******" : "null") + ", dateCreated=" + this.dateCreated
				+ ", dateUpdated=" + this.dateUpdated + ", uri=" + this.uri + "]";
	}

	/**
	 * Status of an account. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Status implements TwilioEnum {

		/** The account is active. */
		ACTIVE,

		/** The account is suspended and can be reactivated. */
		SUSPENDED,

		/** The account is closed for good. */
		CLOSED,

		/** A status this version of the client does not know. */
		UNKNOWN;

		/**
		 * Return the status with the given Twilio value.
		 * @param value the Twilio value, such as {@code active}
		 * @return the status, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Status from(String value) {
			return TwilioEnums.from(Status.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return value();
		}

	}

	/**
	 * Type of an account. Values Twilio adds later map to {@link #UNKNOWN}.
	 */
	public enum Type implements TwilioEnum {

		/** A trial account. */
		TRIAL("Trial"),

		/** An upgraded account. */
		FULL("Full"),

		/** A type this version of the client does not know. */
		UNKNOWN("Unknown");

		private final String value;

		Type(String value) {
			this.value = value;
		}

		@Override
		public String value() {
			return this.value;
		}

		/**
		 * Return the type with the given Twilio value.
		 * @param value the Twilio value, such as {@code Full}
		 * @return the type, or {@link #UNKNOWN} for an unknown value
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Type from(String value) {
			return TwilioEnums.from(Type.class, value, UNKNOWN);
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

}
