package dev.twiliospring.client.api;

import java.math.BigDecimal;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractListRequest;
import dev.twiliospring.client.TwilioParameters;

/**
 * Search criteria for phone numbers the account can buy. Filters by location (area
 * code, proximity, postal code, region, rate center, LATA) only apply to numbers in the
 * US and Canada, except {@link Builder#inLocality(String) inLocality}.
 * <pre class="code">
 * AvailablePhoneNumberListRequest request = AvailablePhoneNumberListRequest.builder()
 *     .areaCode(510)
 *     .contains("555")
 *     .smsEnabled(true)
 *     .voiceEnabled(true)
 *     .excludeAllAddressRequired(true)
 *     .pageSize(20)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see AvailablePhoneNumberResource#list(String, AvailablePhoneNumber.Type,
 * AvailablePhoneNumberListRequest)
 */
public final class AvailablePhoneNumberListRequest extends AbstractListRequest {

	private static final AvailablePhoneNumberListRequest ALL = new AvailablePhoneNumberListRequest(
			TwilioParameters.empty());

	private AvailablePhoneNumberListRequest(TwilioParameters parameters) {
		super(parameters);
	}

	/**
	 * Return a request without criteria.
	 * @return the request for any available number
	 */
	public static AvailablePhoneNumberListRequest all() {
		return ALL;
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link AvailablePhoneNumberListRequest}.
	 */
	public static final class Builder extends AbstractListRequest.Builder<Builder, AvailablePhoneNumberListRequest> {

		private Builder() {
		}

		/**
		 * Only find numbers in this area code (US and Canada only).
		 * @param areaCode the area code, such as {@code 510}
		 * @return this builder
		 */
		public Builder areaCode(int areaCode) {
			return set("AreaCode", areaCode);
		}

		/**
		 * Only find numbers that match a pattern of 2 to 16 digits and letters, where
		 * letters stand for their keypad digits. {@code *} matches any single
		 * character and {@code %} any sequence, {@code +} anchors the start and
		 * {@code $} the end.
		 * @param contains the pattern, such as {@code 555} or {@code STORM}
		 * @return this builder
		 */
		public Builder contains(String contains) {
			Assert.notNull(contains, "Contains must not be null");
			if (contains.length() < 2 || contains.length() > 16) {
				throw new IllegalArgumentException(
						"Contains must be a pattern of 2 to 16 characters, got '" + contains + "'");
			}
			return set("Contains", contains);
		}

		/**
		 * Only find numbers that can, or cannot, receive SMS messages.
		 * @param smsEnabled whether the numbers must receive SMS messages
		 * @return this builder
		 */
		public Builder smsEnabled(boolean smsEnabled) {
			return set("SmsEnabled", smsEnabled);
		}

		/**
		 * Only find numbers that can, or cannot, receive MMS messages.
		 * @param mmsEnabled whether the numbers must receive MMS messages
		 * @return this builder
		 */
		public Builder mmsEnabled(boolean mmsEnabled) {
			return set("MmsEnabled", mmsEnabled);
		}

		/**
		 * Only find numbers that can, or cannot, receive calls.
		 * @param voiceEnabled whether the numbers must receive calls
		 * @return this builder
		 */
		public Builder voiceEnabled(boolean voiceEnabled) {
			return set("VoiceEnabled", voiceEnabled);
		}

		/**
		 * Only find numbers that can, or cannot, receive faxes.
		 * @param faxEnabled whether the numbers must receive faxes
		 * @return this builder
		 */
		public Builder faxEnabled(boolean faxEnabled) {
			return set("FaxEnabled", faxEnabled);
		}

		/**
		 * Set whether to skip numbers that need an address of any kind.
		 * @param excludeAllAddressRequired whether to skip them (Twilio's default is
		 * {@code false})
		 * @return this builder
		 */
		public Builder excludeAllAddressRequired(boolean excludeAllAddressRequired) {
			return set("ExcludeAllAddressRequired", excludeAllAddressRequired);
		}

		/**
		 * Set whether to skip numbers that need a local address.
		 * @param excludeLocalAddressRequired whether to skip them (Twilio's default is
		 * {@code false})
		 * @return this builder
		 */
		public Builder excludeLocalAddressRequired(boolean excludeLocalAddressRequired) {
			return set("ExcludeLocalAddressRequired", excludeLocalAddressRequired);
		}

