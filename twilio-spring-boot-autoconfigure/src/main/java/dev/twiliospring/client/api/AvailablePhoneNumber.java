package dev.twiliospring.client.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A phone number the account can buy, as found by
 * {@link AvailablePhoneNumberResource}. Buy it by passing {@link #phoneNumber()} to
 * {@link IncomingPhoneNumberResource#purchase(String)}.
 *
 * @param friendlyName the number formatted for display
 * @param phoneNumber the number in E.164 format, such as {@code +15017122661}
 * @param lata the local access and transport area of the number (US and Canada only)
 * @param locality the locality or city of the number
 * @param rateCenter the rate center of the number (US and Canada only)
 * @param latitude the latitude of the number's location (US and Canada only)
 * @param longitude the longitude of the number's location (US and Canada only)
 * @param region the two-letter state or province of the number (US and Canada only)
 * @param postalCode the postal or ZIP code of the number (US and Canada only)
 * @param isoCountry the ISO 3166-1 alpha-2 country code of the number
 * @param addressRequirements the kind of address the number needs before it can be
 * bought
 * @param beta whether the number is new to the Twilio platform
 * @param capabilities what the number can do
 * @since 1.0.0
 */
public record AvailablePhoneNumber(@JsonProperty("friendly_name") @Nullable String friendlyName,
		@JsonProperty("phone_number") @Nullable String phoneNumber, @JsonProperty("lata") @Nullable String lata,
		@JsonProperty("locality") @Nullable String locality,
		@JsonProperty("rate_center") @Nullable String rateCenter,
		@JsonProperty("latitude") @Nullable BigDecimal latitude,
		@JsonProperty("longitude") @Nullable BigDecimal longitude, @JsonProperty("region") @Nullable String region,
		@JsonProperty("postal_code") @Nullable String postalCode,
		@JsonProperty("iso_country") @Nullable String isoCountry,
		@JsonProperty("address_requirements") @Nullable AddressRequirement addressRequirements,
		@JsonProperty("beta") @Nullable Boolean beta,
		@JsonProperty("capabilities") @Nullable PhoneNumberCapabilities capabilities) {

	/**
	 * Type of phone number to search for; each is its own list under
	 * {@code AvailablePhoneNumbers/{CountryCode}}. Which types a country offers is in
	 * {@link AvailablePhoneNumberCountry#offers(Type)}.
	 */
	public enum Type {

		/** Geographic numbers ({@code Local}). */
		LOCAL("Local", "local"),

		/** Toll-free numbers ({@code TollFree}). */
		TOLL_FREE("TollFree", "toll_free"),

		/** Mobile numbers ({@code Mobile}). */
		MOBILE("Mobile", "mobile"),

		/** Non-geographic national numbers ({@code National}). */
		NATIONAL("National", "national"),

		/** Shared-cost numbers ({@code SharedCost}). */
		SHARED_COST("SharedCost", "shared_cost"),

		/** VoIP numbers ({@code Voip}). */
		VOIP("Voip", "voip"),

		/** Machine-to-machine numbers ({@code MachineToMachine}). */
		MACHINE_TO_MACHINE("MachineToMachine", "machine_to_machine");

		private final String pathSegment;

		private final String subresourceKey;

		Type(String pathSegment, String subresourceKey) {
			this.pathSegment = pathSegment;
			this.subresourceKey = subresourceKey;
		}

		/**
		 * Return the path segment of the list, such as {@code TollFree}.
		 * @return the path segment
		 */
		public String pathSegment() {
			return this.pathSegment;
		}

		String subresourceKey() {
			return this.subresourceKey;
		}

		@Override
		public String toString() {
			return this.pathSegment;
		}

	}

}
