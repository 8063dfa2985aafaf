package dev.twiliospring.client.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A country in which the account can buy phone numbers, with the types of number it
 * offers.
 *
 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
 * @param country the name of the country
 * @param uri the URI of the resource, relative to the API host
 * @param beta whether all numbers of the country are new to the Twilio platform
 * @param subresourceUris the URIs of the number lists of the country by type, such as
 * {@code local} and {@code toll_free}
 * @since 1.0.0
 */
public record AvailablePhoneNumberCountry(@JsonProperty("country_code") @Nullable String countryCode,
		@JsonProperty("country") @Nullable String country, @JsonProperty("uri") @Nullable String uri,
		@JsonProperty("beta") @Nullable Boolean beta,
		@JsonProperty("subresource_uris") @Nullable Map<String, String> subresourceUris) {

	/**
	 * Return whether the country offers numbers of a type.
	 * @param type the type of number
	 * @return whether Twilio lists numbers of that type for the country
	 */
	public boolean offers(AvailablePhoneNumber.Type type) {
		return this.subresourceUris != null && this.subresourceUris.containsKey(type.subresourceKey());
	}

}
