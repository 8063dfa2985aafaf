package dev.twiliospring.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

import dev.twiliospring.client.TwilioExecutor.BodyReader;
import dev.twiliospring.client.TwilioExecutor.RetrySettings;
import dev.twiliospring.client.api.AccountResource;
import dev.twiliospring.client.api.AvailablePhoneNumberResource;
import dev.twiliospring.client.api.BalanceResource;
import dev.twiliospring.client.api.CallResource;
import dev.twiliospring.client.api.ConferenceResource;
import dev.twiliospring.client.api.IncomingPhoneNumberResource;
import dev.twiliospring.client.api.MessageResource;
import dev.twiliospring.client.api.OutgoingCallerIdResource;
import dev.twiliospring.client.api.RecordingResource;
import dev.twiliospring.client.lookups.LookupsApi;
import dev.twiliospring.client.messaging.MessagingApi;
import dev.twiliospring.client.verify.VerifyApi;
import dev.twiliospring.client.video.VideoApi;

/**
 * Spring-native client for the Twilio REST API, built on Spring's {@link RestClient}.
 * <p>
 * Typed resources cover the common endpoints ({@link #messages()}, {@link #calls()},
 * {@link #incomingPhoneNumbers()}, {@link #availablePhoneNumbers()},
 * {@link #recordings()}, {@link #accounts()}, {@link #balance()}); any other endpoint is
 * one {@link #execute(TwilioRequest, Class)} away. Every call shares the same retries,
 * error mapping, paging and observation.
 * <pre class="code">
 * TwilioClient client = TwilioClient.builder().fromEnvironment().build();
 * Message message = client.messages().create(MessageCreateRequest.builder()
 *     .to("+15558675310").from("+15017122661").body("Hello from Spring").build());
 * </pre>
 * <p>
 * Instances are immutable and thread-safe; build one and share it. A client keeps
 * connections open for reuse: {@link #close() close} one that is no longer needed, such
 * as a client built for one tenant. The auto-configured client is closed with its
 * application context.
 *
 * @since 1.0.0
 */
