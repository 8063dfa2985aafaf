package dev.twiliospring.client.api;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the AvailablePhoneNumbers resource,
 * {@code /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers}: find phone numbers
 * the account can buy, by country and type.
 * <pre class="code">
 * Page&lt;AvailablePhoneNumber&gt; numbers = client.availablePhoneNumbers().local("US",
 *     AvailablePhoneNumberListRequest.builder().areaCode(510).smsEnabled(true).build());
 * </pre>
 * <p>
 * Twilio answers a search with a single page of matches, without a link to a next page.
 * Raise {@link AvailablePhoneNumberListRequest.Builder#pageSize(int) pageSize} for more
 * matches.
 *
 * @since 1.0.0
 * @see TwilioClient#availablePhoneNumbers()
 */
public final class AvailablePhoneNumberResource {

	static final String COUNTRIES_PATH = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers.json";

	static final String COUNTRY_PATH = "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}.json";

	static final String COUNTRIES_FIELD = "countries";

	static final String ITEMS_FIELD = "available_phone_numbers";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public AvailablePhoneNumberResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Fetch the countries in which the account can buy numbers.
	 * @return the countries
	 */
	public List<AvailablePhoneNumberCountry> countries() {
		return countriesWithResponse().body();
	}

	/**
	 * Fetch the countries in which the account can buy numbers, keeping status and
	 * headers.
	 * @return the response holding the countries
	 */
	public TwilioResponse<List<AvailablePhoneNumberCountry>> countriesWithResponse() {
		return this.client
			.pageForResponse(TwilioRequest.get(TwilioDomain.API, COUNTRIES_PATH).build(), COUNTRIES_FIELD,
					AvailablePhoneNumberCountry.class)
			.map(Page::items);
	}

	/**
	 * Fetch a country in which the account can buy numbers, with the types of number it
	 * offers.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @return the country
	 */
	public AvailablePhoneNumberCountry country(String countryCode) {
		return countryWithResponse(countryCode).body();
	}

	/**
	 * Fetch a country in which the account can buy numbers, keeping status and headers.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @return the response holding the country
	 */
	public TwilioResponse<AvailablePhoneNumberCountry> countryWithResponse(String countryCode) {
		return this.client.executeForResponse(TwilioRequest.get(TwilioDomain.API, COUNTRY_PATH)
			.pathVariable("CountryCode", RequestChecks.countryCode(countryCode))
			.build(), AvailablePhoneNumberCountry.class);
	}

	/**
	 * Find local (geographic) numbers of a country.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> local(String countryCode) {
		return local(countryCode, AvailablePhoneNumberListRequest.all());
	}

	/**
	 * Find local (geographic) numbers of a country that match the criteria.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @param request the criteria
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> local(String countryCode, AvailablePhoneNumberListRequest request) {
		return list(countryCode, AvailablePhoneNumber.Type.LOCAL, request);
	}

	/**
	 * Find toll-free numbers of a country.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> tollFree(String countryCode) {
		return tollFree(countryCode, AvailablePhoneNumberListRequest.all());
	}

	/**
	 * Find toll-free numbers of a country that match the criteria.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @param request the criteria
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> tollFree(String countryCode, AvailablePhoneNumberListRequest request) {
		return list(countryCode, AvailablePhoneNumber.Type.TOLL_FREE, request);
	}

	/**
	 * Find mobile numbers of a country.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code GB}
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> mobile(String countryCode) {
		return mobile(countryCode, AvailablePhoneNumberListRequest.all());
	}

	/**
	 * Find mobile numbers of a country that match the criteria.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code GB}
	 * @param request the criteria
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> mobile(String countryCode, AvailablePhoneNumberListRequest request) {
		return list(countryCode, AvailablePhoneNumber.Type.MOBILE, request);
	}

	/**
	 * Find numbers of a country and type that match the criteria.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @param type the type of number
	 * @param request the criteria
	 * @return the matches
	 */
	public Page<AvailablePhoneNumber> list(String countryCode, AvailablePhoneNumber.Type type,
			AvailablePhoneNumberListRequest request) {
		return listWithResponse(countryCode, type, request).body();
	}

	/**
	 * Find numbers of a country and type that match the criteria, keeping status and
	 * headers.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @param type the type of number
	 * @param request the criteria
	 * @return the response holding the matches
	 */
	public TwilioResponse<Page<AvailablePhoneNumber>> listWithResponse(String countryCode,
			AvailablePhoneNumber.Type type, AvailablePhoneNumberListRequest request) {
		return this.client.pageForResponse(listRequest(countryCode, type, request), ITEMS_FIELD,
				AvailablePhoneNumber.class);
	}

	/**
	 * Stream the numbers of a country and type that match the criteria, following any
	 * next page Twilio links to.
	 * @param countryCode the ISO 3166-1 alpha-2 country code, such as {@code US}
	 * @param type the type of number
	 * @param request the criteria
	 * @return the stream
	 */
	public Stream<AvailablePhoneNumber> stream(String countryCode, AvailablePhoneNumber.Type type,
			AvailablePhoneNumberListRequest request) {
		return this.client.stream(listRequest(countryCode, type, request), ITEMS_FIELD, AvailablePhoneNumber.class);
	}

	static String listPath(AvailablePhoneNumber.Type type) {
		return "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/" + type.pathSegment()
				+ ".json";
	}

	private static TwilioRequest listRequest(String countryCode, AvailablePhoneNumber.Type type,
			AvailablePhoneNumberListRequest request) {
		Assert.notNull(type, "Type must not be null");
		Assert.notNull(request, "Request must not be null");
		return TwilioRequest.get(TwilioDomain.API, listPath(type))
			.pathVariable("CountryCode", RequestChecks.countryCode(countryCode))
			.queryParams(request.parameters())
			.build();
	}

}
