package dev.twiliospring.client.api;

import org.springframework.util.Assert;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the Balance resource, {@code /2010-04-01/Accounts/{AccountSid}/Balance}.
 * Use {@link TwilioClient#forAccount(String)} for the balance of a subaccount.
 *
 * @since 1.0.0
 * @see TwilioClient#balance()
 */
public final class BalanceResource {

	static final String PATH = "/2010-04-01/Accounts/{AccountSid}/Balance.json";

	private final TwilioClient client;

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public BalanceResource(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	/**
	 * Fetch the balance of the client's account.
	 * @return the balance
	 */
	public Balance fetch() {
		return fetchWithResponse().body();
	}

	/**
	 * Fetch the balance of the client's account, keeping status and headers.
	 * @return the response holding the balance
	 */
	public TwilioResponse<Balance> fetchWithResponse() {
		return this.client.executeForResponse(TwilioRequest.get(TwilioDomain.API, PATH).build(), Balance.class);
	}

}
