package dev.twiliospring.client.lookups;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioParameters;

/**
 * A phone number lookup: the number, the data packages to return and the inputs some
 * packages need. {@link #toString()} shows parameter names only, since the values are
 * personal data.
 * <pre class="code">
 * PhoneNumberLookupRequest request = PhoneNumberLookupRequest.builder("+14159929960")
 *     .fields(LookupField.VALIDATION, LookupField.LINE_TYPE_INTELLIGENCE)
 *     .build();
 * </pre>
 *
 * @since 1.0.0
 * @see PhoneNumberLookupResource#fetch(PhoneNumberLookupRequest)
 */
public final class PhoneNumberLookupRequest {

	private final String phoneNumber;

	private final TwilioParameters parameters;

	private PhoneNumberLookupRequest(String phoneNumber, TwilioParameters parameters) {
		this.phoneNumber = phoneNumber;
		this.parameters = parameters;
	}

	/**
	 * Return a builder for a lookup of the given number.
	 * @param phoneNumber the number in E.164 format, such as {@code +14159929960}, or in
	 * national format with {@link Builder#countryCode(String)}
	 * @return the builder
	 */
	public static Builder builder(String phoneNumber) {
		return new Builder(phoneNumber);
	}

	/**
	 * Return the phone number to look up.
	 * @return the phone number
	 */
	public String phoneNumber() {
		return this.phoneNumber;
	}

	/**
	 * Return the query parameters, named as Twilio names them.
	 * @return the parameters
	 */
	public TwilioParameters parameters() {
		return this.parameters;
	}

	@Override
	public String toString() {
		return "PhoneNumberLookupRequest" + this.parameters.asMap().keySet();
	}

	/**
	 * Builder for {@link PhoneNumberLookupRequest}.
	 */
	public static final class Builder {

		private final String phoneNumber;

		private final Set<LookupField> fields = EnumSet.noneOf(LookupField.class);

		private final TwilioParameters.Builder parameters = TwilioParameters.builder();

		private Builder(String phoneNumber) {
			Assert.hasText(phoneNumber, "Phone number must not be empty");
			this.phoneNumber = phoneNumber.trim();
		}

		/**
		 * Request data packages; each call adds to the packages requested before.
		 * @param fields the packages
		 * @return this builder
		 */
		public Builder fields(LookupField... fields) {
			return fields(Arrays.asList(fields));
		}

		/**
		 * Request data packages; each call adds to the packages requested before.
		 * @param fields the packages
		 * @return this builder
		 */
		public Builder fields(Collection<LookupField> fields) {
			Assert.noNullElements(fields, "Fields must not contain null");
			this.fields.addAll(fields);
			return this;
		}

		/**
		 * Set the country of a number given in national format.
		 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code GB}
		 * @return this builder
		 */
		public Builder countryCode(String countryCode) {
			this.parameters.set("CountryCode", countryCode);
			return this;
		}

		/**
		 * Set the first name to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param firstName the first name
		 * @return this builder
		 */
		public Builder firstName(String firstName) {
			this.parameters.set("FirstName", firstName);
			return this;
		}

		/**
		 * Set the last name to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param lastName the last name
		 * @return this builder
		 */
		public Builder lastName(String lastName) {
			this.parameters.set("LastName", lastName);
			return this;
		}

		/**
		 * Set the first address line to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param addressLine1 the address line
		 * @return this builder
		 */
		public Builder addressLine1(String addressLine1) {
			this.parameters.set("AddressLine1", addressLine1);
			return this;
		}

		/**
		 * Set the second address line to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param addressLine2 the address line
		 * @return this builder
		 */
		public Builder addressLine2(String addressLine2) {
			this.parameters.set("AddressLine2", addressLine2);
			return this;
		}

		/**
		 * Set the city to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param city the city
		 * @return this builder
		 */
		public Builder city(String city) {
			this.parameters.set("City", city);
			return this;
		}

		/**
		 * Set the state, province or locality to match, for
		 * {@link LookupField#IDENTITY_MATCH}.
		 * @param state the state
		 * @return this builder
		 */
		public Builder state(String state) {
			this.parameters.set("State", state);
			return this;
		}

		/**
		 * Set the postal code to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param postalCode the postal code
		 * @return this builder
		 */
		public Builder postalCode(String postalCode) {
			this.parameters.set("PostalCode", postalCode);
			return this;
		}

		/**
		 * Set the country of the address to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param addressCountryCode the ISO 3166-1 alpha-2 country code
		 * @return this builder
		 */
		public Builder addressCountryCode(String addressCountryCode) {
			this.parameters.set("AddressCountryCode", addressCountryCode);
			return this;
		}

		/**
		 * Set the national ID to match, such as a social security number, for
		 * {@link LookupField#IDENTITY_MATCH}.
		 * @param nationalId the national ID
		 * @return this builder
		 */
		public Builder nationalId(String nationalId) {
			this.parameters.set("NationalId", nationalId);
			return this;
		}

		/**
		 * Set the date of birth to match, for {@link LookupField#IDENTITY_MATCH}.
		 * @param dateOfBirth the date of birth
		 * @return this builder
		 */
		public Builder dateOfBirth(LocalDate dateOfBirth) {
			this.parameters.set("DateOfBirth", DateTimeFormatter.BASIC_ISO_DATE.format(dateOfBirth));
			return this;
		}

		/**
		 * Set when the user was last known to be reachable at the number, for
		 * {@link LookupField#REASSIGNED_NUMBER}.
		 * @param lastVerifiedDate the date consent was given or the user was reached
		 * @return this builder
		 */
		public Builder lastVerifiedDate(LocalDate lastVerifiedDate) {
			this.parameters.set("LastVerifiedDate", DateTimeFormatter.BASIC_ISO_DATE.format(lastVerifiedDate));
			return this;
		}

		/**
		 * Set the verification that proved possession of the number, for
		 * {@link LookupField#PRE_FILL}.
		 * @param verificationSid the Verify verification SID ({@code VE...})
		 * @return this builder
		 */
		public Builder verificationSid(String verificationSid) {
			this.parameters.set("VerificationSid", verificationSid);
			return this;
		}

		/**
		 * Set a segment of your own, such as a subaccount or tenant, that makes
		 * {@link LookupField#SMS_PUMPING_RISK} more accurate.
		 * @param partnerSubId the segment ID
		 * @return this builder
		 */
		public Builder partnerSubId(String partnerSubId) {
			this.parameters.set("PartnerSubId", partnerSubId);
			return this;
		}

		/**
		 * Set a parameter this builder has no method for.
		 * @param name the parameter name as Twilio spells it
		 * @param value the value; {@code null} removes the parameter
		 * @return this builder
		 */
		public Builder param(String name, @Nullable Object value) {
			this.parameters.set(name, value);
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public PhoneNumberLookupRequest build() {
			TwilioParameters.Builder parameters = TwilioParameters.builder();
			if (!this.fields.isEmpty()) {
				parameters.set("Fields",
						this.fields.stream().map(LookupField::value).collect(Collectors.joining(",")));
			}
			parameters.addAll(this.parameters.build());
			return new PhoneNumberLookupRequest(this.phoneNumber, parameters.build());
		}

	}

}
