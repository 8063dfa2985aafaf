package dev.twiliospring.client.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AccountResource}.
 */
class AccountResourceTests {

	private static final String SUBACCOUNT_SID = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final AccountResource accounts = this.server.client().accounts();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void createPostsFriendlyNameAndMapsSubaccount() {
		this.server.enqueue(Response.fixture(201, "account.json"));
		Account account = this.accounts.create(AccountCreateRequest.builder().friendlyName("Spring tenant 42").build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts.json");
		assertThat(request.bodyAsString()).isEqualTo("FriendlyName=Spring+tenant+42");
		assertThat(request.basicCredentials())
			.isEqualTo(StubTwilioServer.ACCOUNT_SID + ":" + StubTwilioServer.AUTH_TOKEN);
		assertThat(account.sid()).isEqualTo(SUBACCOUNT_SID);
		assertThat(account.friendlyName()).isEqualTo("Spring tenant 42");
		assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
		assertThat(account.type()).isEqualTo(Account.Type.FULL);
		assertThat(account.ownerAccountSid()).isEqualTo(StubTwilioServer.ACCOUNT_SID);
		assertThat(account.authToken()).isEqualTo("subaccount-auth-token-0123456789ab");
		assertThat(account.dateCreated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(account.dateUpdated()).isEqualTo(OffsetDateTime.of(2015, 7, 30, 20, 0, 0, 0, ZoneOffset.UTC));
		assertThat(account.uri()).isEqualTo("/2010-04-01/Accounts/" + SUBACCOUNT_SID + ".json");
		assertThat(account.subresourceUris()).containsEntry("messages",
				"/2010-04-01/Accounts/" + SUBACCOUNT_SID + "/Messages.json");
	}

	@Test
	void createWithoutNameSendsEmptyBody() {
		this.server.enqueue(Response.fixture(201, "account.json"));
		this.accounts.create(AccountCreateRequest.builder().build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.body()).isEmpty();
	}

	@Test
	void toStringMasksAuthToken() {
		this.server.enqueue(Response.fixture(200, "account.json"));
		Account account = this.accounts.fetch(SUBACCOUNT_SID);
		assertThat(account.toString()).contains(SUBACCOUNT_SID)
			.contains("authToken=******")
			.doesNotContain("subaccount-auth-token-0123456789ab");
	}

	@Test
	void fetchGetsAccountBySid() {
		this.server.enqueue(Response.fixture(200, "account.json"));
		this.accounts.fetch(SUBACCOUNT_SID);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SUBACCOUNT_SID + ".json");
	}

	@Test
	void fetchWithoutSidGetsOwnAccount() {
		this.server.enqueue(Response.fixture(200, "account.json"));
		this.accounts.fetch();
		assertThat(this.server.takeRequest().path())
			.isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json");
	}

	@Test
	void listSendsFilters() {
		this.server.enqueue(Response.fixture(200, "accounts-page.json"));
		Page<Account> page = this.accounts.list(AccountListRequest.builder()
			.friendlyName("Spring tenant 42")
			.status(Account.Status.ACTIVE)
			.pageSize(50)
			.build());
		assertThat(page.items()).extracting(Account::sid).containsExactly(StubTwilioServer.ACCOUNT_SID, SUBACCOUNT_SID);
		assertThat(page.items().get(0).type()).isEqualTo(Account.Type.TRIAL);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts.json");
		assertThat(request.rawQuery()).isEqualTo("FriendlyName=Spring%20tenant%2042&Status=active&PageSize=50");
	}

	@Test
	void updateRenamesAccount() {
		this.server.enqueue(Response.fixture(200, "account.json"));
		this.accounts.update(SUBACCOUNT_SID, AccountUpdateRequest.builder().friendlyName("Renamed").build());
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SUBACCOUNT_SID + ".json");
		assertThat(request.bodyAsString()).isEqualTo("FriendlyName=Renamed");
	}

	@Test
	void suspendActivateAndCloseUpdateStatus() {
		this.server.dispatcher((request) -> Response.fixture(200, "account-suspended.json"));
		Account suspended = this.accounts.suspend(SUBACCOUNT_SID);
		this.accounts.activate(SUBACCOUNT_SID);
		this.accounts.close(SUBACCOUNT_SID);
		assertThat(suspended.status()).isEqualTo(Account.Status.SUSPENDED);
		assertThat(this.server.requests()).extracting(RecordedRequest::bodyAsString)
			.containsExactly("Status=suspended", "Status=active", "Status=closed");
		assertThat(this.server.requests()).extracting(RecordedRequest::path)
			.containsOnly("/2010-04-01/Accounts/" + SUBACCOUNT_SID + ".json");
	}

	@Test
	void updateRejectsEmptyChangeAndUnknownStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> AccountUpdateRequest.builder().build())
			.withMessageContaining("friendlyName(...) or status(...)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccountUpdateRequest.builder().status(Account.Status.UNKNOWN))
			.withMessageContaining("UNKNOWN cannot be sent");
	}

	@Test
	void updateWithResponseExposesStatusCode() {
		this.server.enqueue(Response.fixture(200, "account.json").header("Twilio-Request-Id", "RQupdate"));
		TwilioResponse<Account> response = this.accounts.updateWithResponse(SUBACCOUNT_SID,
				AccountUpdateRequest.builder().friendlyName("Renamed").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.requestId()).isEqualTo("RQupdate");
	}

	@Test
	void balanceOfAccountsResourceFetchesOwnBalance() {
		this.server.enqueue(Response.fixture(200, "balance.json"));
		assertThat(this.accounts.balance().balance()).isEqualByComparingTo("0.05");
		assertThat(this.server.takeRequest().path())
			.isEqualTo("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Balance.json");
	}

}