		/**
		 * Set whether to skip numbers that need a foreign address.
		 * @param excludeForeignAddressRequired whether to skip them (Twilio's default
		 * is {@code false})
		 * @return this builder
		 */
		public Builder excludeForeignAddressRequired(boolean excludeForeignAddressRequired) {
			return set("ExcludeForeignAddressRequired", excludeForeignAddressRequired);
		}

		/**
		 * Set whether to include numbers new to the Twilio platform.
		 * @param beta whether to include beta numbers (Twilio's default is
		 * {@code true})
		 * @return this builder
		 */
		public Builder beta(boolean beta) {
			return set("Beta", beta);
		}

		/**
		 * Only find numbers near this number, within {@link #distance(int)} miles (US
		 * and Canada only).
		 * @param nearNumber the number in E.164 format
		 * @return this builder
		 */
		public Builder nearNumber(String nearNumber) {
			return set("NearNumber", nearNumber);
		}

		/**
		 * Only find numbers near this location, within {@link #distance(int)} miles (US
		 * and Canada only).
		 * @param nearLatLong the location as {@code latitude,longitude}, such as
		 * {@code 37.840575,-122.202481}
		 * @return this builder
		 */
		public Builder nearLatLong(String nearLatLong) {
			return set("NearLatLong", nearLatLong);
		}

		/**
		 * Only find numbers near this location, within {@link #distance(int)} miles (US
		 * and Canada only).
		 * @param latitude the latitude, between -90 and 90
		 * @param longitude the longitude, between -180 and 180
		 * @return this builder
		 */
		public Builder nearLatLong(double latitude, double longitude) {
			if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
				throw new IllegalArgumentException("NearLatLong needs a latitude between -90 and 90 and a longitude "
						+ "between -180 and 180, got " + latitude + "," + longitude);
			}
			return nearLatLong(plain(latitude) + "," + plain(longitude));
		}

		/**
		 * Set the search radius of {@link #nearNumber(String)} and
		 * {@link #nearLatLong(String)}.
		 * @param distance the radius in miles, up to 500 (Twilio's default is 25)
		 * @return this builder
		 */
		public Builder distance(int distance) {
			if (distance < 0 || distance > 500) {
				throw new IllegalArgumentException("Distance must be between 0 and 500 miles, got " + distance);
			}
			return set("Distance", distance);
		}

		/**
		 * Only find numbers in this postal code, or in that of a given number (US and
		 * Canada only).
		 * @param inPostalCode the postal code or a phone number
		 * @return this builder
		 */
		public Builder inPostalCode(String inPostalCode) {
			return set("InPostalCode", inPostalCode);
		}

		/**
		 * Only find numbers in this region, state or province, or in that of a given
		 * number (US and Canada only).
		 * @param inRegion the region, such as {@code CA}, or a phone number
		 * @return this builder
		 */
		public Builder inRegion(String inRegion) {
			return set("InRegion", inRegion);
		}

		/**
		 * Only find numbers in this rate center, or in that of a given number (US and
		 * Canada only). Twilio requires {@link #inLata(String)} as well.
		 * @param inRateCenter the rate center or a phone number
		 * @return this builder
		 */
		public Builder inRateCenter(String inRateCenter) {
			return set("InRateCenter", inRateCenter);
		}

		/**
		 * Only find numbers in this local access and transport area, or in that of a
		 * given number (US and Canada only).
		 * @param inLata the LATA or a phone number
		 * @return this builder
		 */
		public Builder inLata(String inLata) {
			return set("InLata", inLata);
		}

		/**
		 * Only find numbers in this locality or city, or in that of a given number.
		 * @param inLocality the locality or a phone number
		 * @return this builder
		 */
		public Builder inLocality(String inLocality) {
			return set("InLocality", inLocality);
		}

		/**
		 * Create the request; a rate center without a LATA is rejected with an
		 * {@link IllegalArgumentException}.
		 * @param parameters the query parameters
		 * @return the request
		 */
		@Override
		protected AvailablePhoneNumberListRequest build(TwilioParameters parameters) {
			if (parameters.contains("InRateCenter") && !parameters.contains("InLata")) {
				throw new IllegalArgumentException("Twilio searches a rate center only within a LATA: call "
						+ "inLata(...) together with inRateCenter(...)");
			}
			return new AvailablePhoneNumberListRequest(parameters);
		}

		private static String plain(double coordinate) {
			return BigDecimal.valueOf(coordinate).stripTrailingZeros().toPlainString();
		}

	}

}