public final class TwilioClient implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(TwilioClient.class);

	private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

	static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

	private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");

	private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

	/**
	 * The longest region id or edge location accepted; Twilio's longest, such as
	 * {@code frankfurt-ix}, have 12 characters.
	 */
	private static final int MAX_ROUTING_NAME = 20;

	private static final long DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024;

	/**
	 * Reads a {@code byte[]} result: a file, downloaded through the redirects of Twilio's
	 * media URLs. A {@code String} result is Twilio's answer as text, which keeps a
	 * redirect as the result, as {@code DeactivationResource} reads it.
	 */
	private static final BodyReader<byte[]> FILE_READER = new BodyReader<>() {

		@Override
		public byte[] read(RawResponse response, TwilioRequest request) {
			return response.body();
		}

		@Override
		public boolean followsRedirects() {
			return true;
		}

	};

	/** Largest array the JVM reliably allocates. */
	private static final long MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

	private final TwilioExecutor executor;

	private final JsonMapper jsonMapper;

	private final String accountSid;

	/**
	 * The account whose credentials sign the requests, which differs from
	 * {@link #accountSid} in a view of {@link #forAccount}.
	 */
	private final String credentialsAccountSid;

	private final @Nullable String region;

	private final @Nullable String edge;

	/**
	 * Whether this client owns its transport: views of {@link #forAccount} share it.
	 */
	private final boolean owner;

	/**
	 * The readers of the response types read so far, shared with this client's views: a
	 * reader finds its type's deserializer once, not on every call.
	 */
	private final Map<Class<?>, BodyReader<?>> bodyReaders;

	private TwilioClient(TwilioExecutor executor, JsonMapper jsonMapper, String accountSid,
			String credentialsAccountSid, @Nullable String region, @Nullable String edge, boolean owner,
			Map<Class<?>, BodyReader<?>> bodyReaders) {
		this.executor = executor;
		this.jsonMapper = jsonMapper;
		this.bodyReaders = bodyReaders;
		this.accountSid = accountSid;
		this.credentialsAccountSid = credentialsAccountSid;
		this.region = region;
		this.edge = edge;
		this.owner = owner;
	}

	/**
	 * Return a builder for a client.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the account SID used in paths, such as {@code {AccountSid}}.
	 * @return the account SID
	 */
	public String accountSid() {
		return this.accountSid;
	}

	/**
	 * Return whether this client signs its requests with an API key rather than with the
	 * account's auth token. A Standard API key may call every resource but the account
	 * itself, which the auth token may fetch.
	 * @return {@code true} for an API key, {@code false} for an auth token
	 */
	public boolean authenticatesWithApiKey() {
		return this.executor.signsWithApiKey();
	}

	/**
	 * Return the Twilio region.
	 * @return the region, or {@code null} if none is set
	 */
	public @Nullable String region() {
		return this.region;
	}

	/**
	 * Return the Twilio edge location: the one set, or the default edge of a region set
	 * without one.
	 * @return the edge, or {@code null} if none is used
	 */
	public @Nullable String edge() {
		return this.edge;
	}

	/**
	 * Return the scheme and host that requests for a product go to, such as
	 * {@code https://api.dublin.ie1.twilio.com}, or the base URL if one is set.
	 * @param domain the product domain
	 * @return the base URL of the product
	 */
	public URI baseUrl(TwilioDomain domain) {
		return URI.create(this.executor.hosts().baseUrl(domain));
	}

	/**
	 * Return the mapper this client reads responses with, for example to turn a
	 * {@code JsonNode} result into a resource record.
	 * @return the client's JSON mapper
	 */
	public JsonMapper jsonMapper() {
		return this.jsonMapper;
	}

	/**
	 * Return a view of this client that works on another account, typically a
	 * subaccount. It shares credentials and transport with this client and fills
	 * {@code {AccountSid}} with the given SID. Twilio lets a parent account's credentials
	 * reach only the 2010-04-01 resources of a subaccount ({@link TwilioDomain#API}): the
	 * other products act on the account whose credentials sign the request, so a view of
	 * another account refuses their requests; use {@link #withAuthToken} or
	 * {@link #withApiKey} with the subaccount's own credentials for those. A view of a
	 * client from those methods signs with that client's credentials, which Twilio
	 * accepts for their own account only: a subaccount has no subaccounts.
	 * @param accountSid the SID of the account, {@code AC} followed by 32 hex characters
	 * @return a client for the account
	 */
	public TwilioClient forAccount(String accountSid) {
		checkSid(accountSid, ACCOUNT_SID, "Account SID", "AC");
		return new TwilioClient(this.executor, this.jsonMapper, accountSid, this.credentialsAccountSid, this.region,
				this.edge, false, this.bodyReaders);
	}

	/**
	 * Return a client for another account, typically a subaccount, that signs with that
	 * account's auth token, so that it reaches every product, Verify, Messaging, Lookup
	 * and Video included. It shares everything else with this client: transport and
	 * connections, timeouts, retries, hosts, listeners and observations, user agent and
	 * size limit; its errors hide its own credentials as well as this client's. Closing
	 * it does nothing, as for a view of {@link #forAccount}; calls it makes keep a
	 * closed client's transport open until they end, as this client's own do.
	 * @param accountSid the SID of the account, {@code AC} followed by 32 hex characters
	 * @param authToken the account's auth token
	 * @return a client for the account
	 * @throws IllegalArgumentException if the SID is malformed or the token missing
	 */
	public TwilioClient withAuthToken(String accountSid, String authToken) {
		String sid = derivedAccountSid(accountSid);
		String token = Builder.trimToNull(authToken);
		if (token == null) {
			throw new IllegalArgumentException("No auth token given: call withAuthToken(accountSid, authToken) "
					+ "with the account's auth token");
		}
		return withAuthorization(sid, Builder.basic(sid, token));
	}

	/**
	 * Return a client for another account, typically a subaccount, that signs with one of
	 * that account's API keys, and shares everything else with this client, as
	 * {@link #withAuthToken} does.
	 * @param accountSid the SID of the account, {@code AC} followed by 32 hex characters
	 * @param apiKeySid the API key SID, {@code SK} followed by 32 hex characters
	 * @param apiKeySecret the API key secret
	 * @return a client for the account
	 * @throws IllegalArgumentException if a SID is malformed or a part of the key missing
	 */
	public TwilioClient withApiKey(String accountSid, String apiKeySid, String apiKeySecret) {
		String sid = derivedAccountSid(accountSid);
		return withAuthorization(sid, Builder.apiKeyAuthorization(Builder.trimToNull(apiKeySid),
				Builder.trimToNull(apiKeySecret), "call withApiKey(accountSid, sid, secret) with both"));
	}

	private static String derivedAccountSid(@Nullable String accountSid) {
		return checkSid(Builder.trimToNull(accountSid), ACCOUNT_SID, "Twilio account SID", "AC");
	}

	private TwilioClient withAuthorization(String accountSid, String authorization) {
		return new TwilioClient(this.executor.withAuthorization(authorization), this.jsonMapper, accountSid,
				accountSid, this.region, this.edge, false, this.bodyReaders);
	}

	/**
	 * Close the connections this client keeps open for reuse, and the HTTP client that
	 * the builder created for it, if any; a {@link Builder#requestFactory request factory}
	 * or {@link Builder#restClientBuilder builder} given to it is left alone. Calls that
	 * other threads are making go on: the transport is closed once the last of them ends,
	 * without this method waiting for it. None of them retries any more: one that waits
	 * to retry fails at once with a {@link TwilioException} and is not sent again. Calls
	 * made afterwards still work with the built-in transport, without retries, but their
	 * connections are closed after use instead of kept; on
	 * a transport that refuses to send once closed, as Apache HttpClient does, they fail
	 * with a {@link TwilioException}. Closing a view of {@link #forAccount} or a client
	 * of {@link #withAuthToken} or {@link #withApiKey} does nothing: it shares the
	 * transport of the client it came from.
	 */
	@Override
	public void close() {
		if (this.owner) {
			this.executor.close();
		}
	}

	/**
	 * Return the Messages resource ({@code /2010-04-01/Accounts/{AccountSid}/Messages}).
	 * @return the messages resource
	 */
	public MessageResource messages() {
		return new MessageResource(this);
	}

	/**
	 * Return the Calls resource ({@code /2010-04-01/Accounts/{AccountSid}/Calls}).
	 * @return the calls resource
	 */
	public CallResource calls() {
		return new CallResource(this);
	}

	/**
	 * Return the Conferences resource
	 * ({@code /2010-04-01/Accounts/{AccountSid}/Conferences}).
	 * @return the conferences resource
	 */
	public ConferenceResource conferences() {
		return new ConferenceResource(this);
	}

	/**
	 * Return the IncomingPhoneNumbers resource
	 * ({@code /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers}), the phone numbers
	 * the account owns.
	 * @return the incoming phone numbers resource
	 */
	public IncomingPhoneNumberResource incomingPhoneNumbers() {
		return new IncomingPhoneNumberResource(this);
	}

	/**
	 * Return the AvailablePhoneNumbers resource
	 * ({@code /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers}), the phone
	 * numbers the account can buy.
	 * @return the available phone numbers resource
	 */
	public AvailablePhoneNumberResource availablePhoneNumbers() {
		return new AvailablePhoneNumberResource(this);
	}

	/**
	 * Return the Recordings resource
	 * ({@code /2010-04-01/Accounts/{AccountSid}/Recordings}).
	 * @return the recordings resource
	 */
	public RecordingResource recordings() {
		return new RecordingResource(this);
	}

	/**
	 * Return the OutgoingCallerIds resource
	 * ({@code /2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds}), the verified phone
	 * numbers that outgoing calls can show as caller ID.
	 * @return the outgoing caller IDs resource
	 */
	public OutgoingCallerIdResource outgoingCallerIds() {
		return new OutgoingCallerIdResource(this);
	}

	/**
	 * Return the Accounts resource ({@code /2010-04-01/Accounts}).
	 * @return the accounts resource
	 */
	public AccountResource accounts() {
		return new AccountResource(this);
	}

	/**
	 * Return the Balance resource of this client's account.
	 * @return the balance resource
	 */
	public BalanceResource balance() {
		return new BalanceResource(this);
	}

	/**
	 * Return the Messaging API ({@code messaging.twilio.com}): messaging services and their
	 * senders, US A2P registrations, toll-free verifications and deactivations.
	 * @return the messaging API
	 */
	public MessagingApi messaging() {
		return new MessagingApi(this);
	}

	/**
	 * Return the Verify API ({@code verify.twilio.com}): send one-time codes and check
	 * them.
	 * @return the Verify API
	 */
	public VerifyApi verify() {
		return new VerifyApi(this);
	}

	/**
	 * Return the Lookup API ({@code lookups.twilio.com}): phone number validation and data
	 * packages.
	 * @return the Lookup API
	 */
	public LookupsApi lookups() {
		return new LookupsApi(this);
	}

	/**
	 * Return the Video API ({@code video.twilio.com}): rooms and participants.
	 * @return the Video API
	 */
	public VideoApi video() {
		return new VideoApi(this);
	}

	/**
	 * Execute a request and map its JSON body.
	 * <p>
	 * A redirect that answers a {@code GET} is Twilio's answer, as the download link of
	 * Deactivations is, and is mapped as any other, except for a {@code byte[]} result,
	 * which downloads a file: Twilio answers a media or recording URL, such as
	 * {@code /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.mp3}, with a redirect to a
	 * short-lived signed link on another host, which the client then follows, up to three
	 * redirects, to return the file. Only the first request carries the credentials; the
	 * link is fetched without them or any other header of Twilio's, through the same
	 * transport, timeouts and {@link Builder#maxResponseSize size limit}, and never from
	 * {@code https} to {@code http}. The response then has the status and headers of the
	 * file's answer and Twilio's request id. A link that cannot be fetched fails the
	 * attempt as an unanswered request does, and a retry asks Twilio for a new link; an
	 * error status from the link's host fails the call. {@link #exchange(TwilioRequest)}
	 * returns a redirect as it is.
	 * @param <T> the result type
	 * @param request the request
	 * @param responseType the type to map the body to: a resource record, any Jackson
	 * mappable class, {@code JsonNode}, {@code String} for the raw text or {@code byte[]}
	 * for a file; not {@code Void}, which {@link #execute(TwilioRequest)} is for
	 * @return the mapped body
	 * @throws TwilioApiException if Twilio answers with an error status
	 * @throws TwilioConnectionException if Twilio, or the host of a file's link, cannot be
	 * reached
	 * @throws TwilioException if the body cannot be mapped, or a file's redirect cannot be
	 * followed
	 */
	public <T> T execute(TwilioRequest request, Class<T> responseType) {
		return executeForResponse(request, responseType).body();
	}

	/**
	 * Execute a request and map its JSON body, keeping status and headers.
	 * @param <T> the result type
	 * @param request the request
	 * @param responseType the type to map the body to
	 * @return the response
	 * @see #execute(TwilioRequest, Class)
	 */
	public <T> TwilioResponse<T> executeForResponse(TwilioRequest request, Class<T> responseType) {
		Assert.notNull(request, "Request must not be null");
		Assert.notNull(responseType, "Response type must not be null");
		// The body is declared non-null, and a Void could only be null
		Assert.isTrue(responseType != Void.class && responseType != void.class,
				"Response type must not be Void: use execute(TwilioRequest) or executeForResponse(TwilioRequest) "
						+ "for a response without a body");
		return this.executor.execute(request, accountFor(request), bodyReader(responseType));
	}

	/**
	 * Execute a request whose response has no body of interest, such as a delete.
	 * @param request the request
	 */
	public void execute(TwilioRequest request) {
		executeForResponse(request);
	}

	/**
	 * Execute a request whose response has no body of interest, keeping status and
	 * headers.
	 * @param request the request
	 * @return the response, without body
	 */
	public TwilioResponse<@Nullable Void> executeForResponse(TwilioRequest request) {
		Assert.notNull(request, "Request must not be null");
		return this.executor.execute(request, accountFor(request), (response, ignored) -> null);
	}

	/**
	 * Execute a request and return Twilio's answer as it is, whatever its status: unlike
	 * {@link #execute(TwilioRequest, Class)}, an error status is returned rather than
	 * thrown, once 408, 429 and 5xx answers are no longer retried, and a redirect is returned
	 * rather than followed. Meant for code that reads
	 * Twilio's errors itself, such as a bridge for another client library. Listeners still
	 * see such a call as failed, with the {@link TwilioApiException} that
	 * {@code execute} would have thrown as its error.
	 * @param request the request
	 * @return the response with the raw body, empty if there was none
	 * @throws TwilioConnectionException if Twilio cannot be reached
	 */
	public TwilioResponse<byte[]> exchange(TwilioRequest request) {
		Assert.notNull(request, "Request must not be null");
		return this.executor.execute(request, accountFor(request), (response, sent) -> response.body(), true);
	}

	/**
	 * Fetch one page of a list.
	 * @param <T> the item type
	 * @param request the list request; a {@code PageSize} query parameter must be
	 * between 1 and 1000
	 * @param itemsField the name of the items field of a 2010-04-01 list, such as
	 * {@code messages}; newer APIs name it in {@code meta.key}, which takes precedence
	 * @param itemType the item type
	 * @return the page
	 */
	public <T> Page<T> page(TwilioRequest request, String itemsField, Class<T> itemType) {
		return pageForResponse(request, itemsField, itemType).body();
	}

	/**
	 * Fetch one page of a list, keeping status and headers.
	 * @param <T> the item type
	 * @param request the list request
	 * @param itemsField the name of the items field
	 * @param itemType the item type
	 * @return the response holding the page
	 * @see #page(TwilioRequest, String, Class)
	 */
	public <T> TwilioResponse<Page<T>> pageForResponse(TwilioRequest request, String itemsField, Class<T> itemType) {
		checkListRequest(request, itemsField, itemType);
		// Read from the connection as it arrives: a page of 1,000 items is never held as
		// bytes and as items at once
		return this.executor.execute(request, accountFor(request), new TwilioExecutor.StreamingBodyReader<>() {

			@Override
			public Page<T> read(InputStream body, int statusCode, HttpHeaders headers, TwilioRequest sent) {
				return TwilioPages.read(TwilioClient.this.jsonMapper, body, itemsField, itemType, sent);
			}

			@Override
			public Page<T> read(RawResponse response, TwilioRequest sent) {
				return TwilioPages.read(TwilioClient.this.jsonMapper, new ByteArrayInputStream(response.body()),
						itemsField, itemType, sent);
			}

			@Override
			public boolean readsRedirects() {
				// A redirect (a proxy's login page, http to https) is no page: its status
				// must reach the caller
				return false;
			}

		});
	}

	/**
	 * Fetch a page of a list by its URL, such as a {@link Page#nextPageUrl()} saved to
	 * resume a long export where it stopped, the way every typed resource's
	 * {@code page(pageUrl)} and {@code nextPage(page)} do. A saved URL is untrusted
	 * input: one of another list than the request's, of another account or of a host
	 * that is neither Twilio's host of the request's domain nor this client's is refused
	 * without a request. Only its path and query are sent, to this client's host for the
	 * request's domain. Unlike
	 * {@link TwilioRequest#forPage(String)}, which takes any URL as it is, this checks it.
	 * @param <T> the item type
	 * @param listRequest the request of the list, whose path template and path variables
	 * the URL must match; its query parameters are not used
	 * @param pageUrl the absolute or host-relative URL of a page of the list, as the
	 * 2010-04-01 API's {@code next_page_uri} or the newer APIs' {@code next_page_url}
	 * @param itemsField the name of the items field
	 * @param itemType the item type
	 * @return the page
	 * @throws IllegalArgumentException if the URL is not one of a page of the list on
	 * this client's account
	 */
	public <T> Page<T> page(TwilioRequest listRequest, String pageUrl, String itemsField, Class<T> itemType) {
		checkListRequest(listRequest, itemsField, itemType);
		Assert.hasText(pageUrl, "Page URL must not be empty");
		String trimmed = pageUrl.trim();
		TwilioPageUrls.check(this, listRequest, trimmed);
		return page(listRequest.forPage(trimmed), itemsField, itemType);
	}

	/**
	 * Stream all items of a list, fetching pages lazily: a page is requested only once
	 * the items of the previous one are consumed, and only one page is held at a time.
	 * Each page is a separate call with its own retries. Close the stream, or use a
	 * short-circuiting operation such as {@code limit}, to stop early. A next page that
	 * is one of the last 16 pages read fails the stream with a {@link TwilioException}
	 * once the items before it are consumed, rather than reading the same pages forever.
	 * @param <T> the item type
	 * @param request the request for the first page
	 * @param itemsField the name of the items field
	 * @param itemType the item type
	 * @return a lazy stream of all items
	 */
	public <T> Stream<T> stream(TwilioRequest request, String itemsField, Class<T> itemType) {
		checkListRequest(request, itemsField, itemType);
		return TwilioPages.stream(request, (pageRequest) -> page(pageRequest, itemsField, itemType));
	}

	/**
	 * Return the account of a request, refusing a request that the credentials would
	 * carry out on another account than this view's.
	 */
	private String accountFor(TwilioRequest request) {
		if (!this.accountSid.equals(this.credentialsAccountSid) && !TwilioDomain.API.equals(request.domain())) {
			throw new IllegalStateException("This client works on account " + this.accountSid
					+ " with the credentials of account " + this.credentialsAccountSid + ". Twilio lets those "
					+ "credentials reach only the 2010-04-01 resources of another account, so " + request.method()
					+ " " + request.pathTemplate() + " on " + request.domain() + ".twilio.com would act on account "
					+ this.credentialsAccountSid + ". Build a TwilioClient with the own credentials of account "
					+ this.accountSid + " (its auth token or one of its API keys) for this product");
		}
		return this.accountSid;
	}

	private static void checkListRequest(TwilioRequest request, String itemsField, Class<?> itemType) {
		Assert.notNull(request, "Request must not be null");
		Assert.hasText(itemsField, "Items field must not be empty");
		Assert.notNull(itemType, "Item type must not be null");
		String pageSize = request.queryParameters().getFirst("PageSize");
		if (pageSize != null) {
			try {
				Page.checkPageSize(Integer.parseInt(pageSize.trim()));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("PageSize must be a number between 1 and 1000, got '" + pageSize
						+ "'");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private <T> BodyReader<T> bodyReader(Class<T> type) {
		if (type == byte[].class) {
			return (BodyReader<T>) FILE_READER;
		}
		BodyReader<?> reader = this.bodyReaders.get(type);
		if (reader == null) {
			reader = this.bodyReaders.computeIfAbsent(type, (key) -> jsonReader(type));
		}
		return (BodyReader<T>) reader;
	}

	@SuppressWarnings("unchecked")
	private <T> BodyReader<T> jsonReader(Class<T> type) {
		if (type == String.class) {
			return (response, request) -> (T) response.bodyAsString();
		}
		return new JsonBodyReader<>(this.jsonMapper.readerFor(type), type);
	}

	@Override
	public String toString() {
		return "TwilioClient[accountSid=" + this.accountSid + ", region=" + this.region + ", edge=" + this.edge + "]";
	}

	static String userAgent(@Nullable String extension) {
		String userAgent = "twilio-spring-boot/" + TwilioSpringBootVersion.getVersion() + " (Java "
				+ System.getProperty("java.version") + "; " + System.getProperty("os.name") + ")";
		return (extension != null) ? userAgent + " " + extension : userAgent;
	}

	private static String checkSid(@Nullable String sid, Pattern pattern, String what, String prefix) {
		Assert.notNull(sid, () -> what + " must not be null");
		if (!pattern.matcher(sid).matches()) {
			// Never echo the value: a secret may have been pasted into the wrong setting.
			throw new IllegalArgumentException(what + " must be '" + prefix
					+ "' followed by 32 hexadecimal characters, but the configured value (" + sid.length()
					+ " characters) is not");
		}
		return sid;
	}

	/**
	 * Reads a JSON answer into its type as it arrives from the connection, so that the
	 * body is never copied into an array of its own first. An answer that is read into
	 * memory anyway, such as an error returned as a response, is read from its bytes.
	 *
	 * @param <T> the type
	 */
	private static final class JsonBodyReader<T> implements TwilioExecutor.StreamingBodyReader<T> {

		private final ObjectReader reader;

		private final Class<T> type;

		JsonBodyReader(ObjectReader reader, Class<T> type) {
			this.reader = reader;
			this.type = type;
		}

		@Override
		public T read(RawResponse response, TwilioRequest request) {
			return read(new ByteArrayInputStream(response.body()), response.statusCode(), response.headers(),
					request);
		}

		@Override
		public T read(InputStream body, int statusCode, HttpHeaders headers, TwilioRequest request) {
			T value;
			try (JsonParser parser = this.reader.createParser(body)) {
				if (parser.nextToken() == null) {
					throw new TwilioException("Twilio answered " + request.method() + " " + request.pathTemplate()
							+ " with HTTP " + statusCode + " and no body, expected " + this.type.getSimpleName());
				}
				// Reads to the end of the body, which must hold nothing after the value
				value = this.reader.readValue(parser);
			}
			catch (JacksonException ex) {
				// What came back (a proxy's HTML page, a redirect) usually explains more than
				// the parser's complaint about its first character
				String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
				throw new TwilioException("Could not read the response of " + request.method() + " "
						+ request.pathTemplate() + " (HTTP " + statusCode + ", "
						+ ((contentType != null) ? contentType : "no content type") + ") as "
						+ this.type.getSimpleName() + ": " + TwilioJson.unreadableReason(ex), ex);
			}
			if (value == null) {
				throw new TwilioException("Twilio answered " + request.method() + " " + request.pathTemplate()
						+ " with HTTP " + statusCode + " and a JSON null, expected " + this.type.getSimpleName());
			}
			return value;
		}

	}

	/**
	 * Builder for {@link TwilioClient}. Credentials and routing can come from explicit
	 * calls and, with {@link #fromEnvironment()}, from the conventional {@code TWILIO_*}
	 * environment variables; explicit calls always win, whatever the call order.
	 */
	public static final class Builder {

		/** Environment variable holding the account SID. */
		public static final String ACCOUNT_SID_ENV = "TWILIO_ACCOUNT_SID";

		/** Environment variable holding the auth token. */
		public static final String AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN";

		/** Environment variable holding the API key SID. */
		public static final String API_KEY_ENV = "TWILIO_API_KEY";

		/** Environment variable holding the API key secret. */
		public static final String API_SECRET_ENV = "TWILIO_API_SECRET";

		/** Environment variable holding the region. */
		public static final String REGION_ENV = "TWILIO_REGION";

		/** Environment variable holding the edge. */
		public static final String EDGE_ENV = "TWILIO_EDGE";

		private @Nullable String accountSid;

		private @Nullable String authToken;

		private @Nullable String apiKeySid;

		private @Nullable String apiKeySecret;

		private @Nullable String region;

		private @Nullable String edge;

		private @Nullable URI baseUrl;

		private Map<String, String> environment = Collections.emptyMap();

		private int maxRetries;

		private Duration initialBackoff = Duration.ofMillis(500);

		private Duration maxBackoff = Duration.ofSeconds(20);

		private Duration maxRetryAfter = Duration.ofSeconds(60);

		private Duration retryDeadline = Duration.ofMinutes(2);

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration readTimeout = Duration.ofSeconds(30);

		private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

		private RestClient.@Nullable Builder restClientBuilder;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private @Nullable BiFunction<Duration, Duration, ? extends ClientHttpRequestFactory> timedRequestFactory;

		private boolean builtInTransport;

		private @Nullable String proxyHost;

		private int proxyPort;

		private @Nullable String proxyUsername;

		private @Nullable String proxyPassword;

		private @Nullable SSLContext sslContext;

		private String @Nullable [] sslProtocols;

		private String @Nullable [] sslCipherSuites;

		private final List<TwilioClientListener> listeners = new ArrayList<>();

		private boolean propagateTraceContext;

		private final List<String> traceContextHeaders = new ArrayList<>();

		private @Nullable String userAgentExtension;

		private Sleeper sleeper = Sleeper.THREAD;

		private @Nullable RandomGenerator random;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Set the account SID.
		 * @param accountSid {@code AC} followed by 32 hex characters
		 * @return this builder
		 */
		public Builder accountSid(@Nullable String accountSid) {
			this.accountSid = trimToNull(accountSid);
			return this;
		}

		/**
		 * Authenticate with the account's auth token.
		 * @param authToken the auth token
		 * @return this builder
		 */
		public Builder authToken(@Nullable String authToken) {
			this.authToken = trimToNull(authToken);
			return this;
		}

		/**
		 * Authenticate with an API key instead of the auth token. The account SID is still
		 * used in paths.
		 * @param sid the API key SID, {@code SK} followed by 32 hex characters
		 * @param secret the API key secret
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String sid, @Nullable String secret) {
			this.apiKeySid = trimToNull(sid);
			this.apiKeySecret = trimToNull(secret);
			return this;
		}

		/**
		 * Set the Twilio region, such as {@code ie1} or {@code au1}. Without an edge, the
		 * region's default edge is used, as Twilio's helper libraries do ({@code dublin}
		 * for {@code ie1}, {@code sydney} for {@code au1}, {@code ashburn} for
		 * {@code us1}, ...): Twilio has retired the region-only hosts outside {@code us1}.
		 * @param region the region, or {@code null} for Twilio's default
		 * @return this builder
		 * @throws IllegalArgumentException if the region is not a host name label
		 */
		public Builder region(@Nullable String region) {
			this.region = hostLabel(trimToNull(region), "region");
			return this;
		}

		/**
		 * Set the Twilio edge location, such as {@code dublin} or {@code sydney}.
		 * @param edge the edge, or {@code null} for Twilio's default
		 * @return this builder
		 * @throws IllegalArgumentException if the edge is not a host name label
		 */
		public Builder edge(@Nullable String edge) {
			this.edge = hostLabel(trimToNull(edge), "edge");
			return this;
		}

		/**
		 * Send every request to the given base URL instead of Twilio's product hosts, for
		 * emulators and tests. Region and edge are then ignored. A plain {@code http} URL
		 * to a host other than this machine is logged as a warning, since every request
		 * carries the credentials.
		 * @param baseUrl scheme, host and optional port, such as
		 * {@code http://localhost:8080}; {@code null} for Twilio's hosts
		 * @return this builder
		 * @throws IllegalArgumentException if the URL is not an absolute http or https URL
		 * of scheme, host and port only
		 */
		public Builder baseUrl(@Nullable URI baseUrl) {
			this.baseUrl = checkBaseUrl(baseUrl);
			return this;
		}

		/**
		 * Fill values that are still unset from the {@code TWILIO_ACCOUNT_SID},
		 * {@code TWILIO_AUTH_TOKEN}, {@code TWILIO_API_KEY}, {@code TWILIO_API_SECRET},
		 * {@code TWILIO_REGION} and {@code TWILIO_EDGE} environment variables. Blank
		 * variables count as unset.
		 * @return this builder
		 */
		public Builder fromEnvironment() {
			return fromEnvironment(System.getenv());
		}

		/**
		 * Fill values that are still unset from the given variables, as
		 * {@link #fromEnvironment()} does with the process environment. Explicitly
		 * configured credentials (an auth token or an API key) replace all credentials
		 * from the variables.
		 * @param environment the variables by name
		 * @return this builder
		 */
		public Builder fromEnvironment(Map<String, String> environment) {
			Assert.notNull(environment, "Environment must not be null");
			this.environment = Map.copyOf(environment);
			return this;
		}

		/**
		 * Set how many times a failed call is retried. Retried are 408, 429 and 5xx
		 * answers, connection failures and timeouts; other errors are never retried. Every
		 * attempt of a {@code POST} carries the same {@code I-Twilio-Idempotency-Token},
		 * but Twilio does not document that its REST API deduplicates creates on it: a
		 * create retried after its answer was lost may be carried out twice. Waits follow
		 * {@code Retry-After} when Twilio sends one, and exponential backoff with full
		 * jitter otherwise.
		 * @param maxRetries the maximum number of retries, zero (the default) for none
		 * @return this builder
		 */
		public Builder maxRetries(int maxRetries) {
			Assert.isTrue(maxRetries >= 0, "maxRetries must not be negative");
			this.maxRetries = maxRetries;
			return this;
		}

		/**
		 * Set the base delay of the exponential backoff: retry {@code n} waits a random
		 * time up to {@code min(maxBackoff, initialBackoff * 2^n)}.
		 * @param initialBackoff the base delay, 500 ms by default
		 * @return this builder
		 */
		public Builder initialBackoff(Duration initialBackoff) {
			this.initialBackoff = checkDuration(initialBackoff, "initialBackoff");
			return this;
		}

		/**
		 * Set the largest backoff delay.
		 * @param maxBackoff the largest delay, 20 s by default
		 * @return this builder
		 */
		public Builder maxBackoff(Duration maxBackoff) {
			this.maxBackoff = checkDuration(maxBackoff, "maxBackoff");
			return this;
		}

		/**
		 * Set the longest {@code Retry-After} that is honoured; a longer one ends the
		 * retries and the error is thrown. An honoured one is waited with a random time of
		 * up to a tenth of it on top, never less than it asks for, so that clients that a
		 * rate limit answered at the same moment do not all come back at the same moment.
		 * @param maxRetryAfter the longest honoured delay, 60 s by default
		 * @return this builder
		 */
		public Builder maxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = checkDuration(maxRetryAfter, "maxRetryAfter");
			return this;
		}

		/**
		 * Set the time budget of one call, all attempts and delays included: no retry
		 * starts, and no delay before one waits, past it. With the built-in transport no
		 * attempt waits for its connection or answer past it either, with or without
		 * retries: the wait ends with a {@link TwilioConnectionException} that names the
		 * retry deadline. The read timeout bounds each wait for data, so the budget is
		 * what ends an answer that trickles in. A {@link #requestFactory request factory}
		 * or {@link #restClientBuilder builder}'s transport cannot be told, so an attempt
		 * under way there is bounded by its connect and read timeouts only.
		 * @param retryDeadline the budget, 2 min by default; zero for none, which leaves
		 * the attempts to their timeouts and the retries to {@link #maxRetries},
		 * {@link #maxBackoff} and {@link #maxRetryAfter}
		 * @return this builder
		 */
		public Builder retryDeadline(Duration retryDeadline) {
			this.retryDeadline = checkDuration(retryDeadline, "retryDeadline");
			return this;
		}

		/**
		 * Set the connect timeout of the default HTTP client and of a
		 * {@link #requestFactoryWithTimeouts transport created with the timeouts}. Not
		 * applied to a {@link #requestFactory given request factory} or a
		 * {@link #restClientBuilder(RestClient.Builder) given builder}'s own.
		 * @param connectTimeout the timeout, 10 s by default; zero for none
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = checkDuration(connectTimeout, "connectTimeout");
			return this;
		}

		/**
		 * Set the read timeout of the default HTTP client and of a
		 * {@link #requestFactoryWithTimeouts transport created with the timeouts}. Not
		 * applied to a {@link #requestFactory given request factory} or a
		 * {@link #restClientBuilder(RestClient.Builder) given builder}'s own.
		 * @param readTimeout the timeout, 30 s by default; zero for none
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = checkDuration(readTimeout, "readTimeout");
			return this;
		}

		/**
		 * Set the largest response body that the client reads, a list page included,
		 * whether it is read into memory or mapped as it arrives. A larger answer fails
		 * the call with a {@link TwilioException} instead of filling the heap; Twilio's
		 * JSON answers are far smaller than the default, but a recording or media file
		 * downloaded as a {@code byte[]} through
		 * {@link TwilioClient#execute(TwilioRequest, Class)} may not be. The limit holds
		 * for each answer of a download, the file's included.
		 * @param maxResponseSize the limit in bytes, 64 MiB by default
		 * @return this builder
		 */
		public Builder maxResponseSize(long maxResponseSize) {
			Assert.isTrue(maxResponseSize > 0 && maxResponseSize <= MAX_ARRAY_SIZE,
					() -> "maxResponseSize must be greater than zero and at most " + MAX_ARRAY_SIZE + " bytes");
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * Build on the given {@code RestClient.Builder}, such as Spring Boot's, so that
		 * its observation and HTTP client settings apply. The builder is cloned, and its
		 * request factory is kept unless {@link #requestFactory} or
		 * {@link #builtInTransport()} is also called. A builder with no request factory
		 * of its own, such as a plain {@code RestClient.builder()}, sends with the HTTP
		 * client Spring finds on the class path, whose own behaviour then applies: Apache
		 * HttpClient, for one, retries some failures itself, unseen by this client's
		 * retry settings, deadline and metrics. Outside Spring Boot, call
		 * {@link #builtInTransport()} or give a request factory.
		 * @param restClientBuilder the builder to start from
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.@Nullable Builder restClientBuilder) {
			this.restClientBuilder = restClientBuilder;
			return this;
		}

		/**
		 * Send with the client's built-in transport even when
		 * {@link #restClientBuilder} gives a builder with a request factory of its own,
		 * unless {@link #requestFactory} is also called.
		 * @return this builder
		 */
		public Builder builtInTransport() {
			this.builtInTransport = true;
			return this;
		}

		/**
		 * Send every request of the built-in transport through the given HTTP proxy, in
		 * place of the proxies that the JVM's proxy settings choose: {@code https} requests
		 * through a {@code CONNECT} tunnel to Twilio's host, with TLS end to end, and
		 * {@code http} ones (emulators) in absolute form. A loopback base URL goes through
		 * it too. Not applied to a {@link #requestFactory given request factory} or a
		 * {@link #restClientBuilder(RestClient.Builder) given builder}'s own.
		 * @param host the proxy's host name or address, {@code null} for the JVM's proxy
		 * settings
		 * @param port the proxy's port
		 * @return this builder
		 * @throws IllegalArgumentException if the port is not between 1 and 65535
		 */
		public Builder proxy(@Nullable String host, int port) {
			String trimmed = trimToNull(host);
			Assert.isTrue(trimmed == null || (port > 0 && port <= 65535),
					() -> "The proxy port must be between 1 and 65535, not " + port);
			this.proxyHost = trimmed;
			this.proxyPort = port;
			return this;
		}

		/**
		 * Send Basic credentials to the HTTP proxy that asks for them with a {@code 407}:
		 * the {@link #proxy(String, int) proxy given}, or else the one that the JVM's proxy
		 * settings choose for a host. They are sent to the proxy only, never to Twilio, and
		 * appear in no message or log. Applies to the built-in transport only, as
		 * {@link #proxy(String, int)} does.
		 * @param username the user name, {@code null} for none
		 * @param password the password, {@code null} for none
		 * @return this builder
		 * @throws IllegalArgumentException if only one of them is given, or the user name
		 * holds a colon, which Basic credentials cannot carry
		 */
		public Builder proxyCredentials(@Nullable String username, @Nullable String password) {
			String user = (username != null && !username.isEmpty()) ? username : null;
			String secret = (password != null && !password.isEmpty()) ? password : null;
			Assert.isTrue((user == null) == (secret == null),
					"Proxy credentials need both a user name and a password, but only one is set");
			Assert.isTrue(user == null || user.indexOf(':') < 0,
					"The proxy user name must not contain a colon, which Basic credentials cannot carry");
			this.proxyUsername = user;
			this.proxyPassword = secret;
			return this;
		}

		/**
		 * Make the TLS connections of the built-in transport with the given context, in
		 * place of the JVM's default one: such as one that trusts the CA of a proxy that
		 * inspects TLS, with or without {@link #proxy(String, int) a proxy} given. The host
		 * name is verified all the same. Not applied to a {@link #requestFactory given
		 * request factory} or a {@link #restClientBuilder(RestClient.Builder) given
		 * builder}'s own.
		 * @param sslContext the TLS context, {@code null} for the JVM's default
		 * @param protocols the TLS protocols to enable, such as {@code TLSv1.3},
		 * {@code null} for the context's defaults
		 * @param cipherSuites the cipher suites to enable, {@code null} for the context's
		 * defaults
		 * @return this builder
		 * @throws IllegalArgumentException if protocols or cipher suites are given
		 * without a context, as an empty array, or that the context does not support
		 */
		public Builder sslContext(@Nullable SSLContext sslContext, String @Nullable [] protocols,
				String @Nullable [] cipherSuites) {
			Assert.isTrue(sslContext != null || (protocols == null && cipherSuites == null),
					"TLS protocols and cipher suites need the TLS context that they are for");
			Assert.isTrue(protocols == null || protocols.length > 0,
					"No TLS protocol given: give at least one, or null for the context's defaults");
			Assert.isTrue(cipherSuites == null || cipherSuites.length > 0,
					"No cipher suite given: give at least one, or null for the context's defaults");
			if (sslContext != null && (protocols != null || cipherSuites != null)) {
				// The sockets refuse them only on connecting, failing every call
				SSLParameters supported = sslContext.getSupportedSSLParameters();
				requireSupported("TLS protocol", protocols, supported.getProtocols(), true);
				requireSupported("cipher suite", cipherSuites, supported.getCipherSuites(), false);
			}
			this.sslContext = sslContext;
			this.sslProtocols = (protocols != null) ? protocols.clone() : null;
			this.sslCipherSuites = (cipherSuites != null) ? cipherSuites.clone() : null;
			return this;
		}

		private static void requireSupported(String what, String @Nullable [] given, String[] supported,
				boolean listSupported) {
			if (given == null) {
				return;
			}
			List<String> names = List.of(supported);
			for (String name : given) {
				if (name == null || !names.contains(name)) {
					throw new IllegalArgumentException("The TLS context given does not support " + what + " '" + name
							+ "'" + (listSupported ? ": it supports " + String.join(", ", names)
									: ": see its getSupportedSSLParameters()"));
				}
			}
		}

		/**
		 * Use the given HTTP transport instead of the default one, pooled HTTP/1.1
		 * keep-alive connections written and read on the calling thread (routes through
		 * an HTTP proxy use the JDK {@code HttpClient}). Timeouts are then the factory's own. A
		 * factory that follows redirects itself, as a {@code SimpleClientHttpRequestFactory}
		 * does for {@code GET}, follows a download's redirect to the file's host with the
		 * request's headers other than {@code Authorization}; Spring Boot's builders
		 * configure theirs not to follow, and the client follows itself.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(@Nullable ClientHttpRequestFactory requestFactory) {
			this.requestFactory = requestFactory;
			this.timedRequestFactory = null;
			return this;
		}

		/**
		 * Use an HTTP transport that is created when the client is built, with the
		 * {@link #connectTimeout connect} and {@link #readTimeout read} timeouts the
		 * builder has then: a timeout set after this call still applies to it.
		 * @param requestFactory creates the transport from the connect and the read
		 * timeout, each zero for none
		 * @return this builder
		 */
		public Builder requestFactoryWithTimeouts(
				BiFunction<Duration, Duration, ? extends ClientHttpRequestFactory> requestFactory) {
			Assert.notNull(requestFactory, "requestFactory must not be null");
			this.timedRequestFactory = requestFactory;
			this.requestFactory = null;
			return this;
		}

		/**
		 * Add a listener around every call. Listeners wrap each other in the order they
		 * are added; one added again, or {@link Object#equals equal} to one added before,
		 * is called once, in its first place, as {@link TwilioClientListener#of} says.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(TwilioClientListener listener) {
			Assert.notNull(listener, "Listener must not be null");
			this.listeners.add(listener);
			return this;
		}

		/**
		 * Set whether requests to Twilio carry the headers with which a tracer
		 * propagates the trace from an observed {@code RestClient}, as it does to every
		 * other host: W3C's {@code traceparent}, {@code tracestate} and
		 * {@code baggage}, B3's {@code b3} and {@code X-B3-*}, and those named with
		 * {@link #traceContextHeaders}. Twilio ignores them, while they identify the
		 * application's traces to a third party and baggage can carry values such as a
		 * user's id, so they are removed unless this is {@code true}. A header of one of
		 * those names that a {@link TwilioRequest} sets itself is sent as it sets it. The
		 * observations and spans of the calls are the same either way. A client built without a
		 * {@link #restClientBuilder} is not observed by Spring and sends none.
		 * @param propagateTraceContext whether to send the trace context to Twilio
		 * @return this builder
		 */
		public Builder propagateTraceContext(boolean propagateTraceContext) {
			this.propagateTraceContext = propagateTraceContext;
			return this;
		}

		/**
		 * Add names of headers that a tracer propagates the trace with besides W3C's
		 * and B3's, such as baggage fields sent as headers of their own, to be kept from
		 * Twilio's requests with them unless {@link #propagateTraceContext} is
		 * {@code true}.
		 * @param names the header names
		 * @return this builder
		 */
		public Builder traceContextHeaders(Collection<String> names) {
			Assert.notNull(names, "Names must not be null");
			names.forEach((name) -> Assert.isTrue(StringUtils.hasText(name),
					"Trace context header names must not be empty"));
			this.traceContextHeaders.addAll(names);
			return this;
		}

		/**
		 * Append a product token to the {@code User-Agent} header, such as
		 * {@code my-app/1.2}.
		 * @param userAgentExtension the extension, or {@code null} for none
		 * @return this builder
		 */
		public Builder userAgentExtension(@Nullable String userAgentExtension) {
			String extension = trimToNull(userAgentExtension);
			Assert.isTrue(extension == null || extension.chars().allMatch((c) -> c >= 0x20 && c < 0x7f),
					"userAgentExtension must only contain printable ASCII characters");
			this.userAgentExtension = extension;
			return this;
		}

		/**
		 * Replace the way the client waits between retries, for tests.
		 * @param sleeper the sleeper
		 * @return this builder
		 */
		public Builder sleeper(Sleeper sleeper) {
			Assert.notNull(sleeper, "Sleeper must not be null");
			this.sleeper = sleeper;
			return this;
		}

		/**
		 * Replace the source of the random parts of the waits between retries, for tests,
		 * which the calling thread's {@link java.util.concurrent.ThreadLocalRandom} is
		 * otherwise: the jitter on top of a {@code Retry-After} and the exponential
		 * backoff's full jitter. A source that always draws zero, {@code () -> 0L}, makes
		 * every wait that a {@link #sleeper sleeper} records exact: a {@code Retry-After}
		 * is waited for exactly as long as it asks, and a backoff not at all.
		 * @param random the source, used from every thread that calls the client
		 * @return this builder
		 */
		public Builder random(RandomGenerator random) {
			Assert.notNull(random, "Random must not be null");
			this.random = random;
			return this;
		}

		/**
		 * Replace the clock the retry deadline and HTTP-date {@code Retry-After} values
		 * are measured with, for tests.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "Clock must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws IllegalArgumentException if the account SID or the credentials are
		 * missing or malformed
		 */
		public TwilioClient build() {
			String accountSid = resolve(this.accountSid, ACCOUNT_SID_ENV);
			if (accountSid == null) {
				throw new IllegalArgumentException(
						"No Twilio account SID configured: call accountSid(...) or set " + ACCOUNT_SID_ENV);
			}
			checkSid(accountSid, ACCOUNT_SID, "Twilio account SID", "AC");
			String authorization = authorization(accountSid);
			String region = hostLabel(resolve(this.region, REGION_ENV), "region");
			String edge = hostLabel(resolve(this.edge, EDGE_ENV), "edge");
			URI baseUrl = checkBaseUrl(this.baseUrl);
			if (region != null && edge == null && baseUrl == null) {
				edge = defaultEdge(region);
			}
			else if (edge != null && baseUrl == null && !TwilioHosts.isKnownEdge(edge)) {
				logger.warn(LogMessage.format("Twilio edge '%s' is not one of Twilio's edge locations (%s): requests "
						+ "go to hosts such as https://api.%s.%s.twilio.com, which may not exist. Check its spelling",
						edge, String.join(", ", TwilioHosts.knownEdges()), edge,
						(region != null) ? region : TwilioHosts.DEFAULT_REGION));
			}
			if (baseUrl != null && "http".equalsIgnoreCase(baseUrl.getScheme()) && !isLoopback(baseUrl.getHost())) {
				logger.warn(LogMessage.format("Twilio base URL %s is plain http to a host other than this machine: "
						+ "every request carries the account's credentials there unencrypted. Use https unless "
						+ "the network to that host is trusted, such as an emulator's", describe(baseUrl)));
			}
			TwilioHosts hosts = new TwilioHosts(region, edge, baseUrl);
			JsonMapper jsonMapper = TwilioJson.createMapper();
			RetrySettings retry = new RetrySettings(this.maxRetries, this.initialBackoff, this.maxBackoff,
					this.maxRetryAfter, this.retryDeadline);
			List<AutoCloseable> owned = new ArrayList<>(1);
			TwilioExecutor executor = new TwilioExecutor(restClient(owned), hosts, authorization,
					userAgent(this.userAgentExtension), retry, TwilioClientListener.of(this.listeners), this.sleeper,
					this.random, this.clock, new TwilioErrors(jsonMapper, authorization, proxyAuthorization()),
					this.maxResponseSize);
			executor.closeWith(owned);
			return new TwilioClient(executor, jsonMapper, accountSid, accountSid, region, edge, true,
					new ConcurrentHashMap<>());
		}

		/**
		 * Return the edge for a region set without one, as Twilio's helper libraries
		 * choose it, since Twilio has retired the region-only hosts outside {@code us1}.
		 */
		private static @Nullable String defaultEdge(String region) {
			String edge = TwilioHosts.defaultEdge(region);
			if (edge != null) {
				logger.info(LogMessage.format("Twilio region '%s' is set without an edge: using its default edge "
						+ "'%s', as Twilio's helper libraries do. Set the edge to choose another", region, edge));
			}
			else {
				logger.warn(LogMessage.format("Twilio region '%s' is set without an edge and has no known default "
						+ "edge: requests go to region-only hosts such as https://api.%s.twilio.com, which Twilio has "
						+ "retired outside us1. Set an edge, such as 'dublin' for ie1", region, region));
			}
			return edge;
		}

		private String authorization(String accountSid) {
			boolean explicit = this.authToken != null || this.apiKeySid != null || this.apiKeySecret != null;
			String authToken = explicit ? this.authToken : environment(AUTH_TOKEN_ENV);
			String apiKeySid = explicit ? this.apiKeySid : environment(API_KEY_ENV);
			String apiKeySecret = explicit ? this.apiKeySecret : environment(API_SECRET_ENV);
			if (apiKeySid != null || apiKeySecret != null) {
				if (!explicit && (apiKeySid == null || apiKeySecret == null)) {
					throw new IllegalArgumentException(
							"An API key needs both " + API_KEY_ENV + " and " + API_SECRET_ENV + ", but only one is set");
				}
				return apiKeyAuthorization(apiKeySid, apiKeySecret, "call apiKey(sid, secret) with both");
			}
			if (authToken != null) {
				return basic(accountSid, authToken);
			}
			throw new IllegalArgumentException("No Twilio credentials configured: call authToken(...) or "
					+ "apiKey(sid, secret), or set " + AUTH_TOKEN_ENV + " (or " + API_KEY_ENV + " and "
					+ API_SECRET_ENV + ")");
		}

		/**
		 * Return the {@code Authorization} of an API key given in code, refusing a key
		 * with a part missing, with the advice given, or with a malformed SID.
		 */
		static String apiKeyAuthorization(@Nullable String sid, @Nullable String secret, String advice) {
			if (sid == null || secret == null) {
				throw new IllegalArgumentException("An API key needs both its SID and its secret: " + advice);
			}
			checkSid(sid, API_KEY_SID, "Twilio API key SID", "SK");
			return basic(sid, secret);
		}

		private static String basic(String username, String password) {
			String credentials = username + ":" + password;
			return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * Build the REST client, adding the transport it creates, which the client then
		 * owns, to the given list.
		 */
		private RestClient restClient(List<AutoCloseable> owned) {
			RestClient.Builder builder = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
					: RestClient.builder();
			// The client's own transport names no URL in its failures; others are told not to
			ClientHttpRequestFactory transport = null;
			if (this.requestFactory != null) {
				transport = TwilioExecutor.namingTemplates(this.requestFactory);
			}
			else if (this.timedRequestFactory != null) {
				ClientHttpRequestFactory requestFactory = this.timedRequestFactory.apply(this.connectTimeout,
						this.readTimeout);
				owned.add(() -> TwilioExecutor.closeRequestFactory(requestFactory));
				transport = TwilioExecutor.namingTemplates(requestFactory);
			}
			else if (this.restClientBuilder == null || this.builtInTransport) {
				Http1TwilioRequestFactory requestFactory = defaultRequestFactory();
				owned.add(requestFactory);
				transport = requestFactory;
			}
			// Only a builder given to this one can be observed, and so carry a tracer's
			// headers: a client of its own sends none
			if (this.restClientBuilder != null && !this.propagateTraceContext) {
				TraceContextHeaders traceContextHeaders = TraceContextHeaders.removing(this.traceContextHeaders);
				if (transport != null) {
					// Removed as each request goes out, after the builder's interceptors, and
					// without an interceptor of its own, for which the RestClient would copy
					// every body into a buffer first
					transport = traceContextHeaders.removedFrom(transport);
				}
				else {
					// The builder's own transport, such as a test's MockRestServiceServer,
					// can only be wrapped by the RestClient. Last, to remove what the
					// interceptors before it were given as well
					builder.requestInterceptor(traceContextHeaders);
				}
			}
			if (transport != null) {
				builder.requestFactory(transport);
			}
			return builder.build();
		}

		private Http1TwilioRequestFactory defaultRequestFactory() {
			Duration connectTimeout = this.connectTimeout;
			Duration readTimeout = this.readTimeout;
			SSLContext sslContext = this.sslContext;
			String[] protocols = this.sslProtocols;
			String[] cipherSuites = this.sslCipherSuites;
			return new Http1TwilioRequestFactory(connectTimeout, readTimeout,
					(sslContext != null) ? sslContext::getSocketFactory : Builder::defaultSslSocketFactory,
					() -> jdkRequestFactory(connectTimeout, readTimeout, sslContext, protocols, cipherSuites),
					HttpProxy.of(this.proxyHost, this.proxyPort, this.proxyUsername, this.proxyPassword), protocols,
					cipherSuites);
		}

		/**
		 * Return the {@code Proxy-Authorization} value that the built-in transport sends,
		 * which a proxy that refuses it may repeat in its answer.
		 */
		private @Nullable String proxyAuthorization() {
			HttpProxy proxy = HttpProxy.of(this.proxyHost, this.proxyPort, this.proxyUsername, this.proxyPassword);
			return (proxy != null) ? proxy.authorization() : null;
		}

		private static SSLSocketFactory defaultSslSocketFactory() {
			try {
				return SSLContext.getDefault().getSocketFactory();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("The JVM has no default TLS context: " + ex.getMessage(), ex);
			}
		}

		/**
		 * The JDK {@code HttpClient} transport, for routes through a proxy.
		 */
		private static ClientHttpRequestFactory jdkRequestFactory(Duration connectTimeout, Duration readTimeout,
				@Nullable SSLContext sslContext, String @Nullable [] protocols, String @Nullable [] cipherSuites) {
			// Credentials must never follow a redirect to another host
			HttpClient.Builder httpClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
			if (sslContext != null) {
				SSLParameters parameters = sslContext.getDefaultSSLParameters();
				if (protocols != null) {
					parameters.setProtocols(protocols);
				}
				if (cipherSuites != null) {
					parameters.setCipherSuites(cipherSuites);
				}
				httpClient.sslContext(sslContext).sslParameters(parameters);
			}
			if (!connectTimeout.isZero()) {
				httpClient.connectTimeout(connectTimeout);
			}
			return new JdkTwilioRequestFactory(httpClient.build(), readTimeout);
		}

		private @Nullable String resolve(@Nullable String explicit, String variable) {
			return (explicit != null) ? explicit : environment(variable);
		}

		private @Nullable String environment(String variable) {
			return trimToNull(this.environment.get(variable));
		}

		private static @Nullable String hostLabel(@Nullable String value, String what) {
			if (value == null) {
				return null;
			}
			String label = value.toLowerCase(Locale.ROOT);
			if (label.length() > MAX_ROUTING_NAME || !HOST_LABEL.matcher(label).matches()) {
				// Region ids and edge locations are short: a longer value, such as an auth
				// token set in the wrong place, is neither shown nor made part of a host name
				String shown = (value.length() <= MAX_ROUTING_NAME) ? "'" + value + "'"
						: "of " + value.length() + " characters (not shown, in case it is a credential set in "
								+ "the wrong place)";
				throw new IllegalArgumentException("Twilio " + what + " " + shown + " is not valid: use a name of "
						+ "letters, digits and hyphens, such as " + ("region".equals(what) ? "'ie1'" : "'dublin'"));
			}
			return label;
		}

		private static @Nullable URI checkBaseUrl(@Nullable URI baseUrl) {
			if (baseUrl == null) {
				return null;
			}
			String scheme = baseUrl.getScheme();
			if (scheme == null || baseUrl.getHost() == null
					|| !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
				throw new IllegalArgumentException("Base URL '" + describe(baseUrl)
						+ "' must be an absolute http or https URL, such as http://localhost:8080");
			}
			String path = baseUrl.getRawPath();
			// A fragment would swallow every path appended to the URL, sending all calls to '/'
			if ((path != null && !path.isEmpty() && !"/".equals(path)) || baseUrl.getRawQuery() != null
					|| baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
				throw new IllegalArgumentException("Base URL '" + describe(baseUrl)
						+ "' replaces Twilio's hosts and must consist of scheme, host and port only");
			}
			return baseUrl;
		}

		/**
		 * Whether a host is this machine by its name or address, without asking DNS.
		 */
		private static boolean isLoopback(String host) {
			String name = host.toLowerCase(Locale.ROOT);
			return name.equals("localhost") || name.endsWith(".localhost") || LOOPBACK_V4.matcher(name).matches()
					|| name.equals("[::1]") || name.equals("[0:0:0:0:0:0:0:1]");
		}

		/**
		 * Describe a URL by its scheme and host only: the rest may hold credentials.
		 */
		private static String describe(URI url) {
			String scheme = url.getScheme();
			String host = url.getHost();
			if (scheme == null && host == null) {
				return "...";
			}
			return ((scheme != null) ? scheme + "://" : "") + ((host != null) ? host : "") + "...";
		}

		private static Duration checkDuration(Duration duration, String name) {
			Assert.notNull(duration, () -> name + " must not be null");
			Assert.isTrue(!duration.isNegative(), () -> name + " must not be negative");
			return duration;
		}

		private static @Nullable String trimToNull(@Nullable String value) {
			if (value == null) {
				return null;
			}
			String trimmed = value.trim();
			return trimmed.isEmpty() ? null : trimmed;
		}

	}

}
