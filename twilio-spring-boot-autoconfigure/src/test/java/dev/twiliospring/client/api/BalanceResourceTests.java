package dev.twiliospring.client.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BalanceResource}.
 */
class BalanceResourceTests {

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void fetchMapsBalance() {
		this.server.enqueue(Response.fixture(200, "balance.json").header("Twilio-Request-Id", "RQbalance"));
		TwilioResponse<Balance> response = this.server.client().balance().fetchWithResponse();
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Balance.json");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		Balance balance = response.body();
		assertThat(balance.accountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(balance.balance()).isEqualByComparingTo("0.05");
		assertThat(balance.currency()).isEqualTo("USD");
		assertThat(response.requestId()).isEqualTo("RQbalance");
	}

	@Test
	void fetchForSubaccountUsesItsSid() {
		this.server.enqueue(Response.fixture(200, "balance.json"));
		String subaccount = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
		this.server.client().forAccount(subaccount).balance().fetch();
		assertThat(this.server.takeRequest().path()).isEqualTo("/2010-04-01/Accounts/" + subaccount + "/Balance.json");
	}

}
