package dev.twiliospring.client.api;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.util.Assert;

import dev.twiliospring.client.AbstractResource;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioResponse;

/**
 * Operations on the Accounts resource, {@code /2010-04-01/Accounts}: create, fetch, list
 * and update (rename, suspend, reactivate, close) the account and its subaccounts.
 * <p>
 * Work inside a subaccount with {@link TwilioClient#forAccount(String)}.
 *
 * @since 1.0.0
 * @see TwilioClient#accounts()
 */
public final class AccountResource extends AbstractResource<Account> {

	static final String LIST_PATH = "/2010-04-01/Accounts.json";

	static final String INSTANCE_PATH = "/2010-04-01/Accounts/{Sid}.json";

	static final String ITEMS_FIELD = "accounts";

	/**
	 * Create the resource for a client.
	 * @param client the client
	 */
	public AccountResource(TwilioClient client) {
		super(client, TwilioDomain.API, LIST_PATH, INSTANCE_PATH, ITEMS_FIELD, Account.class, "Account SID");
	}

	/**
	 * Create a subaccount.
	 * @param request the subaccount
	 * @return the created subaccount, including its auth token
	 */
	public Account create(AccountCreateRequest request) {
		return createWithResponse(request).body();
	}

	/**
	 * Create a subaccount, keeping status and headers.
	 * @param request the subaccount
	 * @return the response holding the created subaccount
	 */
	public TwilioResponse<Account> createWithResponse(AccountCreateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doCreate(request.parameters());
	}

	/**
	 * Fetch the client's own account.
	 * @return the account
	 */
	public Account fetch() {
		return fetch(client().accountSid());
	}

	/**
	 * Fetch an account.
	 * @param sid the account SID
	 * @return the account
	 */
	public Account fetch(String sid) {
		return fetchWithResponse(sid).body();
	}

	/**
	 * Fetch an account, keeping status and headers.
	 * @param sid the account SID
	 * @return the response holding the account
	 */
	public TwilioResponse<Account> fetchWithResponse(String sid) {
		return doFetch(sid);
	}

	/**
	 * Fetch the first page of the account and its subaccounts.
	 * @return the first page
	 */
	public Page<Account> list() {
		return list(AccountListRequest.all());
	}

	/**
	 * Fetch the first page of the matching accounts.
	 * @param request the filters
	 * @return the first page
	 */
	public Page<Account> list(AccountListRequest request) {
		return listWithResponse(request).body();
	}

	/**
	 * Fetch the first page of the matching accounts, keeping status and headers.
	 * @param request the filters
	 * @return the response holding the first page
	 */
	public TwilioResponse<Page<Account>> listWithResponse(AccountListRequest request) {
		return doList(query(request));
	}

	/**
	 * Fetch the page after the given one.
	 * @param page a page of accounts
	 * @return the next page, or empty if the given page is the last
	 */
	public Optional<Page<Account>> nextPage(Page<Account> page) {
		return doNextPage(page);
	}

	/**
	 * Stream the matching accounts lazily, fetching pages as they are consumed.
	 * @param request the filters
	 * @return the stream; close it or limit it to stop paging
	 */
	public Stream<Account> stream(AccountListRequest request) {
		return doStream(query(request));
	}

	/**
	 * Update an account.
	 * @param sid the account SID
	 * @param request the change
	 * @return the updated account
	 */
	public Account update(String sid, AccountUpdateRequest request) {
		return updateWithResponse(sid, request).body();
	}

	/**
	 * Update an account, keeping status and headers.
	 * @param sid the account SID
	 * @param request the change
	 * @return the response holding the updated account
	 */
	public TwilioResponse<Account> updateWithResponse(String sid, AccountUpdateRequest request) {
		Assert.notNull(request, "Request must not be null");
		return doUpdate(sid, request.parameters());
	}

	/**
	 * Suspend a subaccount.
	 * @param sid the account SID
	 * @return the suspended account
	 */
	public Account suspend(String sid) {
		return update(sid, AccountUpdateRequest.builder().status(Account.Status.SUSPENDED).build());
	}

	/**
	 * Reactivate a suspended subaccount.
	 * @param sid the account SID
	 * @return the active account
	 */
	public Account activate(String sid) {
		return update(sid, AccountUpdateRequest.builder().status(Account.Status.ACTIVE).build());
	}

	/**
	 * Close a subaccount for good.
	 * @param sid the account SID
	 * @return the closed account
	 */
	public Account close(String sid) {
		return update(sid, AccountUpdateRequest.builder().status(Account.Status.CLOSED).build());
	}

	/**
	 * Fetch the balance of the client's account.
	 * @return the balance
	 * @see TwilioClient#balance()
	 */
	public Balance balance() {
		return new BalanceResource(client()).fetch();
	}

}
