package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.EmulatorState.AccountState;
import dev.twiliospring.test.emulator.EmulatorState.CallState;
import dev.twiliospring.test.emulator.EmulatorState.ConferenceState;
import dev.twiliospring.test.emulator.EmulatorState.FileState;
import dev.twiliospring.test.emulator.EmulatorState.MediaState;
import dev.twiliospring.test.emulator.EmulatorState.MessageState;
import dev.twiliospring.test.emulator.EmulatorState.NumberState;
import dev.twiliospring.test.emulator.EmulatorState.ParticipantState;
import dev.twiliospring.test.emulator.EmulatorState.RecordingState;
import dev.twiliospring.test.emulator.EmulatorState.VerificationState;
import dev.twiliospring.test.emulator.EmulatorState.VerifyServiceState;
import dev.twiliospring.test.webhook.CallPayload;
import dev.twiliospring.test.webhook.CallStatusPayload;
import dev.twiliospring.test.webhook.DialResultPayload;
import dev.twiliospring.test.webhook.InboundCallPayload;
import dev.twiliospring.test.webhook.InboundMessagePayload;
import dev.twiliospring.test.webhook.MessageStatusPayload;
import dev.twiliospring.test.webhook.RecordResultPayload;
import dev.twiliospring.test.webhook.RecordingStatusPayload;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import dev.twiliospring.webhook.DialResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A local stand-in for Twilio's REST API: an HTTP server on a random loopback port that
 * speaks Twilio's wire format, so that the real {@link TwilioClient} runs against it
 * unchanged (set {@code twilio.base-url} to {@link #baseUrl()}), and that calls the
 * application's webhooks as Twilio does, signed with the account's auth token.
 * <pre class="code">
 * try (TwilioEmulator emulator = TwilioEmulator.start()) {
 *     TwilioClient client = emulator.client();
 *     Message message = client.messages().create(MessageCreateRequest.builder()
 *         .to("+14155550100").from("+15005550006").body("Hi").build());
 *     emulator.awaitMessageStatus(message.sid(), "delivered", Duration.ofSeconds(5));
 * }
 * </pre>
 *
 * <h2>Resources</h2> Messages (create, fetch, list with paging and the {@code To},
 * {@code From} and {@code DateSent} filters, update to cancel or redact, delete, their
 * Media (fetch, list, delete), and their Feedback), Calls (create, fetch, list, update,
 * delete), IncomingPhoneNumbers (buy, fetch, list, update, release), AvailablePhoneNumbers (countries, and
 * {@code Local}, {@code TollFree} and {@code Mobile} searches for US, CA and GB),
 * Recordings (fetch, list, delete, and short silent media: WAV, or MP3 with the
 * {@code .mp3} extension), Conferences that calls joined with {@code <Conference>} or
 * participants were dialed into (fetch, list, update to end), their Participants (create, dialing out into a
 * conference named by its SID or friendly name; fetch by call SID or label, list,
 * update to mute or hold, delete) and Recordings (fetch, list, pause, resume, stop,
 * delete), Accounts (fetch, list, create
 * subaccounts, update),
 * Balance, and Verify v2: Services (create, fetch, list, update, delete), their
 * Verifications (create, fetch, update to approve or cancel) and VerificationCheck; the
 * code a verification sent is {@linkplain #verificationCode(String) readable} by the
 * test. Requests need HTTP Basic authentication with an
 * account's SID and auth token (401 and error 20003 otherwise); a parent account may
 * access its subaccounts, but not create messages or calls for a suspended or closed
 * one (403 and error 10001). Closing a subaccount releases its phone numbers, and the
 * numbers of a suspended one receive no messages or calls. Unknown SIDs and paths
 * answer 404 with error 20404.
 * <p>
 * As with Twilio, the media URL of a message's media or of a recording answers an
 * authenticated {@code GET} with a {@code 307} redirect to a short-lived link, on the
 * emulator, with an unguessable token in its path, that serves the file without
 * authentication for five minutes and refuses a request that carries an
 * {@code Authorization} header, as Amazon S3 does for a signed link. Code that
 * does not follow the redirect, or follows it with the credentials, fails against the
 * emulator as it would against Twilio; {@link TwilioClient} downloads such a file as a
 * {@code byte[]}.
 *
 * <h2>Failures</h2> {@link #failNext(int, Fault)} makes the next requests, or those
 * of a method and path, answer an error in Twilio's format instead, such as
 * {@code 429} with {@code Retry-After}, to test how an application retries and handles
 * errors.
 *
 * <h2>Validation</h2>
 * <table>
 * <caption>Errors of a message or call request</caption>
 * <tr><th>Request</th><th>Error</th></tr>
 * <tr><td>Message without {@code To}</td><td>21604</td></tr>
 * <tr><td>Message without {@code From} and {@code MessagingServiceSid}</td><td>21603</td></tr>
 * <tr><td>Message {@code MessagingServiceSid} not {@code MG} and 32 hexadecimal digits</td><td>21705</td></tr>
 * <tr><td>Message without {@code Body}, {@code MediaUrl} and {@code ContentSid}</td><td>21602</td></tr>
 * <tr><td>Message with {@code ContentVariables} but no {@code ContentSid}</td><td>21654</td></tr>
 * <tr><td>Message {@code ContentVariables} no JSON object, or with a null or empty value</td><td>21656</td></tr>
 * <tr><td>Message body over 1600 characters, an emoji outside the Basic Multilingual Plane
 * counting two</td><td>21617</td></tr>
 * <tr><td>Message {@code To} not in E.164 format (plain or {@code whatsapp:}), or an empty ID
 * of another channel such as {@code messenger:}</td><td>21211</td></tr>
 * <tr><td>Message {@code From} neither E.164, short code nor alphanumeric ID (plain or
 * {@code whatsapp:}), or an empty ID of another channel</td><td>21212</td></tr>
 * <tr><td>Message between WhatsApp and another channel: {@code whatsapp:} on only one of
 * {@code From} and {@code To}</td><td>21910</td></tr>
 * <tr><td>{@code MediaUrl} not an absolute http(s) URL</td><td>21620</td></tr>
 * <tr><td>{@code StatusCallback} not an absolute http(s) URL</td><td>21609</td></tr>
 * <tr><td>Message with {@code ScheduleType=fixed} and {@code MessagingServiceSid} but no
 * {@code SendAt}</td><td>35111</td></tr>
 * <tr><td>Message with a {@code ScheduleType} other than {@code fixed}</td><td>35126</td></tr>
 * <tr><td>Message with {@code ShortenUrls=true} but no {@code MessagingServiceSid} (the code is
 * the emulator's)</td><td>20001</td></tr>
 * <tr><td>Message {@code SendAt} no ISO-8601 date-time, or less than 15 minutes or more than 35
 * days after the request</td><td>35114</td></tr>
 * <tr><td>Canceling a message that is not scheduled</td><td>30409</td></tr>
 * <tr><td>Message feedback {@code Outcome} other than {@code confirmed} and {@code unconfirmed}</td><td>20001</td></tr>
 * <tr><td>Call without {@code To}</td><td>21201</td></tr>
 * <tr><td>Call without {@code From}</td><td>21213</td></tr>
 * <tr><td>Call without {@code Url}, {@code Twiml} and {@code ApplicationSid}, or with an invalid {@code Url}</td><td>21205</td></tr>
 * <tr><td>Call {@code To} neither E.164, {@code client:} nor {@code sip:}</td><td>21217</td></tr>
 * <tr><td>Number purchase without {@code PhoneNumber} and {@code AreaCode}, or with an invalid number</td><td>21421</td></tr>
 * <tr><td>Number purchase of a number the account already has</td><td>21422</td></tr>
 * </table>
 *
 * <h2>Magic numbers</h2> The magic inputs of Twilio's test credentials (see
 * {@link TwilioTestNumbers}) behave as with Twilio. Unlike Twilio's test credentials,
 * the emulator accepts any other well-formed {@code From}, so that an application can
 * use the sender it is configured with.
 * <table>
 * <caption>Magic numbers</caption>
 * <tr><th>Resource</th><th>Parameter</th><th>Value</th><th>Outcome</th></tr>
 * <tr><td>Messages</td><td>From</td><td>+15005550001</td><td>21212 invalid number</td></tr>
 * <tr><td>Messages</td><td>From</td><td>+15005550007</td><td>21606 not owned or not SMS-capable</td></tr>
 * <tr><td>Messages</td><td>From</td><td>+15005550008</td><td>21611 SMS queue is full</td></tr>
 * <tr><td>Messages</td><td>From</td><td>+15005550006</td><td>valid</td></tr>
 * <tr><td>Messages</td><td>To</td><td>+15005550001</td><td>21211 invalid number</td></tr>
 * <tr><td>Messages</td><td>To</td><td>+15005550002</td><td>21612 cannot route</td></tr>
 * <tr><td>Messages</td><td>To</td><td>+15005550003</td><td>21408 no international permission</td></tr>
 * <tr><td>Messages</td><td>To</td><td>+15005550004</td><td>21610 blocked</td></tr>
 * <tr><td>Messages</td><td>To</td><td>+15005550009</td><td>21614 not SMS-capable</td></tr>
 * <tr><td>Calls</td><td>From</td><td>+15005550001</td><td>21212 invalid number</td></tr>
 * <tr><td>Calls</td><td>From</td><td>+15005550006</td><td>valid</td></tr>
 * <tr><td>Calls</td><td>To</td><td>+15005550001</td><td>21217 invalid number</td></tr>
 * <tr><td>Calls</td><td>To</td><td>+15005550002</td><td>21214 cannot route</td></tr>
 * <tr><td>Calls</td><td>To</td><td>+15005550003</td><td>21215 no international permission</td></tr>
 * <tr><td>Calls</td><td>To</td><td>+15005550004</td><td>21216 blocked</td></tr>
 * <tr><td>IncomingPhoneNumbers</td><td>PhoneNumber</td><td>+15005550000</td><td>21422 unavailable</td></tr>
 * <tr><td>IncomingPhoneNumbers</td><td>PhoneNumber</td><td>+15005550001</td><td>21421 invalid</td></tr>
 * <tr><td>IncomingPhoneNumbers</td><td>PhoneNumber</td><td>+15005550006</td><td>valid</td></tr>
 * <tr><td>IncomingPhoneNumbers</td><td>AreaCode</td><td>533</td><td>21452 no numbers available</td></tr>
 * <tr><td>IncomingPhoneNumbers</td><td>AreaCode</td><td>500</td><td>valid, buys +15005550006</td></tr>
 * <tr><td>Messages (emulator only)</td><td>To</td><td>+15005550005</td><td>sent, then undelivered with 30003</td></tr>
 * <tr><td>Messages (emulator only)</td><td>To</td><td>+15005550010</td><td>failed with 30008</td></tr>
 * <tr><td>Calls (emulator only)</td><td>To</td><td>+15005550005</td><td>ends busy</td></tr>
 * <tr><td>Calls (emulator only)</td><td>To</td><td>+15005550010</td><td>ends no-answer</td></tr>
 * </table>
 *
 * <h2>Lifecycle and callbacks</h2> A message is created {@code queued} ({@code accepted}
 * with a messaging service) and moves to {@code sent} and {@code delivered}, one step
 * every {@linkplain Builder#stepDelay step delay}, on a background thread. A message
 * created with {@code ScheduleType=fixed} and a valid {@code SendAt} is
 * {@code scheduled} until it is canceled, a test
 * {@linkplain #sendScheduled(String) sends it}, or the emulator's
 * {@linkplain Builder#clock(java.time.Clock) clock} reaches its {@code SendAt}: then
 * the emulator sends it by itself, as Twilio does. After each change it
 * posts a status callback ({@code MessageSid}, {@code MessageStatus}, {@code SmsSid},
 * {@code SmsStatus}, {@code AccountSid}, {@code From}, {@code To}, {@code ApiVersion},
 * {@code ErrorCode} when failed, {@code RawDlrDoneDate} when an SMS or MMS is
 * delivered or undelivered, and for a WhatsApp message {@code ChannelPrefix}, with
 * {@code EventType=READ} once read) to the message's {@code StatusCallback}; as Twilio, it
 * posts none for the status a message is created with, which only the response to the
 * create request tells. A call goes
 * through {@code initiated}, {@code ringing} and {@code in-progress}, fetches its
 * {@code Url} with the call parameters, runs the TwiML, and ends {@code completed};
 * status callbacks follow {@code StatusCallbackEvent} ({@code completed} only by
 * default). Updated with {@code Status=canceled}, a call that is queued or ringing ends
 * {@code canceled} without fetching its {@code Url}, and a call in progress goes on;
 * {@code Status=completed} hangs up a call in progress, and ends one that was not
 * answered yet {@code canceled}. A person answers every call: with
 * {@code MachineDetection} the call's {@code Url} gets {@code AnsweredBy=human} and
 * {@code MachineDetectionDuration}, or with {@code AsyncAmd=true} its
 * {@code AsyncAmdStatusCallback} does. A call made with
 * {@code Record=true} that is answered leaves a recording of it ({@code OutboundAPI}),
 * reported to its {@code RecordingStatusCallback} as {@code RecordingStatusCallbackEvent}
 * asks and in the call's {@code completed} status callback. Every request to the
 * application is signed with the
 * account's auth token, so the application's signature validation accepts it, and is
 * recorded in {@link #callbacks()}.
 *
 * <h2>Running TwiML</h2> The emulator runs a call's TwiML as Twilio would, up to the
 * first verb that needs the caller: it follows {@code <Redirect>}, requests a
 * {@code <Dial>} action with {@code DialCallStatus=completed} ({@code busy} or
 * {@code no-answer} if every number dialed is one that makes a call end so, see above,
 * {@code no-answer} for a mix of the two; {@code answered} for a conference), ends the
 * call at
 * {@code <Hangup>}, {@code <Reject>} or the end of the document (time does not pass:
 * {@code <Say>}, {@code <Play>} and {@code <Pause>} take none), and waits in a
 * {@code <Gather>} ({@link #sendDigits(TwimlReply, String)}) or {@code <Record>}
 * ({@link #finishRecording(TwimlReply)}, {@link #finishRecording(TwimlReply, String)},
 * {@link #hangUpDuringRecording(TwimlReply)}). A {@code <Dial><Conference>} joins the
 * conference of that name, created if none of that name is going on, with the
 * {@code muted}, {@code participantLabel}, {@code coach},
 * {@code startConferenceOnEnter} and {@code endConferenceOnExit} of the noun; the
 * {@code statusCallback} and {@code statusCallbackEvent} of the first participant to
 * join the conference ({@code start end} by default) get its events, and its
 * {@code record="record-from-start"} records the conference from its start to its end,
 * with events for its {@code recordingStatusCallback}. The call waits in
 * the conference until the API removes it or ends the conference, or the conference
 * ends as a participant with {@code endConferenceOnExit} or the last one leaves; then it
 * goes on after its {@code <Dial>}, with the dial's action if it has one. Each
 * {@code <Number>}, {@code <Client>}
 * and {@code <Sip>} of a {@code <Dial>} is dialed as a call of its own
 * ({@code outbound-dial}, with {@code ParentCallSid}) that posts the events of its
 * {@code statusCallbackEvent} to its {@code statusCallback}; the first to answer runs
 * the TwiML of its {@code url} as a party who presses no key, and is bridged unless
 * that TwiML hangs up. A
 * {@code <Message>} in a messaging reply is sent as an outbound message.
 *
 * <h2>Latency</h2> The JDK's HTTP server writes a response's headers and its body
 * separately, and with Nagle's algorithm on its sockets the body waits for the client's
 * delayed acknowledgement of the headers, some 40 ms on Linux, on every call. Unless the
 * system property {@code sun.net.httpserver.nodelay} is set, the emulator sets it to
 * {@code true} before it creates its server, so that a call takes about a millisecond.
 * The JDK reads the property once, when the JVM's first JDK HTTP server is created: it
 * applies to every such server of the JVM created later, a test's own stand-ins
 * included, and it has no effect if one was created before the first emulator. Set it
 * for the whole test JVM ({@code -Dsun.net.httpserver.nodelay=true}, or in Surefire's
 * {@code systemPropertyVariables}) to make that order irrelevant, or to {@code false} to
 * keep Nagle's algorithm.
 *
 * <p>
 * Instances are thread-safe. Close the emulator to stop its server and threads.
 *
 * @since 1.0.0
 */
public final class TwilioEmulator implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(TwilioEmulator.class);

	private static final String KEYPAD = "0123456789*#";

	/**
	 * System property that the JDK's HTTP server reads, once per JVM, to turn off Nagle's
	 * algorithm on the sockets it accepts.
	 */
	static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

	/**
	 * A media URL of Twilio's API: its path, and the media SID.
	 */
	private static final Pattern TWILIO_MEDIA_URL = Pattern
		.compile("https://api\\.twilio\\.com(/2010-04-01/Accounts/AC[0-9a-fA-F]{32}/Messages/[A-Z]{2}[0-9a-fA-F]{32}"
				+ "/Media/(ME[0-9a-fA-F]{32}))");

	private static final Pattern VERIFY_SERVICE_SID = Pattern.compile("VA[0-9a-fA-F]{32}");

	private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");

	static final String API_VERSION = "2010-04-01";

	/** How long after a user's last message a business may answer on WhatsApp freely. */
	private static final Duration WHATSAPP_SESSION = Duration.ofHours(24);

	/**
	 * Format of the carrier's delivery receipt time ({@code RawDlrDoneDate}) that Twilio
	 * passes on for an SMS or MMS, written in UTC.
	 */
	private static final DateTimeFormatter DLR_DONE_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/** How often the emulator looks for scheduled messages that are due. */
	static final long DUE_CHECK_MILLIS = 100;

	/** How long machine detection takes to find that a person answered, in milliseconds. */
	private static final int MACHINE_DETECTION_MILLIS = 1200;

	/**
	 * {@code ReasonParticipantLeft} of a participant that the API removed or whose call
	 * it redirected. Twilio's {@code <Conference>} reference lists no reason for a
	 * participant removed through the API; this one, of those it lists, is the closest.
	 */
	private static final String UPDATED_VIA_API = "participant_updated_via_api";

	private final Object lock = new Object();

	private final HttpServer server;

	private final ExecutorService serverExecutor;

	private final ScheduledExecutorService scheduler;

	private final WebhookSender sender;

	/**
	 * The clients handed out that are still in use: one given up is collected with its
	 * connections, so that a cached test context that asks for a client per test does not
	 * hold them all.
	 */
	private final Set<TwilioClient> clients = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private final Duration stepDelay;

	private final EmulatorClock clock;

	private final String accountSid;

	private final String authToken;

	private final Map<String, AccountState> accounts = new LinkedHashMap<>();

	private final Map<String, MessageState> messages = new LinkedHashMap<>();

	/**
	 * The messages still {@code scheduled}, by their {@code SendAt} and then in the order
	 * they were created, so that the check for those due reads only those due, and reads
	 * not even the clock while none is scheduled.
	 */
	private final NavigableMap<Instant, Set<MessageState>> scheduled = new TreeMap<>();

	private final Map<String, CallState> calls = new LinkedHashMap<>();

	private final Map<String, NumberState> numbers = new LinkedHashMap<>();

	private final Map<String, RecordingState> recordings = new LinkedHashMap<>();

	private final Map<String, ConferenceState> conferences = new LinkedHashMap<>();

	/**
	 * The files that media and recording URLs redirected to, by the token of their link.
	 */
	private final Map<String, FileState> files = new LinkedHashMap<>();

	/**
	 * The requests made to the application, by the order in which they were sent, which
	 * is not the order of their answers when a webhook calls the API that calls back.
	 */
	private final NavigableMap<Long, WebhookDelivery> deliveries = new TreeMap<>();

	private long deliveriesSent;

	private final Map<String, VerifyServiceState> verifyServices = new LinkedHashMap<>();

	private final Map<String, VerificationState> verifications = new LinkedHashMap<>();

	/**
	 * The account that Verify sends its text messages from: Twilio's own, so that they
	 * are not among the messages of the application's account.
	 */
	private final String verifyAccountSid = TwilioSids.next(TwilioSids.ACCOUNT);

	/**
	 * The faults still to answer, each with how many more requests it fails.
	 */
	private final List<Map.Entry<Fault, AtomicInteger>> faults = new ArrayList<>();

	private BigDecimal balance = new BigDecimal("100.00");

	private final Map<String, String> lineTypes = new LinkedHashMap<>();

	/**
	 * Counts the resets, so that a webhook delivered for work started before one is not
	 * kept; guarded by the lock.
	 */
	private long epoch;

	/**
	 * The class and message of what the last check for due scheduled messages failed
	 * with, {@code null} after one that succeeded; read and written by the scheduler's
	 * single thread only.
	 */
	private @Nullable String dueCheckFailure;

	private TwilioEmulator(Builder builder) {
		this.stepDelay = builder.stepDelay;
		this.clock = new EmulatorClock(builder.clock);
		this.sender = new WebhookSender(this.clock);
		this.accountSid = (builder.accountSid != null) ? builder.accountSid : TwilioSids.next(TwilioSids.ACCOUNT);
		this.authToken = (builder.authToken != null) ? builder.authToken
				: TwilioSids.next("AT").substring(2).toLowerCase(Locale.ROOT);
		resetAccounts();
		preferNoDelay(System.getProperties());
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the Twilio emulator on port " + builder.port, ex);
		}
		this.serverExecutor = Executors.newCachedThreadPool(threads("twilio-emulator-http-"));
		this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("twilio-emulator-lifecycle-"));
		this.server.setExecutor(this.serverExecutor);
		this.server.createContext("/", new ApiHandler(this));
		this.scheduler.scheduleWithFixedDelay(this::checkDueMessages, DUE_CHECK_MILLIS, DUE_CHECK_MILLIS,
				TimeUnit.MILLISECONDS);
		startAsDaemon(this.server);
		logger.info("Twilio emulator listening on " + baseUrl() + " for account " + this.accountSid);
	}

	/**
	 * Start an emulator with a random account SID and auth token on a random port.
	 * @return the running emulator
	 */
	public static TwilioEmulator start() {
		return builder().start();
	}

	/**
	 * Return a builder to configure an emulator before starting it.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the URL of the emulator, to use as {@code twilio.base-url}.
	 * @return the base URL, such as {@code http://127.0.0.1:54321}
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + port());
	}

	/**
	 * Return the port the emulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * Return the SID of the emulated main account.
	 * @return the account SID
	 */
	public String accountSid() {
		return this.accountSid;
	}

	/**
	 * Return the auth token of the emulated main account, which authenticates API
	 * requests and signs webhooks.
	 * @return the auth token
	 */
	public String authToken() {
		return this.authToken;
	}

	/**
	 * Return the delay between the steps of a message's or call's life, such as from
	 * {@code sent} to {@code delivered}.
	 * @return the delay
	 */
	public Duration stepDelay() {
		return this.stepDelay;
	}

	/**
	 * Return a new client for the main account that talks to this emulator. It is closed
	 * with the emulator.
	 * @return the client
	 */
	public TwilioClient client() {
		TwilioClient client = TwilioClient.builder()
			.accountSid(this.accountSid)
			.authToken(this.authToken)
			.baseUrl(baseUrl())
			.build();
		this.clients.add(client);
		return client;
	}

	/**
	 * Set the balance that the Balance resource reports for every account.
	 * @param balance the balance in USD
	 */
	public void setBalance(BigDecimal balance) {
		synchronized (this.lock) {
			this.balance = balance;
		}
	}

	/**
	 * Set the line type that a Lookup with {@code Fields=line_type_intelligence} reports
	 * for a number, in place of the one the emulator derives from it.
	 * @param phoneNumber the number in E.164 format
	 * @param type the line type as Twilio writes it, such as {@code mobile},
	 * {@code landline}, {@code fixedVoip} or {@code nonFixedVoip}; {@code null} to derive
	 * it again
	 */
	public void setLineType(String phoneNumber, @Nullable String type) {
		Assert.isTrue(TwilioTestNumbers.isE164(phoneNumber), "Phone number must be in E.164 format");
		synchronized (this.lock) {
			if (type != null) {
				this.lineTypes.put(phoneNumber, type);
			}
			else {
				this.lineTypes.remove(phoneNumber);
			}
		}
	}

	/**
	 * Give the main account a phone number, with the webhooks Twilio calls for incoming
	 * messages and calls.
	 * @param phoneNumber the number in E.164 format
	 * @param smsUrl the URL incoming messages are posted to, or {@code null}
	 * @param voiceUrl the URL incoming calls are posted to, or {@code null}
	 * @return the phone number
	 */
	public EmulatedPhoneNumber addIncomingNumber(String phoneNumber, @Nullable String smsUrl,
			@Nullable String voiceUrl) {
		if (!TwilioTestNumbers.isE164(phoneNumber)) {
			throw new IllegalArgumentException("Phone number '" + phoneNumber + "' is not in E.164 format, such as "
					+ "+14155550100");
		}
		synchronized (this.lock) {
			NumberState number = findNumber(phoneNumber);
			if (number == null) {
				number = buyNumber(this.accountSid, phoneNumber);
			}
			number.smsUrl = smsUrl;
			number.voiceUrl = voiceUrl;
			number.dateUpdated = this.clock.instant();
			return number.snapshot();
		}
	}

	/**
	 * Return the phone numbers of all accounts.
	 * @return the phone numbers, oldest first
	 */
	public List<EmulatedPhoneNumber> incomingNumbers() {
		synchronized (this.lock) {
			return this.numbers.values().stream().map(NumberState::snapshot).toList();
		}
	}

	/**
	 * Return every message: sent through the API, answered with TwiML, or received.
	 * @return the messages, oldest first
	 */
	public List<EmulatedMessage> messages() {
		// As an API request does, so that a test that has moved the clock on reads the
		// messages due by then as sent, not as they were before the next periodic check
		sendDueMessages();
		synchronized (this.lock) {
			return this.messages.values().stream().filter((m) -> !m.deleted).map(MessageState::snapshot).toList();
		}
	}

	/**
	 * Return the messages sent to a recipient.
	 * @param to the recipient
	 * @return the outbound messages to the recipient, oldest first
	 */
	public List<EmulatedMessage> messagesTo(String to) {
		return messages().stream()
			.filter((message) -> message.to().equals(to) && message.direction().startsWith("outbound"))
			.toList();
	}

	/**
	 * Return a message.
	 * @param sid the message SID
	 * @return the message, or empty if the emulator has no such message
	 */
	public Optional<EmulatedMessage> message(String sid) {
		sendDueMessages();
		synchronized (this.lock) {
			MessageState message = this.messages.get(sid);
			return (message != null && !message.deleted) ? Optional.of(message.snapshot()) : Optional.empty();
		}
	}

	/**
	 * Return every call: placed through the API or received.
	 * @return the calls, oldest first
	 */
	public List<EmulatedCall> calls() {
		synchronized (this.lock) {
			return this.calls.values().stream().filter((c) -> !c.deleted).map(CallState::snapshot).toList();
		}
	}

	/**
	 * Return a call.
	 * @param sid the call SID
	 * @return the call, or empty if the emulator has no such call
	 */
	public Optional<EmulatedCall> call(String sid) {
		synchronized (this.lock) {
			CallState call = this.calls.get(sid);
			return (call != null && !call.deleted) ? Optional.of(call.snapshot()) : Optional.empty();
		}
	}

	/**
	 * Return every request the emulator made to the application: webhooks, TwiML fetches
	 * and status callbacks, in the order they were sent, whatever the order of the
	 * answers.
	 * @return the requests, oldest first
	 */
	public List<WebhookDelivery> callbacks() {
		synchronized (this.lock) {
			return List.copyOf(this.deliveries.values());
		}
	}

	/**
	 * Return the requests the emulator made about a message, call, recording or
	 * conference.
	 * @param sid the SID of the message, call, recording or conference
	 * @return the requests that carried the SID as {@code MessageSid}, {@code CallSid},
	 * {@code RecordingSid} or {@code ConferenceSid}, oldest first
	 */
	public List<WebhookDelivery> callbacks(String sid) {
		return callbacks().stream()
			.filter((delivery) -> sid.equals(delivery.param("MessageSid")) || sid.equals(delivery.param("CallSid"))
					|| sid.equals(delivery.param("RecordingSid")) || sid.equals(delivery.param("ConferenceSid")))
			.toList();
	}

	/**
	 * Wait until a message to the recipient has been created, through the API or by
	 * TwiML.
	 * @param to the recipient
	 * @param timeout how long to wait
	 * @return the first message to the recipient
	 * @throws AssertionError if no such message is created in time
	 */
	public EmulatedMessage awaitMessageTo(String to, Duration timeout) {
		return await(timeout, () -> messagesTo(to).stream().findFirst(),
				() -> "No message to " + to + " within " + timeout + "; messages: " + describeMessages());
	}

	/**
	 * Wait until a message has reached a status and the status callback for it, if the
	 * message has one, has been answered by the application. The status a message is
	 * created with, such as {@code queued}, has no status callback and is reached at once.
	 * @param sid the message SID
	 * @param status the status, such as {@code delivered}
	 * @param timeout how long to wait
	 * @return the message as it is then
	 * @throws AssertionError if the message does not reach the status in time
	 */
	public EmulatedMessage awaitMessageStatus(String sid, String status, Duration timeout) {
		return await(timeout, () -> {
			synchronized (this.lock) {
				MessageState message = this.messages.get(sid);
				return (message != null && message.reported.contains(status)) ? Optional.of(message.snapshot())
						: Optional.empty();
			}
		}, () -> "Message " + sid + " did not reach status '" + status + "' within " + timeout + "; it is "
				+ message(sid).map(EmulatedMessage::status).orElse("unknown"));
	}

	/**
	 * Wait until a call has reached a status and the status callback for it, if one is
	 * requested, has been answered by the application. A call {@code in-progress} is
	 * awaited until its TwiML waits for the caller, in a {@code <Gather>},
	 * {@code <Record>} or conference, or is done; one removed from its conference, until
	 * the TwiML after its {@code <Dial>} has run so far.
	 * @param sid the call SID
	 * @param status the status, such as {@code completed}
	 * @param timeout how long to wait
	 * @return the call as it is then
	 * @throws AssertionError if the call does not reach the status in time
	 */
	public EmulatedCall awaitCallStatus(String sid, String status, Duration timeout) {
		return await(timeout, () -> {
			synchronized (this.lock) {
				CallState call = this.calls.get(sid);
				if (call == null || !call.reported.contains(status)) {
					return Optional.empty();
				}
				// A call in progress is awaited until its TwiML waits for the caller or is done
				boolean settled = !call.status.equals(status) || call.waitingAt >= 0 || call.conferenceSid != null
						|| !isRunning(call);
				return settled ? Optional.of(call.snapshot()) : Optional.empty();
			}
		}, () -> "Call " + sid + " did not reach status '" + status + "' within " + timeout + "; it is "
				+ call(sid).map(EmulatedCall::status).orElse("unknown"));
	}

	/**
	 * Wait until the participant of a call in a conference has reached a status and the
	 * callbacks of the change, the call's and the conference's, have been answered by the
	 * application. A participant dialed out through the Participants API is
	 * {@code queued}, then {@code connecting} and {@code ringing} with its call,
	 * {@code connected} once it joined, and {@code complete} once it left, or
	 * {@code failed} if its call ended before it joined, such as {@code busy} or
	 * {@code no-answer}; one that joined with {@code <Dial><Conference>} is
	 * {@code connected}, then {@code complete}.
	 * @param callSid the SID of the participant's call
	 * @param status the participant's status, such as {@code connected}
	 * @param timeout how long to wait
	 * @return the participant's call as it is then
	 * @throws AssertionError if the participant does not reach the status in time
	 */
	public EmulatedCall awaitParticipantStatus(String callSid, String status, Duration timeout) {
		return await(timeout, () -> {
			synchronized (this.lock) {
				CallState call = this.calls.get(callSid);
				ParticipantState participant = (call != null) ? call.participant : null;
				return (call != null && participant != null && participant.reported.contains(status))
						? Optional.of(call.snapshot()) : Optional.empty();
			}
		}, () -> "Participant " + callSid + " did not reach status '" + status + "' within " + timeout + "; it is "
				+ participantStatus(callSid));
	}

	private String participantStatus(String callSid) {
		synchronized (this.lock) {
			CallState call = this.calls.get(callSid);
			if (call == null) {
				return "unknown: the emulator has no call " + callSid;
			}
			return (call.participant != null) ? call.participant.status
					: "no participant: call " + callSid + " (" + call.status + ") never joined a conference";
		}
	}

	/**
	 * Simulate an incoming SMS: post a signed webhook to the {@code SmsUrl} of the
	 * recipient number and send the {@code <Message>} replies of the answer.
	 * @param from the sender
	 * @param to the recipient, a number of the emulated account
	 * @param body the text
	 * @return the TwiML the application answered, or, for a number of a suspended
	 * subaccount, which Twilio delivers nothing to, a reply without TwiML whose
	 * {@link TwimlReply#error() error()} says so
	 * @throws IllegalStateException if the recipient is no number of the emulator (a
	 * closed subaccount's numbers are released) or has no SMS URL
	 */
	public TwimlReply receiveSms(String from, String to, String body) {
		return receiveMessage(TwilioWebhookPayloads.inboundSms().from(from).to(to).body(body));
	}

	/**
	 * Simulate an incoming SMS, MMS or WhatsApp message built with
	 * {@link TwilioWebhookPayloads}. Its {@code AccountSid} is replaced with the
	 * number's account.
	 * @param payload the message
	 * @return the TwiML the application answered, or, for a number of a suspended
	 * subaccount, which Twilio delivers nothing to, a reply without TwiML whose
	 * {@link TwimlReply#error() error()} says so
	 * @throws IllegalStateException if the recipient is no number of the emulator (a
	 * closed subaccount's numbers are released) or has no SMS URL
	 */
	public TwimlReply receiveMessage(InboundMessagePayload payload) {
		String to = payload.getTo();
		NumberState number;
		String token;
		MultiValueMap<String, String> params;
		synchronized (this.lock) {
			number = requireNumber(address(to), "SMS", (n) -> n.smsUrl);
			String inactive = inactive(number, "messages");
			if (inactive != null) {
				return TwimlReply.undelivered(Objects.requireNonNull(number.smsUrl), inactive);
			}
			payload.accountSid(number.accountSid);
			token = account(number.accountSid).authToken;
			params = payload.params();
			MessageState inbound = new MessageState(this.clock, payload.getMessageSid(), number.accountSid,
					payload.getFrom(), to, Objects.requireNonNullElse(params.getFirst("Body"), ""), "received",
					"inbound");
			inbound.numSegments = InboundMessagePayload.segments(inbound.body);
			inbound.dateSent = inbound.dateCreated;
			keepMedia(inbound, params);
			this.messages.put(inbound.sid, inbound);
		}
		String smsUrl = Objects.requireNonNull(number.smsUrl);
		WebhookDelivery delivery = deliver(number.smsMethod, smsUrl, params, token);
		TwimlReply reply = TwimlReply.of(delivery, null, null);
		for (TwimlReply.Verb verb : reply.verbs()) {
			if (verb.is("Message")) {
				sendReply(number, payload.getFrom(), to, reply, verb);
			}
		}
		return reply;
	}

	/**
	 * Simulate an incoming call: post a signed webhook to the {@code VoiceUrl} of the
	 * called number and run the TwiML up to the first verb that waits for the caller.
	 * @param from the caller
	 * @param to the called number, a number of the emulated account
	 * @return the TwiML the call waits in or ended with, or, for a number of a suspended
	 * subaccount, which Twilio connects no call to, a reply without TwiML or call whose
	 * {@link TwimlReply#error() error()} says so
	 * @throws IllegalStateException if the called number is no number of the emulator (a
	 * closed subaccount's numbers are released) or has no voice URL
	 */
	public TwimlReply receiveCall(String from, String to) {
		return receiveCall(TwilioWebhookPayloads.inboundCall().from(from).to(to));
	}

	/**
	 * Simulate an incoming call built with {@link TwilioWebhookPayloads}. Its
	 * {@code AccountSid} is replaced with the number's account.
	 * @param payload the call
	 * @return the TwiML the call waits in or ended with, or, for a number of a suspended
	 * subaccount, which Twilio connects no call to, a reply without TwiML or call whose
	 * {@link TwimlReply#error() error()} says so
	 * @throws IllegalStateException if the called number is no number of the emulator (a
	 * closed subaccount's numbers are released) or has no voice URL
	 */
	public TwimlReply receiveCall(InboundCallPayload payload) {
		CallState call;
		NumberState number;
		synchronized (this.lock) {
			number = requireNumber(payload.getTo(), "voice", (n) -> n.voiceUrl);
			String inactive = inactive(number, "calls");
			if (inactive != null) {
				return TwimlReply.undelivered(Objects.requireNonNull(number.voiceUrl), inactive);
			}
			payload.accountSid(number.accountSid);
			call = new CallState(this.clock, payload.getCallSid(), number.accountSid, payload.getFrom(),
					payload.getTo(), "ringing", "inbound");
			call.url = number.voiceUrl;
			call.method = number.voiceMethod;
			call.phoneNumberSid = number.sid;
			call.statusCallback = number.statusCallback;
			call.statusCallbackMethod = number.statusCallbackMethod;
			call.statusCallbackEvents.add("completed");
			this.calls.put(call.sid, call);
		}
		MultiValueMap<String, String> params = payload.params();
		TwimlReply reply = fetch(call, Objects.requireNonNull(number.voiceUrl), number.voiceMethod, params, null);
		synchronized (this.lock) {
			call.status = "in-progress";
			call.startTime = this.clock.instant();
			call.reported.add(call.status);
		}
		return run(call, reply, 0);
	}

	/**
	 * Press keys in the {@code <Gather>} a call waits in: post them as {@code Digits}
	 * to the gather's action and run the TwiML that answers. As with Twilio, the gather
	 * ends at its {@code finishOnKey} ({@code #} unless set), which is left out of
	 * {@code Digits} and sent as {@code FinishedOnKey}, or once it has
	 * {@code numDigits}; later keys are not sent. Empty digits stand for a timeout: the
	 * action is requested only with {@code actionOnEmptyResult="true"}, otherwise the
	 * call goes on with the verbs after the gather, as it does when the first key is
	 * the {@code finishOnKey}.
	 * @param reply the TwiML the call waits in
	 * @param digits the keys, such as {@code "1"} or {@code "1234#"}
	 * @return the TwiML the call waits in or ended with next
	 * @throws IllegalStateException if the call does not wait in a gather of this TwiML,
	 * or keys are pressed in one whose {@code input} is {@code speech} only
	 * @throws IllegalArgumentException if a key is not {@code 0} to {@code 9}, {@code *}
	 * or {@code #}
	 */
	public TwimlReply sendDigits(TwimlReply reply, String digits) {
		requireKeys(digits);
		CallState call = waitingCall(reply, "Gather");
		TwimlReply.Verb gather = reply.verbs().get(call.waitingAt);
		if (!digits.isEmpty()) {
			requireInput(gather, "dtmf");
		}
		int index = call.waitingAt;
		synchronized (this.lock) {
			call.waitingAt = -1;
		}
		String finishOnKey = Objects.requireNonNullElse(gather.attribute("finishOnKey"), "#");
		Integer numDigits = new TwimlReply.Gather(gather).numDigits();
		StringBuilder collected = new StringBuilder();
		String finishedOnKey = "";
		for (int i = 0; i < digits.length() && (numDigits == null || collected.length() < numDigits); i++) {
			char key = digits.charAt(i);
			if (finishOnKey.indexOf(key) >= 0) {
				finishedOnKey = String.valueOf(key);
				break;
			}
			collected.append(key);
		}
		if (collected.isEmpty() && !Boolean.parseBoolean(gather.attribute("actionOnEmptyResult"))) {
			return run(call, reply, index + 1);
		}
		MultiValueMap<String, String> params = forCall(TwilioWebhookPayloads.gatherResult(), call)
			.digits(collected.toString())
			.finishedOnKey(finishedOnKey)
			.params();
		String method = Objects.requireNonNullElse(gather.attribute("method"), "POST");
		return run(call, fetch(call, resolve(reply, gather.attribute("action")), method, params, null), 0);
	}

	/**
	 * Answer the {@code <Gather>} a call waits in by speaking: post the transcription as
	 * {@code SpeechResult} and {@code Confidence} to the gather's action and run the
	 * TwiML that answers.
	 * @param reply the TwiML the call waits in
	 * @param speech what the caller said, as the speech recognition transcribed it
	 * @param confidence the confidence of the transcription, between 0.0 and 1.0
	 * @return the TwiML the call waits in or ended with next
	 * @throws IllegalStateException if the call does not wait in a gather of this TwiML,
	 * or in one whose {@code input} does not include {@code speech}
	 */
	public TwimlReply sendSpeech(TwimlReply reply, String speech, double confidence) {
		CallState call = waitingCall(reply, "Gather");
		TwimlReply.Verb gather = reply.verbs().get(call.waitingAt);
		requireInput(gather, "speech");
		synchronized (this.lock) {
			call.waitingAt = -1;
		}
		MultiValueMap<String, String> params = forCall(TwilioWebhookPayloads.gatherResult(), call)
			.speech(speech, confidence)
			.params();
		String method = Objects.requireNonNullElse(gather.attribute("method"), "POST");
		return run(call, fetch(call, resolve(reply, gather.attribute("action")), method, params, null), 0);
	}

	/**
	 * Check that keys are on a phone's keypad: a digit of another script, such as one
	 * that {@code String.format} writes under an Arabic or Thai default locale, is no key
	 * Twilio could report.
	 */
	private static void requireKeys(String digits) {
		digits.codePoints().filter((key) -> KEYPAD.indexOf(key) < 0).findFirst().ifPresent((key) -> {
			throw new IllegalArgumentException(
					"Keys must be 0 to 9, * or #, but '" + Character.toString(key) + "' was pressed");
		});
	}

	private static void requireInput(TwimlReply.Verb gather, String input) {
		String inputs = new TwimlReply.Gather(gather).input();
		if (!List.of(inputs.trim().split("\\s+")).contains(input)) {
			throw new IllegalStateException("The <Gather input=\"" + inputs + "\"> takes no "
					+ (input.equals("dtmf") ? "keys" : "speech") + ": Twilio ignores them");
		}
	}

	/**
	 * Press keys in the {@code <Gather>} a call waits in.
	 * @param callSid the SID of the call
	 * @param digits the keys, such as {@code "1"}
	 * @return the TwiML the call waits in or ended with next
	 * @throws IllegalStateException if the call does not wait in a gather
	 * @throws IllegalArgumentException if a key is not {@code 0} to {@code 9}, {@code *}
	 * or {@code #}
	 * @see #sendDigits(TwimlReply, String)
	 */
	public TwimlReply sendDigits(String callSid, String digits) {
		TwimlReply reply;
		synchronized (this.lock) {
			CallState call = this.calls.get(callSid);
			if (call == null || call.lastReply == null) {
				throw new IllegalStateException("Call " + callSid + " has not run any TwiML yet");
			}
			reply = call.lastReply;
		}
		return sendDigits(reply, digits);
	}

	/**
	 * End the {@code <Record>} a call waits in as the caller does who stops speaking (the
	 * verb's {@code timeout} of silence, or its {@code maxLength}): post the recording to
	 * the verb's action, without {@code Digits}, then the {@code completed} recording
	 * status callback to its {@code recordingStatusCallback}, if set, and run the TwiML
	 * the action answered.
	 * @param reply the TwiML the call waits in
	 * @return the TwiML the call waits in or ended with next
	 * @throws IllegalStateException if the call does not wait in a record verb of this
	 * TwiML
	 * @see #hangUpDuringRecording(TwimlReply)
	 */
	public TwimlReply finishRecording(TwimlReply reply) {
		CallState call = waitingCall(reply, "Record");
		return run(call, endRecording(call, reply, null), 0);
	}

	/**
	 * End the {@code <Record>} a call waits in as the caller does who presses a key of
	 * the verb's {@code finishOnKey} ({@code 1234567890*#} unless set): post the
	 * recording to the verb's action with the key as {@code Digits}, as Twilio does, then
	 * the {@code completed} recording status callback to its
	 * {@code recordingStatusCallback}, if set, and run the TwiML the action answered.
	 * @param reply the TwiML the call waits in
	 * @param key the key pressed, such as {@code "#"}
	 * @return the TwiML the call waits in or ended with next
	 * @throws IllegalStateException if the call does not wait in a record verb of this
	 * TwiML, or the key is not one of its {@code finishOnKey}, which Twilio ignores
	 * @see #finishRecording(TwimlReply)
	 */
	public TwimlReply finishRecording(TwimlReply reply, String key) {
		CallState call = waitingCall(reply, "Record");
		String finishOnKey = Objects.requireNonNullElse(reply.verbs().get(call.waitingAt).attribute("finishOnKey"),
				"1234567890*#");
		if (key.length() != 1 || finishOnKey.indexOf(key.charAt(0)) < 0) {
			throw new IllegalStateException("The <Record finishOnKey=\"" + finishOnKey + "\"> is not ended by the key '"
					+ key + "': Twilio ignores it and goes on recording");
		}
		return run(call, endRecording(call, reply, key), 0);
	}

	/**
	 * Hang up the call that waits in a {@code <Record>}, as the caller does who hangs up
	 * while recording: post the recording to the verb's action with
	 * {@code Digits=hangup}, as Twilio does, then the {@code completed} recording status
	 * callback to its {@code recordingStatusCallback}, if set, and end the call
	 * {@code completed}. As with Twilio, the TwiML the action answers is not run.
	 * @param reply the TwiML the call waits in
	 * @return the TwiML the action answered, which the call did not run
	 * @throws IllegalStateException if the call does not wait in a record verb of this
	 * TwiML
	 */
	public TwimlReply hangUpDuringRecording(TwimlReply reply) {
		CallState call = waitingCall(reply, "Record");
		TwimlReply ignored = endRecording(call, reply, "hangup");
		synchronized (this.lock) {
			call.lastReply = reply;
		}
		finish(call, "completed");
		return ignored;
	}

	/**
	 * Hang up a call as if the other party did: the call ends {@code completed}.
	 * @param callSid the SID of the call
	 */
	public void hangUp(String callSid) {
		CallState call;
		synchronized (this.lock) {
			call = this.calls.get(callSid);
			if (call == null) {
				throw new IllegalStateException("The emulator has no call " + callSid);
			}
			if (call.isFinished()) {
				return;
			}
		}
		finish(call, "completed");
	}

	/**
	 * Answer the next request with an error instead of serving it.
	 * @param fault the error, and which requests it is for
	 * @see #failNext(int, Fault)
	 */
	public void failNext(Fault fault) {
		failNext(1, fault);
	}

	/**
	 * Answer the next requests that the fault is for with an error instead of serving
	 * them, such as to see an application retry or handle the error. Faults apply in the
	 * order they were added: a request gets the first one that is for it and has
	 * requests left, before the emulator authenticates it. Requests that no fault is for
	 * are served as usual. {@link #reset()} forgets the faults left.
	 * <pre class="code">
	 * emulator.failNext(2, Fault.serviceUnavailable());
	 * emulator.failNext(Fault.tooManyRequests().retryAfter(Duration.ofSeconds(1)).on("POST", "/v2/Services"));
	 * </pre>
	 * @param count how many requests fail, at least 1
	 * @param fault the error, and which requests it is for
	 */
	public void failNext(int count, Fault fault) {
		if (count < 1) {
			throw new IllegalArgumentException("Count must be at least 1, but was " + count);
		}
		synchronized (this.lock) {
			this.faults.add(Map.entry(fault, new AtomicInteger(count)));
		}
	}

	/**
	 * Return how many requests the faults added with {@link #failNext(int, Fault)} are
	 * still to fail.
	 * @return the number of requests, 0 when every fault was answered
	 */
	public int pendingFaults() {
		synchronized (this.lock) {
			return this.faults.stream().mapToInt((fault) -> fault.getValue().get()).sum();
		}
	}

	/**
	 * Give the main account a Verify service with a SID of the test's choosing, such as
	 * the one the application is configured with, so that the application starts and
	 * checks verifications in it without creating it first. A service the account has
	 * with this SID already keeps its verifications and settings and is renamed.
	 * Settings other than the name are changed through the API, as with any service.
	 * @param sid the SID of the service ({@code VA} followed by 32 hex characters)
	 * @param friendlyName the name that the service's text messages give
	 * @throws IllegalArgumentException if the SID is not a Verify service SID, the name
	 * is empty, or another account has a service with this SID
	 */
	public void addVerifyService(String sid, String friendlyName) {
		Assert.notNull(sid, "Verify service SID must not be null");
		if (!VERIFY_SERVICE_SID.matcher(sid).matches()) {
			throw new IllegalArgumentException("Verify service SID '" + sid
					+ "' is not 'VA' followed by 32 hexadecimal digits, such as VA" + "0".repeat(32));
		}
		Assert.hasText(friendlyName, "Verify service friendly name must not be empty");
		synchronized (this.lock) {
			VerifyServiceState service = this.verifyServices.get(sid);
			if (service == null) {
				service = new VerifyServiceState(this.clock, sid, this.accountSid);
				this.verifyServices.put(sid, service);
			}
			else if (!service.accountSid.equals(this.accountSid)) {
				throw new IllegalArgumentException(
						"Verify service " + sid + " belongs to subaccount " + service.accountSid);
			}
			else {
				service.dateUpdated = this.clock.instant();
			}
			service.settings.put("FriendlyName", friendlyName);
		}
	}

	/**
	 * Return the code of the latest verification started for a recipient in any Verify
	 * service, as the user would read it in the text message, call, email or WhatsApp
	 * message, whatever its status is now.
	 * @param to the phone number or email address the verification was sent to
	 * @return the code, or empty if no verification was started for the recipient
	 */
	public Optional<String> verificationCode(String to) {
		synchronized (this.lock) {
			return latestVerification(to).map((verification) -> verification.code);
		}
	}

	/**
	 * Return the latest verification started for a recipient in any Verify service,
	 * whatever its status is now, such as to find the SID of a verification the
	 * application started, or to see the channel and parameters it was sent with.
	 * @param to the phone number or email address the verification was sent to
	 * @return the verification, or empty if no verification was started for the recipient
	 */
	public Optional<EmulatedVerification> verification(String to) {
		synchronized (this.lock) {
			return latestVerification(to).map(VerificationState::snapshot);
		}
	}

	/**
	 * Return the verification last started for a recipient, the verifications being kept
	 * in the order they were started. Called with the lock held.
	 */
	private Optional<VerificationState> latestVerification(String to) {
		VerificationState latest = null;
		for (VerificationState verification : this.verifications.values()) {
			if (verification.to.equals(to)) {
				latest = verification;
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * Let a pending verification expire now, as it does ten minutes after it was
	 * started by the emulator's {@linkplain Builder#clock(java.time.Clock) clock}: it
	 * becomes {@code expired}, its code can no longer be checked, and, as Twilio deletes
	 * it then, fetching it answers 404.
	 * @param verificationSid the SID of the verification ({@code VE...})
	 * @throws IllegalArgumentException if the emulator has no such verification
	 * @throws IllegalStateException if the verification is not pending
	 */
	public void expireVerification(String verificationSid) {
		synchronized (this.lock) {
			VerificationState verification = this.verifications.get(verificationSid);
			if (verification == null) {
				throw new IllegalArgumentException("The emulator has no verification " + verificationSid);
			}
			if (!verification.status.equals("pending")) {
				throw new IllegalStateException("Verification " + verificationSid + " is " + verification.status
						+ "; only a pending verification can expire");
			}
			verification.status("expired");
		}
	}

	/**
	 * Forget all messages, calls, conferences, recordings, phone numbers, subaccounts,
	 * callbacks, Verify services and verifications, the line types set, and the faults not
	 * answered yet, as after a fresh start. The main account's credentials and the port
	 * stay the same.
	 */
	public void reset() {
		synchronized (this.lock) {
			// Work still running for what is forgotten stops, and what it delivers is not kept
			this.epoch++;
			this.messages.values().forEach((message) -> message.deleted = true);
			this.calls.values().forEach((call) -> call.deleted = true);
			this.messages.clear();
			this.scheduled.clear();
			this.calls.clear();
			this.numbers.clear();
			this.recordings.clear();
			this.conferences.clear();
			this.files.clear();
			this.deliveries.clear();
			this.verifyServices.clear();
			this.verifications.clear();
			this.lineTypes.clear();
			this.faults.clear();
			this.balance = new BigDecimal("100.00");
			resetAccounts();
			this.lock.notifyAll();
		}
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.server.stop(0);
		this.serverExecutor.shutdownNow();
		List<TwilioClient> clients;
		synchronized (this.clients) {
			clients = new ArrayList<>(this.clients);
			this.clients.clear();
		}
		clients.forEach(TwilioClient::close);
		logger.debug("Twilio emulator on port " + port() + " stopped");
	}

	@Override
	public String toString() {
		return "TwilioEmulator[baseUrl=" + baseUrl() + ", accountSid=" + this.accountSid + "]";
	}

	// Package-private operations for the API handler; callers hold no lock

	Object lock() {
		return this.lock;
	}

	Map<String, AccountState> accounts() {
		return this.accounts;
	}

	/**
	 * Send the scheduled messages that are due, logging rather than throwing a failure,
	 * which would end the periodic check.
	 */
	private void checkDueMessages() {
		try {
			sendDueMessages();
			this.dueCheckFailure = null;
		}
		catch (RuntimeException ex) {
			// A clock that fails fails every check: its stack trace ten times a second
			// would bury the test's own output
			String failure = ex.getClass().getName() + ": " + ex.getMessage();
			if (!failure.equals(this.dueCheckFailure)) {
				this.dueCheckFailure = failure;
				logger.warn("Twilio emulator could not send the scheduled messages that are due; it tries again every "
						+ DUE_CHECK_MILLIS + " milliseconds and logs again when the failure changes", ex);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug("Twilio emulator could not send the scheduled messages that are due: " + failure);
			}
		}
	}

	/**
	 * Return the clock the emulator reads the time from.
	 */
	EmulatorClock clock() {
		return this.clock;
	}

	Map<String, MessageState> messageStates() {
		return this.messages;
	}

	Map<String, CallState> callStates() {
		return this.calls;
	}

	Map<String, NumberState> numberStates() {
		return this.numbers;
	}

	Map<String, RecordingState> recordingStates() {
		return this.recordings;
	}

	Map<String, ConferenceState> conferenceStates() {
		return this.conferences;
	}

	Map<String, FileState> fileStates() {
		return this.files;
	}

	Map<String, VerifyServiceState> verifyServiceStates() {
		return this.verifyServices;
	}

	Map<String, VerificationState> verificationStates() {
		return this.verifications;
	}

	@Nullable String lineTypeOf(String phoneNumber) {
		synchronized (this.lock) {
			return this.lineTypes.get(phoneNumber);
		}
	}

	/**
	 * Take the fault that a request gets, if any, counting the request.
	 */
	@Nullable Fault takeFault(String method, String path) {
		synchronized (this.lock) {
			for (Map.Entry<Fault, AtomicInteger> fault : this.faults) {
				if (fault.getKey().matches(method, path)) {
					if (fault.getValue().decrementAndGet() == 0) {
						this.faults.remove(fault);
					}
					return fault.getKey();
				}
			}
			return null;
		}
	}

	/**
	 * Send the text message of a verification to its recipient, as Verify does: from
	 * Twilio's own account, with the body of Verify's default template.
	 */
	void sendVerificationSms(VerificationState verification, String serviceName) {
		MessageState message;
		synchronized (this.lock) {
			String body = "Your " + serviceName + " verification code is: " + verification.code;
			message = new MessageState(this.clock, TwilioSids.next(TwilioSids.MESSAGE), this.verifyAccountSid,
					TwilioTestNumbers.VALID, verification.to, body, "queued", "outbound-api");
			message.numSegments = InboundMessagePayload.segments(body);
			this.messages.put(message.sid, message);
			this.lock.notifyAll();
		}
		startMessage(message);
	}

	BigDecimal balance() {
		return this.balance;
	}

	AccountState account(String sid) {
		AccountState account = this.accounts.get(sid);
		if (account == null) {
			throw new IllegalStateException("Unknown account " + sid);
		}
		return account;
	}

	@Nullable NumberState findNumber(String phoneNumber) {
		return this.numbers.values().stream().filter((n) -> n.phoneNumber.equals(phoneNumber)).findFirst().orElse(null);
	}

	NumberState buyNumber(String accountSid, String phoneNumber) {
		NumberState number = new NumberState(this.clock, TwilioSids.next(TwilioSids.PHONE_NUMBER), accountSid,
				phoneNumber, ApiJson.formatted(phoneNumber));
		this.numbers.put(number.sid, number);
		return number;
	}

	void startMessage(MessageState message) {
		// The status as created, which has no status callback: a test may have sent a
		// scheduled message already, and then its status is another
		String status;
		synchronized (this.lock) {
			status = message.reported.get(0);
		}
		if (status.equals("scheduled")) {
			return;
		}
		List<String> steps = new ArrayList<>();
		if (status.equals("accepted")) {
			steps.add("queued");
		}
		sendSteps(message, steps);
	}

	private void sendSteps(MessageState message, List<String> steps) {
		String to = address(message.to);
		boolean refused;
		synchronized (this.lock) {
			// As Twilio's error 30002: a message it took, such as one scheduled, while its
			// account was active is not sent once the account is suspended or closed
			AccountState account = this.accounts.get(message.accountSid);
			if (account != null && !account.status.equals("active")) {
				refused = true;
				message.errorCode = 30002;
				message.errorMessage = "Account suspended";
			}
			else {
				refused = isOutsideWhatsAppSession(message);
				if (refused) {
					message.errorCode = TwilioErrorCodes.WHATSAPP_OUTSIDE_SESSION_WINDOW;
					message.errorMessage = "Failed to send freeform message because you are outside the allowed "
							+ "window. If you are using WhatsApp, please use a Message Template.";
				}
			}
		}
		if (refused || to.equals(TwilioTestNumbers.FAILING)) {
			steps.add("failed");
		}
		else {
			steps.add("sent");
			steps.add(to.equals(TwilioTestNumbers.UNDELIVERABLE) ? "undelivered" : "delivered");
		}
		scheduleStep(message, steps, 0);
	}

	/**
	 * Send a scheduled message now, as Twilio does at its {@code SendAt}: it becomes
	 * {@code queued} and then goes through the lifecycle of any other message, with a
	 * status callback for each step. The emulator also sends a scheduled message by
	 * itself once its {@linkplain Builder#clock(java.time.Clock) clock} reaches the
	 * message's {@code SendAt}; this sends it before then.
	 * @param sid the SID of a message created with {@code ScheduleType=fixed}
	 * @return the message, {@code queued}
	 * @throws IllegalArgumentException if the emulator has no such message
	 * @throws IllegalStateException if the message is not {@code scheduled}, for
	 * example because it was canceled or already sent
	 */
	public EmulatedMessage sendScheduled(String sid) {
		MessageState message;
		EmulatedMessage queued;
		synchronized (this.lock) {
			message = this.messages.get(sid);
			if (message == null || message.deleted) {
				throw new IllegalArgumentException("The emulator has no message " + sid);
			}
			if (!message.status.equals("scheduled")) {
				throw new IllegalStateException("Message " + sid + " is " + message.status
						+ "; only a scheduled message can be sent");
			}
			unschedule(message);
			message.status("queued");
			assignSender(message);
			queued = message.snapshot();
		}
		sendQueued(message);
		return queued;
	}

	/**
	 * Send the scheduled messages whose {@code SendAt} the clock has reached, as Twilio
	 * does, before an API request is answered, before a test reads the messages, and
	 * every {@value #DUE_CHECK_MILLIS} milliseconds, so that a test that moves its clock
	 * on finds them sent by the next request or look and can await their status.
	 */
	void sendDueMessages() {
		List<MessageState> due = new ArrayList<>();
		synchronized (this.lock) {
			if (this.scheduled.isEmpty()) {
				return;
			}
			// In the order of their SendAt, as Twilio sent them, however the clock jumped
			NavigableMap<Instant, Set<MessageState>> reached = this.scheduled.headMap(this.clock.instant(), true);
			for (Set<MessageState> messages : reached.values()) {
				for (MessageState message : messages) {
					if (!message.deleted && message.status.equals("scheduled")) {
						message.status("queued");
						assignSender(message);
						due.add(message);
					}
				}
			}
			reached.clear();
		}
		due.forEach(this::sendQueued);
	}

	/**
	 * Keep a message created {@code scheduled} until its {@code SendAt} is due; the
	 * caller holds the lock.
	 */
	void schedule(MessageState message) {
		Instant sendAt = Objects.requireNonNull(message.sendAt);
		this.scheduled.computeIfAbsent(sendAt, (time) -> new LinkedHashSet<>()).add(message);
	}

	/**
	 * Forget a scheduled message that is canceled, deleted or sent before its
	 * {@code SendAt}; the caller holds the lock.
	 */
	void unschedule(MessageState message) {
		Instant sendAt = message.sendAt;
		Set<MessageState> messages = (sendAt != null) ? this.scheduled.get(sendAt) : null;
		if (messages != null && messages.remove(message) && messages.isEmpty()) {
			this.scheduled.remove(sendAt);
		}
	}

	private void sendQueued(MessageState message) {
		this.scheduler.execute(() -> report(message, "queued"));
		sendSteps(message, new ArrayList<>());
	}

	/**
	 * The time a message is sent at: the clock's, except for a scheduled message whose
	 * {@code SendAt} the clock has gone past, as a test that moves its clock on by more
	 * than the time to it does, which Twilio sent at its {@code SendAt}.
	 */
	private static Instant sentAsOf(MessageState message, Instant now) {
		Instant sendAt = message.sendAt;
		return (sendAt != null && sendAt.isBefore(now)) ? sendAt : now;
	}

	/**
	 * Whether a message is a free-form WhatsApp message, one without {@code ContentSid},
	 * to a user who has sent no message to the sender in the last 24 hours, which
	 * WhatsApp accepts only as a template. Without a sender, as through a messaging
	 * service, a message from the user to any of the account's senders counts.
	 */
	private boolean isOutsideWhatsAppSession(MessageState message) {
		if (!isWhatsApp(message.to) || message.direction.equals("inbound") || message.parameters
			.getOrDefault("ContentSid", List.of())
			.stream()
			.anyMatch((contentSid) -> !contentSid.isBlank())) {
			return false;
		}
		String user = address(message.to);
		Instant opened = sentAsOf(message, this.clock.instant()).minus(WHATSAPP_SESSION);
		// A scheduled message has the service's sender already when it is sent
		String sender = isSenderOfAMessagingService(message) ? null : message.from;
		return this.messages.values()
			.stream()
			.noneMatch((inbound) -> inbound.direction.equals("inbound")
					&& inbound.accountSid.equals(message.accountSid) && inbound.from != null
					&& isWhatsApp(inbound.from) && address(inbound.from).equals(user)
					&& (sender == null || address(inbound.to).equals(address(sender)))
					&& inbound.dateCreated.isAfter(opened));
	}

	/**
	 * Whether a message's sender is one its messaging service picked, rather than one the
	 * request that created it named.
	 */
	private static boolean isSenderOfAMessagingService(MessageState message) {
		return message.messagingServiceSid != null && message.parameters.getOrDefault("From", List.of())
			.stream()
			.allMatch((from) -> from.isBlank() || isMessagingServiceSid(from));
	}

	/**
	 * Let the recipient read a delivered WhatsApp message, as Twilio reports it when the
	 * recipient has read receipts on: the message becomes {@code read}, with a status
	 * callback. The emulator never reads a message on its own, as a recipient may never
	 * open it.
	 * @param sid the SID of an outgoing WhatsApp message
	 * @return the message, {@code read}
	 * @throws IllegalArgumentException if the emulator has no such message
	 * @throws IllegalStateException if the message is no outgoing WhatsApp message, or is
	 * not {@code delivered}
	 */
	public EmulatedMessage readMessage(String sid) {
		MessageState message;
		EmulatedMessage read;
		synchronized (this.lock) {
			message = this.messages.get(sid);
			if (message == null || message.deleted) {
				throw new IllegalArgumentException("The emulator has no message " + sid);
			}
			if (message.direction.equals("inbound") || !isWhatsApp(message.to)) {
				throw new IllegalStateException("Message " + sid + " to " + message.to
						+ " has no read receipt: Twilio reports one for outgoing WhatsApp messages only");
			}
			if (!message.status.equals("delivered")) {
				throw new IllegalStateException("Message " + sid + " is " + message.status
						+ "; only a delivered message can be read: await its 'delivered' status first");
			}
			message.status("read");
			read = message.snapshot();
		}
		// The lifecycle's thread, after the callback of 'delivered' that it may still be posting
		this.scheduler.execute(() -> report(message, "read"));
		return read;
	}

	void cancelMessage(MessageState message) {
		this.scheduler.execute(() -> report(message, "canceled"));
	}

	void startCall(CallState call) {
		this.scheduler.execute(() -> {
			if (!advance(call, "initiated", "initiated")) {
				return;
			}
			pause();
			if (!advance(call, "ringing", "ringing")) {
				return;
			}
			pause();
			if (call.forcedOutcome != null) {
				finish(call, call.forcedOutcome);
				return;
			}
			synchronized (this.lock) {
				// A person answers every call of the emulator
				call.answeredBy = (call.machineDetection != null) ? "human" : null;
				call.recordingSid = call.record ? TwilioSids.next(TwilioSids.RECORDING) : null;
			}
			if (!advance(call, "in-progress", "answered")) {
				return;
			}
			reportRecording(call, "in-progress", null);
			ParticipantState dialedOut;
			synchronized (this.lock) {
				dialedOut = (call.participant != null && call.participant.isDialedOut()) ? call.participant : null;
			}
			if (dialedOut != null) {
				joinDialedOut(call, dialedOut);
				return;
			}
			TwimlReply reply;
			if (call.twiml != null) {
				reply = new TwimlReply("", 200, call.twiml, call.sid, null);
				synchronized (this.lock) {
					call.lastReply = reply;
				}
			}
			else {
				reply = fetch(call, Objects.requireNonNull(call.url), call.method, callParams(call, "in-progress"),
						null);
			}
			reportMachineDetection(call);
			run(call, reply, 0);
		});
	}

	void redirectCall(CallState call) {
		this.scheduler.execute(() -> {
			// A call redirected out of a conference leaves it, without going on after its <Dial>
			leaveConference(call, false, UPDATED_VIA_API);
			synchronized (this.lock) {
				call.waitingAt = -1;
			}
			TwimlReply reply = (call.twiml != null) ? new TwimlReply("", 200, call.twiml, call.sid, null)
					: fetch(call, Objects.requireNonNull(call.url), call.method, callParams(call, "in-progress"), null);
			run(call, reply, 0);
		});
	}

	/**
	 * End a call at once, as an API update does: a call that is still ringing stops
	 * before its {@code Url} is fetched, as the lifecycle checks the status between its
	 * steps. The status callback follows on the lifecycle thread, after those of the
	 * steps the call already took.
	 */
	void endCall(CallState call, String status) {
		if (end(call, status)) {
			this.scheduler.execute(() -> reportEnd(call, status));
		}
	}

	/**
	 * Whether a string is a messaging service SID as Twilio writes one: {@code MG} and 32
	 * hexadecimal digits, the rule the client's {@code MessageCreateRequest} applies to a
	 * sender too.
	 */
	static boolean isMessagingServiceSid(String sid) {
		return MESSAGING_SERVICE_SID.matcher(sid).matches();
	}

	static boolean isWhatsApp(String address) {
		return address.regionMatches(true, 0, "whatsapp:", 0, 9);
	}

	static String address(String channelAddress) {
		int colon = channelAddress.indexOf(':');
		return (colon >= 0) ? channelAddress.substring(colon + 1) : channelAddress;
	}

	private void scheduleStep(MessageState message, List<String> steps, int index) {
		if (index >= steps.size()) {
			return;
		}
		this.scheduler.schedule(() -> {
			String status = steps.get(index);
			synchronized (this.lock) {
				if (message.deleted || message.status.equals("canceled")) {
					return;
				}
				message.status(status);
				if (status.equals("sent")) {
					message.dateSent = sentAsOf(message, message.dateUpdated);
					message.price = "-0.00790";
				}
				if (status.equals("failed") && message.errorCode == null) {
					message.errorCode = 30008;
					message.errorMessage = "Unknown error";
				}
				if (status.equals("undelivered")) {
					message.errorCode = 30003;
					message.errorMessage = "Unreachable destination handset";
				}
				if (status.equals("queued")) {
					assignSender(message);
				}
			}
			report(message, status);
			scheduleStep(message, steps, index + 1);
		}, this.stepDelay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Give a message sent through a messaging service its sender once it is queued, as
	 * the service's number pool does, and with the sender its segments. The sender is on
	 * the recipient's channel, such as {@code whatsapp:}, as Twilio sends from the
	 * service's sender of that channel.
	 */
	private static void assignSender(MessageState message) {
		if (message.from == null) {
			message.from = isWhatsApp(message.to) ? "whatsapp:" + TwilioTestNumbers.VALID : TwilioTestNumbers.VALID;
			message.numSegments = InboundMessagePayload.segments(message.body);
		}
	}

	private void report(MessageState message, String status) {
		String callback;
		String method;
		MessageStatusPayload payload;
		String token;
		synchronized (this.lock) {
			if (message.deleted) {
				return;
			}
			callback = message.statusCallback;
			method = message.statusCallbackMethod;
			// A message of Verify has no callback, and its account is not one of the emulator's
			token = (callback != null) ? account(message.accountSid).authToken : "";
			payload = TwilioWebhookPayloads.messageStatus()
				.accountSid(message.accountSid)
				.messageSid(message.sid)
				.status(status)
				.to(message.to);
			if (message.from != null) {
				payload.from(message.from);
			}
			else {
				payload.remove("From");
			}
			if (message.messagingServiceSid != null) {
				payload.messagingServiceSid(message.messagingServiceSid);
			}
			if (message.errorCode != null && (status.equals("failed") || status.equals("undelivered"))) {
				payload.errorCode(message.errorCode);
			}
			// A carrier's delivery receipt comes with an SMS or MMS, not a message of another
			// channel, such as WhatsApp
			if ((status.equals("delivered") || status.equals("undelivered")) && !message.to.contains(":")) {
				payload.rawDlrDoneDate(DLR_DONE_DATE.format(this.clock.instant()));
			}
			if (isWhatsApp(message.to)) {
				payload.param("ChannelPrefix", "whatsapp");
				if (status.equals("read")) {
					payload.param("EventType", "READ");
				}
			}
		}
		if (callback != null) {
			deliver(method, callback, payload.params(), token);
		}
		synchronized (this.lock) {
			message.reported.add(status);
			this.lock.notifyAll();
		}
	}

	/**
	 * Keep the media of a received message, which Twilio hosts: media URLs of Twilio's
	 * API are moved to the emulator, which serves them, so that an application that
	 * downloads them stays offline. Other media URLs are kept as given.
	 */
	private void keepMedia(MessageState message, MultiValueMap<String, String> params) {
		for (int i = 0;; i++) {
			String url = params.getFirst("MediaUrl" + i);
			if (url == null) {
				return;
			}
			Matcher hosted = TWILIO_MEDIA_URL.matcher(url);
			String sid;
			if (hosted.matches()) {
				sid = hosted.group(2);
				url = baseUrl() + hosted.group(1);
				params.set("MediaUrl" + i, url);
			}
			else {
				sid = TwilioSids.next(TwilioSids.MEDIA);
			}
			String contentType = Objects.requireNonNullElse(params.getFirst("MediaContentType" + i),
					"application/octet-stream");
			message.media.add(new MediaState(this.clock, sid, url, contentType));
		}
	}

	private void sendReply(NumberState number, String sender, String recipient, TwimlReply reply,
			TwimlReply.Verb verb) {
		MessageState message;
		synchronized (this.lock) {
			String to = Objects.requireNonNullElse(verb.attribute("to"), sender);
			// Twilio answers on the channel the message came in on, such as whatsapp:
			String from = Objects.requireNonNullElse(verb.attribute("from"), recipient);
			List<String> media = verb.children().stream().filter((child) -> child.is("Media")).map(TwimlReply.Verb::text)
				.toList();
			String sid = TwilioSids.next(media.isEmpty() ? TwilioSids.MESSAGE : TwilioSids.MMS_MESSAGE);
			message = new MessageState(this.clock, sid, number.accountSid, from, to, TwimlReply.messageBody(verb),
					"queued", "outbound-reply");
			for (String url : media) {
				message.media.add(new MediaState(this.clock, TwilioSids.next(TwilioSids.MEDIA), url,
						ApiHandler.contentType(url)));
			}
			message.numSegments = InboundMessagePayload.segments(message.body);
			String callback = (verb.attribute("statusCallback") != null) ? verb.attribute("statusCallback")
					: verb.attribute("action");
			// Relative to the webhook that answered, as Twilio resolves it
			message.statusCallback = (callback != null && !callback.isBlank()) ? resolve(reply, callback) : null;
			message.statusCallbackMethod = Objects.requireNonNullElse(verb.attribute("method"), "POST");
			this.messages.put(sid, message);
			this.lock.notifyAll();
		}
		startMessage(message);
	}

	private boolean advance(CallState call, String status, String event) {
		ParticipantState participant;
		String shown = switch (status) {
			case "initiated" -> "connecting";
			case "ringing" -> "ringing";
			default -> null;
		};
		synchronized (this.lock) {
			if (call.deleted || call.isFinished()) {
				return false;
			}
			call.status = status;
			call.dateUpdated = this.clock.instant();
			if (status.equals("in-progress")) {
				call.startTime = call.dateUpdated;
			}
			// A participant dialed out through the API shows its call's progress until it joins
			participant = (call.participant != null && call.participant.isDialedOut()) ? call.participant : null;
			if (participant != null && shown != null) {
				participant.status(shown);
			}
			else {
				participant = null;
			}
			this.lock.notifyAll();
		}
		reportCall(call, status, event);
		synchronized (this.lock) {
			call.reported.add(status);
			if (participant != null) {
				participant.reported.add(shown);
			}
			this.lock.notifyAll();
		}
		return true;
	}

	private void finish(CallState call, String status) {
		if (end(call, status)) {
			reportEnd(call, status);
		}
	}

	private boolean end(CallState call, String status) {
		synchronized (this.lock) {
			if (call.deleted || call.isFinished()) {
				return false;
			}
			call.status = status;
			call.waitingAt = -1;
			call.endTime = this.clock.instant();
			call.dateUpdated = call.endTime;
			if (call.startTime != null) {
				call.duration = (int) Math.max(1, Duration.between(call.startTime, call.endTime).toSeconds());
			}
			else {
				call.duration = 0;
			}
			return true;
		}
	}

	private void reportEnd(CallState call, String status) {
		leaveConference(call, false, "participant_hung_up");
		List<ConferenceEvent> addFailed = new ArrayList<>();
		synchronized (this.lock) {
			failDialOut(call, addFailed);
		}
		deliver(addFailed);
		RecordingState recording = null;
		synchronized (this.lock) {
			if (call.recordingSid != null && call.startTime != null && !call.deleted) {
				recording = new RecordingState(this.clock, call.recordingSid, call.accountSid, call.sid,
						Objects.requireNonNullElse(call.duration, 1));
				recording.source = "OutboundAPI";
				recording.channels = call.recordingChannels;
				this.recordings.put(recording.sid, recording);
			}
		}
		reportCall(call, status, "completed", recording);
		if (recording != null) {
			reportRecording(call, "completed", recording.duration);
		}
		synchronized (this.lock) {
			call.reported.add(status);
			ParticipantState participant = call.participant;
			if (participant != null && participant.status.equals("failed")
					&& !participant.reported.contains("failed")) {
				participant.reported.add("failed");
			}
			this.lock.notifyAll();
		}
	}

	/**
	 * Mark the participant that a call was dialed out as {@code failed} if the call ends
	 * before it joins its conference, as one that is busy or not answered does, and
	 * forget the conference if the call was all it had: nobody ever joined it.
	 * @param events where to add the {@code participant-leave} that Twilio posts for a
	 * participant it could not add, with the status its call ended with, as for one the
	 * API removed while it was dialed, whose call was canceled
	 */
	private void failDialOut(CallState call, List<ConferenceEvent> events) {
		synchronized (this.lock) {
			ParticipantState participant = call.participant;
			if (participant == null || !participant.isDialedOut()) {
				return;
			}
			if (!participant.isBeingDialed()) {
				return;
			}
			participant.status("failed");
			ConferenceState conference = this.conferences.get(participant.conferenceSid);
			if (conference != null && conference.dialing.remove(call.sid) != null) {
				conferenceEvent(conference, "leave", "participant-leave", participant, events,
						"participant_add_failed", call.status);
				if (conference.status.equals("init") && conference.participants.isEmpty()
						&& conference.dialing.isEmpty()) {
					this.conferences.remove(conference.sid);
				}
			}
		}
	}

	private void reportCall(CallState call, String status, String event) {
		reportCall(call, status, event, null);
	}

	private void reportCall(CallState call, String status, String event, @Nullable RecordingState recording) {
		String callback;
		String method;
		CallStatusPayload payload;
		String token;
		synchronized (this.lock) {
			if (call.deleted || call.statusCallback == null || !call.statusCallbackEvents.contains(event)) {
				return;
			}
			callback = call.statusCallback;
			method = call.statusCallbackMethod;
			token = account(call.accountSid).authToken;
			payload = forCall(TwilioWebhookPayloads.callStatus(), call).callStatus(status)
				.timestamp(Objects.requireNonNull(ApiJson.date(this.clock.instant())))
				.callDuration(call.duration)
				.sequenceNumber(call.sequenceNumber++);
			if (call.answeredBy != null) {
				payload.param("AnsweredBy", call.answeredBy);
			}
			if (recording != null) {
				payload.param("RecordingUrl", recordingUrl(recording.accountSid, recording.sid))
					.param("RecordingSid", recording.sid)
					.param("RecordingDuration", String.valueOf(recording.duration));
			}
		}
		deliver(method, callback, payload.params(), token);
	}

	private String recordingUrl(String accountSid, String recordingSid) {
		return baseUrl() + "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid;
	}

	/**
	 * Post an event of the recording that a call made with {@code Record=true} leaves,
	 * if the call asked for it: {@code in-progress} when it is answered, without a length,
	 * and {@code completed} with the recording's length.
	 * @param duration the recording's length in seconds; {@code null} while it goes on
	 */
	private void reportRecording(CallState call, String event, @Nullable Integer duration) {
		String callback;
		String recordingSid;
		String token;
		Instant startTime;
		synchronized (this.lock) {
			if (call.recordingSid == null || call.recordingStatusCallback == null
					|| !call.recordingStatusCallbackEvents.contains(event)) {
				return;
			}
			callback = call.recordingStatusCallback;
			recordingSid = call.recordingSid;
			token = account(call.accountSid).authToken;
			// The recording starts as the call is answered
			startTime = (call.startTime != null) ? call.startTime : this.clock.instant();
		}
		RecordingStatusPayload payload = TwilioWebhookPayloads.recordingStatus()
			.startTime(Objects.requireNonNull(ApiJson.date(startTime)))
			.accountSid(call.accountSid)
			.callSid(call.sid)
			.recordingSid(recordingSid)
			.url(recordingUrl(call.accountSid, recordingSid))
			.status(event)
			.source("OutboundAPI")
			.channels(call.recordingChannels)
			.track(call.recordingTrack);
		if (duration != null) {
			payload.duration(duration);
		}
		MultiValueMap<String, String> params = payload.params();
		if (duration == null) {
			params.remove("RecordingDuration");
		}
		deliver(call.recordingStatusCallbackMethod, callback, params, token);
	}

	/**
	 * Post the result of asynchronous machine detection to the call's
	 * {@code AsyncAmdStatusCallback}: a person answered.
	 */
	private void reportMachineDetection(CallState call) {
		String callback;
		String token;
		synchronized (this.lock) {
			if (call.deleted || call.answeredBy == null || !call.asyncAmd || call.asyncAmdStatusCallback == null) {
				return;
			}
			callback = call.asyncAmdStatusCallback;
			token = account(call.accountSid).authToken;
		}
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("AccountSid", call.accountSid);
		params.add("CallSid", call.sid);
		params.add("AnsweredBy", call.answeredBy);
		params.add("MachineDetectionDuration", String.valueOf(MACHINE_DETECTION_MILLIS));
		deliver(call.asyncAmdStatusCallbackMethod, callback, params, token);
	}

	private TwimlReply run(CallState call, TwimlReply reply, int from) {
		TwimlReply current = reply;
		int index = from;
		for (int hops = 0; hops < 20; hops++) {
			synchronized (this.lock) {
				call.lastReply = current;
				if (call.deleted || call.isFinished()) {
					return current;
				}
			}
			if (current.error() != null) {
				finish(call, "completed");
				return current;
			}
			List<TwimlReply.Verb> verbs = current.verbs();
			TwimlReply next = null;
			while (index < verbs.size() && next == null) {
				TwimlReply.Verb verb = verbs.get(index);
				if (verb.is("Gather") || verb.is("Record")) {
					synchronized (this.lock) {
						call.waitingAt = index;
						this.lock.notifyAll();
					}
					return current;
				}
				if (verb.is("Hangup") || verb.is("Reject")) {
					finish(call, verb.is("Reject") ? "busy" : "completed");
					return current;
				}
				if (verb.is("Redirect")) {
					String method = Objects.requireNonNullElse(verb.attribute("method"), "POST");
					next = fetch(call, resolve(current, verb.text()), method, callParams(call, "in-progress"), current);
				}
				else if (verb.is("Dial")) {
					TwimlReply.Verb conference = conferenceNoun(verb);
					MultiValueMap<String, String> params = dialResult(call, verb);
					if (conference != null) {
						if (joinConference(call, current, index, conference)) {
							return current;
						}
						params.set("DialCallStatus", "failed");
						params.remove("DialCallDuration");
					}
					else {
						dialLegs(call, current, verb, params);
					}
					if (verb.attribute("action") != null) {
						String method = Objects.requireNonNullElse(verb.attribute("method"), "POST");
						next = fetch(call, resolve(current, verb.attribute("action")), method, params, current);
					}
				}
				index++;
			}
			if (next == null) {
				finish(call, "completed");
				return current;
			}
			current = next;
			index = 0;
		}
		finish(call, "completed");
		return current;
	}

	private static TwimlReply.@Nullable Verb conferenceNoun(TwimlReply.Verb dial) {
		return dial.children().stream().filter((noun) -> noun.is("Conference")).findFirst().orElse(null);
	}

	/**
	 * Let a call join the conference a {@code <Conference>} noun names, creating it if
	 * none of that name is going on, and wait in it: the call goes on after its
	 * {@code <Dial>} when it is removed or the conference ends.
	 * @return whether the call joined the conference or is done, {@code false} if the
	 * {@code <Dial>} failed instead, as one whose {@code coach} names a call that is not
	 * connected to the conference does, or one into a conference that is full
	 */
	private boolean joinConference(CallState call, TwimlReply reply, int index, TwimlReply.Verb noun) {
		List<ConferenceEvent> events = new ArrayList<>();
		ParticipantState participant;
		synchronized (this.lock) {
			if (call.deleted || call.isFinished()) {
				return true;
			}
			String coach = noun.attribute("coach");
			if (coach != null && !coach.isBlank()) {
				ConferenceState coached = conferenceGoingOn(call.accountSid, noun.text());
				if (coached == null || !coached.participants.containsKey(coach)) {
					// Twilio's error 13240: the dial fails and the call goes on after it
					logger.warn("Call " + call.sid + " does not join conference '" + noun.text() + "': its coach "
							+ coach + " is not a call connected to the conference (Twilio error 13240)");
					return false;
				}
			}
			ConferenceState full = conferenceGoingOn(call.accountSid, noun.text());
			if (full != null && full.isFull()) {
				// Twilio's error 16020: the dial fails and the call goes on after it
				logger.warn("Call " + call.sid + " does not join conference '" + noun.text() + "': it is full, with "
						+ full.maxParticipants + " participants (Twilio error 16020)");
				return false;
			}
			ConferenceState conference = conferenceNamed(call.accountSid, noun.text());
			participant = new ParticipantState(this.clock, call, conference.sid, reply, index);
			participant.conferenceSettings = (created) -> {
				String callback = noun.attribute("statusCallback");
				if (callback != null && !callback.isBlank()) {
					created.statusCallback = resolve(reply, callback);
					created.statusCallbackMethod = Objects.requireNonNullElse(noun.attribute("statusCallbackMethod"),
							"POST");
					created.statusCallbackEvents.addAll(requestedEvents(noun, "start end"));
				}
				created.maxParticipants = maxParticipants(call, noun.attribute("maxParticipants"));
				created.record = "record-from-start".equals(noun.attribute("record"));
				String recordingCallback = noun.attribute("recordingStatusCallback");
				if (created.record && recordingCallback != null && !recordingCallback.isBlank()) {
					created.recordingStatusCallback = resolve(reply, recordingCallback);
					created.recordingStatusCallbackMethod = Objects.requireNonNullElse(
							noun.attribute("recordingStatusCallbackMethod"), "POST");
					String asked = Objects.requireNonNullElse(noun.attribute("recordingStatusCallbackEvent"),
							"completed");
					created.recordingStatusCallbackEvents.addAll(List.of(asked.trim().split("[\\s,]+")));
				}
			};
			participant.label = noun.attribute("participantLabel");
			participant.muted = Boolean.parseBoolean(noun.attribute("muted"));
			participant.coaching = coach != null && !coach.isBlank();
			participant.callSidToCoach = participant.coaching ? coach : null;
			participant.startConferenceOnEnter = !"false".equalsIgnoreCase(noun.attribute("startConferenceOnEnter"));
			participant.endConferenceOnExit = Boolean.parseBoolean(noun.attribute("endConferenceOnExit"));
			call.waitingAt = index;
			addParticipant(conference, participant, events);
		}
		deliver(events);
		reached(participant);
		return true;
	}

	/**
	 * Return the {@code maxParticipants} of a {@code <Conference>}: a whole number from 1
	 * to 250, or 250, Twilio's limit, if it has none or another value, which is logged.
	 */
	private static int maxParticipants(CallState call, @Nullable String value) {
		if (value == null) {
			return ConferenceState.MAX_PARTICIPANTS;
		}
		String trimmed = value.trim();
		if (trimmed.matches("[0-9]{1,3}")) {
			int max = Integer.parseInt(trimmed);
			if (max >= 1 && max <= ConferenceState.MAX_PARTICIPANTS) {
				return max;
			}
		}
		logger.warn("Call " + call.sid + " joins a <Conference maxParticipants=\"" + value + "\">, which is no whole "
				+ "number from 1 to " + ConferenceState.MAX_PARTICIPANTS + ": the conference lets in "
				+ ConferenceState.MAX_PARTICIPANTS);
		return ConferenceState.MAX_PARTICIPANTS;
	}

	/**
	 * Return the conference of a name that is going on in an account, if there is one.
	 */
	@Nullable ConferenceState conferenceGoingOn(String accountSid, String name) {
		synchronized (this.lock) {
			return this.conferences.values()
				.stream()
				.filter((c) -> c.accountSid.equals(accountSid) && c.friendlyName.equals(name)
						&& !c.status.equals("completed"))
				.findFirst()
				.orElse(null);
		}
	}

	/**
	 * Return the conference of a name that is going on in an account, or create one,
	 * {@code init}, if there is none. Its settings are those of the first participant to
	 * join it.
	 */
	ConferenceState conferenceNamed(String accountSid, String name) {
		synchronized (this.lock) {
			ConferenceState conference = conferenceGoingOn(accountSid, name);
			if (conference == null) {
				conference = new ConferenceState(this.clock, TwilioSids.next("CF"), accountSid, name);
				this.conferences.put(conference.sid, conference);
			}
			return conference;
		}
	}

	/**
	 * Let the call of a participant dialed out through the API, now answered, join its
	 * conference; it hangs up if the conference ended while it rang or is full.
	 */
	private void joinDialedOut(CallState call, ParticipantState participant) {
		List<ConferenceEvent> events = new ArrayList<>();
		boolean joined;
		synchronized (this.lock) {
			if (call.deleted || call.isFinished()) {
				return;
			}
			ConferenceState conference = this.conferences.get(participant.conferenceSid);
			// As Twilio's error 16020, a participant answered once its conference is full
			// does not join it
			joined = conference != null && !conference.status.equals("completed") && !conference.isFull();
			if (conference != null && joined) {
				addParticipant(conference, participant, events);
			}
		}
		if (!joined) {
			finish(call, "completed");
			return;
		}
		deliver(events);
		reached(participant);
	}

	/**
	 * Put a participant in its conference, starting the conference if the participant
	 * starts it.
	 */
	private void addParticipant(ConferenceState conference, ParticipantState participant,
			List<ConferenceEvent> events) {
		CallState call = participant.call;
		if (!conference.joined) {
			// As with Twilio, the conference settings of the first participant to join apply,
			// not those of one dialed out by its name that is still ringing
			conference.joined = true;
			if (participant.conferenceSettings != null) {
				participant.conferenceSettings.accept(conference);
			}
		}
		conference.dialing.remove(call.sid);
		conference.participants.put(call.sid, participant);
		conference.dateUpdated = this.clock.instant();
		participant.status("connected");
		call.conferenceSid = conference.sid;
		call.participant = participant;
		conferenceEvent(conference, "join", "participant-join", participant, events);
		if (participant.startConferenceOnEnter && conference.status.equals("init")) {
			conference.status("in-progress");
			conferenceEvent(conference, "start", "conference-start", null, events);
			startRecording(conference, call.sid, events);
		}
		this.lock.notifyAll();
	}

	/**
	 * Record that a participant's status was reached and its callbacks delivered.
	 */
	private void reached(ParticipantState participant) {
		synchronized (this.lock) {
			participant.reported.add(participant.status);
			this.lock.notifyAll();
		}
	}

	/**
	 * Remove a call from its conference, if it is in one, ending the conference if the
	 * call was its last participant or one that ends it on exit.
	 * @param kicked whether the API removed the call, which then goes on after its
	 * {@code <Dial>}
	 * @param reason why the call left, as {@code ReasonParticipantLeft} says it
	 */
	private void leaveConference(CallState call, boolean kicked, String reason) {
		leaving(call, kicked, reason).run();
	}

	/**
	 * Remove a call from its conference now, and return what posts the callbacks and lets
	 * the calls removed go on.
	 */
	private Runnable leaving(CallState call, boolean kicked, String reasonLeft) {
		List<ConferenceEvent> events = new ArrayList<>();
		List<ParticipantState> left = new ArrayList<>();
		List<ParticipantState> resumed = new ArrayList<>();
		synchronized (this.lock) {
			ConferenceState conference = (call.conferenceSid != null) ? this.conferences.get(call.conferenceSid)
					: null;
			ParticipantState participant = (conference != null) ? conference.participants.get(call.sid) : null;
			if (conference == null || participant == null) {
				call.conferenceSid = null;
				return () -> {
				};
			}
			removeParticipant(conference, participant, kicked, reasonLeft, events, left, resumed);
			if (conference.participants.isEmpty() || participant.endConferenceOnExit) {
				String reason = participant.endConferenceOnExit
						? (kicked ? "participant-with-end-conference-on-exit-kicked"
								: "participant-with-end-conference-on-exit-left")
						: (kicked ? "last-participant-kicked" : "last-participant-left");
				endConference(conference, reason, participant, events, left, resumed);
			}
		}
		return () -> {
			deliver(events);
			left.forEach(this::reached);
			resumed.forEach(this::resumeAfterConference);
		};
	}

	/**
	 * End a conference as {@code Status=completed} does: every participant leaves it and
	 * goes on after its {@code <Dial>}. The callbacks are posted before this returns, as
	 * for every change made through the API, so that a test sees them once the client's
	 * call returns.
	 * @return whether the conference ended, {@code false} if it had ended already
	 */
	boolean endConference(ConferenceState conference) {
		List<ConferenceEvent> events = new ArrayList<>();
		List<ParticipantState> left = new ArrayList<>();
		List<ParticipantState> resumed = new ArrayList<>();
		synchronized (this.lock) {
			if (conference.status.equals("completed")) {
				return false;
			}
			endConference(conference, "conference-ended-via-api", null, events, left, resumed);
		}
		deliver(events);
		left.forEach(this::reached);
		resumed.forEach(this::resumeAfterConference);
		return true;
	}

	/**
	 * Remove a participant as the API does, after which its call goes on after its
	 * {@code <Dial>}. The participant is found and removed at once, so that one whose
	 * call leaves meanwhile is not found rather than removed twice.
	 * @param callSidOrLabel the participant's call SID or label
	 * @return whether the participant was in the conference or being dialed into it
	 */
	boolean kick(ConferenceState conference, String callSidOrLabel) {
		Runnable left;
		synchronized (this.lock) {
			ParticipantState participant = conference.participant(callSidOrLabel);
			if (participant == null) {
				return false;
			}
			CallState call = participant.call;
			if (conference.dialing.containsKey(call.sid)) {
				// Removing a participant still being dialed hangs its call up, which fails it
				// at once, with the participant-leave of one whose call ended before it
				// joined; the call's own callbacks follow on the lifecycle thread
				endCall(call, call.status.equals("in-progress") ? "completed" : "canceled");
				List<ConferenceEvent> events = new ArrayList<>();
				failDialOut(call, events);
				left = () -> deliver(events);
			}
			else {
				left = leaving(call, true, UPDATED_VIA_API);
			}
		}
		left.run();
		return true;
	}

	private void removeParticipant(ConferenceState conference, ParticipantState participant, boolean kicked,
			String reasonLeft, List<ConferenceEvent> events, List<ParticipantState> left,
			List<ParticipantState> resumed) {
		conference.participants.remove(participant.call.sid);
		conference.dateUpdated = this.clock.instant();
		participant.call.conferenceSid = null;
		participant.status("complete");
		// A participant dialed out through the API that the API removes has no TwiML to go
		// on with, so its call hangs up as it leaves, just after the participant-leave; one
		// redirected goes on with the TwiML it was redirected to
		CallState call = participant.call;
		String callStatus = (kicked && participant.isDialedOut() && !call.isFinished()) ? "completed" : call.status;
		conferenceEvent(conference, "leave", "participant-leave", participant, events, reasonLeft, callStatus);
		left.add(participant);
		if (kicked) {
			// The call waits in no verb until it has gone on after its <Dial>, on the
			// lifecycle thread, so that awaitCallStatus waits for the TwiML that follows
			participant.call.waitingAt = -1;
			resumed.add(participant);
		}
	}

	/**
	 * End a conference, dropping its participants.
	 * @param ending the participant whose leaving ended the conference, or {@code null}
	 * when the API ended it
	 */
	private void endConference(ConferenceState conference, String reason, @Nullable ParticipantState ending,
			List<ConferenceEvent> events, List<ParticipantState> left, List<ParticipantState> resumed) {
		// Twilio's <Conference> reference names no reason for those a participant with
		// endConferenceOnExit drops; moderator_ended_conference, one it lists, is the
		// closest, as its moderated conferences end so
		String reasonLeft = reason.equals("conference-ended-via-api") ? "conference_ended_via_api"
				: "moderator_ended_conference";
		for (ParticipantState other : List.copyOf(conference.participants.values())) {
			removeParticipant(conference, other, true, reasonLeft, events, left, resumed);
		}
		// As with Twilio, a completed conference lists no participants: one still being
		// dialed is no longer its participant, and hangs up once answered
		conference.dialing.clear();
		conference.reasonConferenceEnded = reason;
		conference.callSidEndingConference = (ending != null) ? ending.call.sid : null;
		conference.participantLabelEndingConference = (ending != null) ? ending.label : null;
		conference.status("completed");
		conferenceEvent(conference, "end", "conference-end", null, events);
		completeRecording(conference, events);
		this.lock.notifyAll();
	}

	/**
	 * Start the recording that the first participant to join a conference asked for
	 * with {@code record="record-from-start"}, as the conference starts.
	 * @param callSid the call whose joining started the conference
	 */
	private void startRecording(ConferenceState conference, String callSid, List<ConferenceEvent> events) {
		if (!conference.record) {
			return;
		}
		RecordingState recording = new RecordingState(this.clock, TwilioSids.next(TwilioSids.RECORDING),
				conference.accountSid, callSid, 0);
		recording.conferenceSid = conference.sid;
		recording.source = "Conference";
		recording.status = "in-progress";
		this.recordings.put(recording.sid, recording);
		conference.recording = recording;
		recordingEvent(conference, recording, events);
	}

	/**
	 * Complete a conference's recording in progress or paused, if it has one, as when
	 * the conference ends or the API stops it: the recording is processed at once.
	 */
	void completeRecording(ConferenceState conference, List<ConferenceEvent> events) {
		RecordingState recording = conference.recording;
		if (recording == null) {
			return;
		}
		conference.recording = null;
		recording.status = "completed";
		recording.dateUpdated = this.clock.instant();
		recording.duration = (int) Math.max(1,
				Duration.between(recording.dateCreated, recording.dateUpdated).toSeconds());
		recordingEvent(conference, recording, events);
	}

	/**
	 * Add the recording status callback of a conference's recording, if the conference
	 * asked for the event the recording's status stands for.
	 */
	private void recordingEvent(ConferenceState conference, RecordingState recording, List<ConferenceEvent> events) {
		if (conference.recordingStatusCallback == null
				|| !conference.recordingStatusCallbackEvents.contains(recording.status)) {
			return;
		}
		MultiValueMap<String, String> params = TwilioWebhookPayloads.recordingStatus()
			.accountSid(recording.accountSid)
			.callSid(recording.callSid)
			.recordingSid(recording.sid)
			.url(recordingUrl(recording.accountSid, recording.sid))
			.status(recording.status)
			.source(recording.source)
			.startTime(Objects.requireNonNull(ApiJson.date(recording.dateCreated)))
			.duration(recording.duration)
			.param("ConferenceSid", conference.sid)
			.params();
		if (!recording.status.equals("completed")) {
			params.remove("RecordingDuration");
		}
		events.add(new ConferenceEvent(conference.recordingStatusCallbackMethod, conference.recordingStatusCallback,
				params, account(conference.accountSid).authToken));
	}

	/**
	 * Add the callback of a conference event, if the conference asked for it, with the
	 * parameters it has at this moment.
	 * @param asked the TwiML event, such as {@code mute}
	 * @param event the value of {@code StatusCallbackEvent}, such as
	 * {@code participant-unmute}
	 */
	void conferenceEvent(ConferenceState conference, String asked, String event,
			@Nullable ParticipantState participant, List<ConferenceEvent> events) {
		conferenceEvent(conference, asked, event, participant, events, null, null);
	}

	/**
	 * Add the callback of a conference event, with why the participant left for a
	 * {@code participant-leave}.
	 * @param reasonLeft the value of {@code ReasonParticipantLeft}
	 * @param callStatus the status of the participant's call as it left, sent as
	 * {@code ParticipantCallStatus} with {@code ReasonParticipantLeft}
	 */
	private void conferenceEvent(ConferenceState conference, String asked, String event,
			@Nullable ParticipantState participant, List<ConferenceEvent> events, @Nullable String reasonLeft,
			@Nullable String callStatus) {
		if (conference.statusCallback == null || !conference.statusCallbackEvents.contains(asked)) {
			return;
		}
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("AccountSid", conference.accountSid);
		params.add("ConferenceSid", conference.sid);
		params.add("FriendlyName", conference.friendlyName);
		params.add("StatusCallbackEvent", event);
		params.add("SequenceNumber", String.valueOf(conference.sequenceNumber++));
		params.add("Timestamp", ApiJson.date(this.clock.instant()));
		if (participant != null) {
			params.add("CallSid", participant.call.sid);
			params.add("Muted", String.valueOf(participant.muted));
			params.add("Hold", String.valueOf(participant.hold));
			params.add("Coaching", String.valueOf(participant.coaching));
			params.add("EndConferenceOnExit", String.valueOf(participant.endConferenceOnExit));
			params.add("StartConferenceOnEnter", String.valueOf(participant.startConferenceOnEnter));
			if (participant.label != null) {
				params.add("ParticipantLabel", participant.label);
			}
			if (participant.callSidToCoach != null) {
				params.add("CallSidToCoach", participant.callSidToCoach);
			}
			if (reasonLeft != null) {
				params.add("ParticipantCallStatus", Objects.requireNonNullElse(callStatus, participant.call.status));
				params.add("ReasonParticipantLeft", reasonLeft);
			}
		}
		if (conference.reasonConferenceEnded != null) {
			params.add("ReasonConferenceEnded", conference.reasonConferenceEnded);
			if (conference.callSidEndingConference != null) {
				params.add("CallSidEndingConference", conference.callSidEndingConference);
			}
			if (conference.participantLabelEndingConference != null) {
				params.add("ParticipantLabelEndingConference", conference.participantLabelEndingConference);
			}
		}
		events.add(new ConferenceEvent(conference.statusCallbackMethod, conference.statusCallback, params,
				account(conference.accountSid).authToken));
	}

	void deliver(List<ConferenceEvent> events) {
		events.forEach((event) -> deliver(event.method(), event.url(), event.params(), event.token()));
	}

	/**
	 * Let a call that left its conference go on after its {@code <Dial>}: with the dial's
	 * action, or with the next verb.
	 */
	private void resumeAfterConference(ParticipantState participant) {
		CallState call = participant.call;
		TwimlReply reply = participant.reply;
		if (reply == null) {
			// A participant dialed out through the API has no TwiML to go on with
			this.scheduler.execute(() -> finish(call, "completed"));
			return;
		}
		this.scheduler.execute(() -> {
			synchronized (this.lock) {
				if (call.deleted || call.isFinished() || call.lastReply != reply) {
					return;
				}
				call.waitingAt = -1;
			}
			TwimlReply.Verb dial = reply.verbs().get(participant.dialIndex);
			String action = dial.attribute("action");
			if (action != null) {
				String method = Objects.requireNonNullElse(dial.attribute("method"), "POST");
				run(call, fetch(call, resolve(reply, action), method, dialResult(call, dial), reply), 0);
			}
			else {
				run(call, reply, participant.dialIndex + 1);
			}
		});
	}

	private TwimlReply fetch(CallState call, String url, String method, MultiValueMap<String, String> params,
			@Nullable TwimlReply previous) {
		String token = authToken(call);
		WebhookDelivery delivery = deliver(method, url, params, token);
		TwimlReply reply = TwimlReply.of(delivery, call.sid, previous);
		synchronized (this.lock) {
			call.lastReply = reply;
		}
		return reply;
	}

	/**
	 * Post the recording of the {@code <Record>} the call waits in to the verb's action,
	 * and its status callback, and return the TwiML the action answered.
	 * @param digits what ended the recording: a key, {@code hangup}, or {@code null} for
	 * silence
	 */
	private TwimlReply endRecording(CallState call, TwimlReply reply, @Nullable String digits) {
		TwimlReply.Verb record;
		RecordingState recording;
		String token;
		synchronized (this.lock) {
			record = reply.verbs().get(call.waitingAt);
			call.waitingAt = -1;
			int maxLength = new TwimlReply.RecordVerb(record).maxLength();
			recording = new RecordingState(this.clock, TwilioSids.next(TwilioSids.RECORDING), call.accountSid, call.sid,
					Math.max(1, Math.min(4, maxLength)));
			this.recordings.put(recording.sid, recording);
			token = account(call.accountSid).authToken;
		}
		String recordingUrl = baseUrl() + "/2010-04-01/Accounts/" + call.accountSid + "/Recordings/" + recording.sid;
		RecordResultPayload result = forCall(TwilioWebhookPayloads.recordResult(), call).recordingSid(recording.sid)
			.recordingUrl(recordingUrl)
			.recordingDuration(recording.duration);
		// A recording ended by silence has no Digits
		if ("hangup".equals(digits)) {
			result.hungUp();
		}
		else if (digits != null) {
			result.digits(digits);
		}
		MultiValueMap<String, String> params = result.params();
		String method = Objects.requireNonNullElse(record.attribute("method"), "POST");
		TwimlReply next = fetch(call, resolve(reply, record.attribute("action")), method, params, null);
		String callback = record.attribute("recordingStatusCallback");
		if (callback != null) {
			MultiValueMap<String, String> status = TwilioWebhookPayloads.recordingStatus()
				.startTime(Objects.requireNonNull(ApiJson.date(recording.dateCreated)))
				.accountSid(call.accountSid)
				.callSid(call.sid)
				.recordingSid(recording.sid)
				.url(recordingUrl)
				.duration(recording.duration)
				.params();
			deliver(Objects.requireNonNullElse(record.attribute("recordingStatusCallbackMethod"), "POST"),
					resolve(reply, callback), status, token);
		}
		return next;
	}

	/**
	 * The parameters of a {@code <Dial>} action: the dialed party answers and hangs up
	 * after a second, unless every number dialed is one that makes a call end
	 * {@code busy} or {@code no-answer}: then the dial is {@code busy} if all of them are
	 * busy, and {@code no-answer} otherwise. A conference is {@code answered}, without a
	 * dialed call or a duration.
	 */
	private MultiValueMap<String, String> dialResult(CallState call, TwimlReply.Verb dial) {
		List<String> targets = TwimlReply.dialed(dial);
		DialResultPayload result = forCall(TwilioWebhookPayloads.dialResult(), call).dialCallDuration(1);
		if (dial.children().stream().anyMatch((noun) -> noun.is("Conference"))) {
			result.dialCallStatus(DialResult.Status.ANSWERED).dialCallSid(null);
		}
		else if (targets.stream().allMatch(TwilioTestNumbers.UNDELIVERABLE::equals)) {
			result.dialCallStatus(DialResult.Status.BUSY);
		}
		else if (targets.stream()
			.allMatch((target) -> target.equals(TwilioTestNumbers.FAILING)
					|| target.equals(TwilioTestNumbers.UNDELIVERABLE))) {
			result.dialCallStatus(DialResult.Status.NO_ANSWER);
		}
		return result.params();
	}

	/**
	 * Dial the {@code <Number>}, {@code <Client>} and {@code <Sip>} nouns of a
	 * {@code <Dial>} as calls of their own ({@code outbound-dial}, with the dialing call
	 * as {@code ParentCallSid}): post the events of each to its {@code statusCallback}
	 * as its {@code statusCallbackEvent} asks ({@code completed} by default), and fetch
	 * the {@code url} of the first one that answers before bridging it. A number that
	 * ends busy or unanswered does so; once one is bridged the others still ringing are
	 * {@code canceled}. A whisper that hangs up declines the leg, and the next one that
	 * answers is tried. The dial's action parameters are updated to match.
	 */
	private void dialLegs(CallState call, TwimlReply reply, TwimlReply.Verb dial,
			MultiValueMap<String, String> result) {
		List<TwimlReply.Verb> nouns = dial.children()
			.stream()
			.filter((noun) -> noun.is("Number") || noun.is("Client") || noun.is("Sip"))
			.toList();
		if (nouns.isEmpty()) {
			return;
		}
		String from = Objects.requireNonNullElse(dial.attribute("callerId"), call.from);
		List<DialLeg> legs = nouns.stream()
			.map((noun) -> new DialLeg(TwilioSids.next(TwilioSids.CALL), noun, TwimlReply.target(noun), from))
			.toList();
		legs.forEach((leg) -> reportLeg(call, reply, leg, "initiated", "initiated"));
		for (DialLeg leg : legs) {
			if (leg.to.equals(TwilioTestNumbers.UNDELIVERABLE)) {
				reportLeg(call, reply, leg, "busy", "completed");
			}
			else {
				reportLeg(call, reply, leg, "ringing", "ringing");
			}
		}
		DialLeg bridged = null;
		for (DialLeg leg : legs) {
			if (leg.to.equals(TwilioTestNumbers.UNDELIVERABLE)) {
				continue;
			}
			if (bridged != null) {
				reportLeg(call, reply, leg, "canceled", "completed");
			}
			else if (leg.to.equals(TwilioTestNumbers.FAILING)) {
				reportLeg(call, reply, leg, "no-answer", "completed");
			}
			else {
				reportLeg(call, reply, leg, "in-progress", "answered");
				if (whisperAccepts(call, reply, leg)) {
					bridged = leg;
				}
				else {
					leg.duration = 1;
					reportLeg(call, reply, leg, "completed", "completed");
				}
			}
		}
		if (bridged != null) {
			bridged.duration = 1;
			reportLeg(call, reply, bridged, "completed", "completed");
			result.set("DialCallSid", bridged.sid);
		}
		else {
			// Nobody was bridged: the dial did not connect
			result.set("DialCallSid", legs.get(legs.size() - 1).sid);
			if ("completed".equals(result.getFirst("DialCallStatus"))) {
				result.set("DialCallStatus", "no-answer");
				result.set("DialBridged", "false");
				result.remove("DialCallDuration");
			}
		}
	}

	/**
	 * Run the TwiML of a leg's {@code url} on the dialed party's end, who presses no
	 * key: follow {@code <Redirect>}, let a {@code <Gather>} time out, and return
	 * whether the document ends without hanging up.
	 */
	private boolean whisperAccepts(CallState call, TwimlReply reply, DialLeg leg) {
		String url = leg.noun.attribute("url");
		if (url == null || url.isBlank()) {
			return true;
		}
		String token = authToken(call);
		TwimlReply whisper = TwimlReply.of(deliver(Objects.requireNonNullElse(leg.noun.attribute("method"), "POST"),
				resolve(reply, url), legParams(call, leg, TwilioWebhookPayloads.inboundCall().stirVerstat(null),
						"in-progress"), token), leg.sid, null);
		for (int hops = 0; hops < 20; hops++) {
			if (whisper.error() != null) {
				return false;
			}
			TwimlReply next = null;
			for (TwimlReply.Verb verb : whisper.verbs()) {
				if (verb.is("Hangup") || verb.is("Reject")) {
					return false;
				}
				String target = null;
				MultiValueMap<String, String> params = null;
				if (verb.is("Redirect")) {
					target = verb.text();
					params = legParams(call, leg, TwilioWebhookPayloads.inboundCall().stirVerstat(null), "in-progress");
				}
				else if (verb.is("Gather") && new TwimlReply.Gather(verb).actionOnEmptyResult()) {
					target = verb.attribute("action");
					params = legParams(call, leg, TwilioWebhookPayloads.gatherResult().digits(""), "in-progress");
				}
				if (params != null) {
					String method = Objects.requireNonNullElse(verb.attribute("method"), "POST");
					next = TwimlReply.of(deliver(method, resolve(whisper, target), params, token), leg.sid, whisper);
					break;
				}
			}
			if (next == null) {
				return true;
			}
			whisper = next;
		}
		return true;
	}

	private void reportLeg(CallState call, TwimlReply reply, DialLeg leg, String status, String event) {
		String callback = leg.noun.attribute("statusCallback");
		if (callback == null || callback.isBlank()) {
			return;
		}
		if (!requestedEvents(leg.noun, "completed").contains(event)) {
			return;
		}
		String token = authToken(call);
		CallStatusPayload payload = TwilioWebhookPayloads.callStatus()
			.timestamp(Objects.requireNonNull(ApiJson.date(this.clock.instant())))
			.callDuration(status.equals("completed") ? leg.duration : null)
			.sequenceNumber(leg.sequenceNumber++);
		deliver(Objects.requireNonNullElse(leg.noun.attribute("statusCallbackMethod"), "POST"),
				resolve(reply, callback), legParams(call, leg, payload, status), token);
	}

	/**
	 * Return the events a noun's {@code statusCallbackEvent} asks for, separated by spaces
	 * or commas.
	 * @param defaults the events asked for when the noun names none
	 */
	private static List<String> requestedEvents(TwimlReply.Verb noun, String defaults) {
		String events = noun.attribute("statusCallbackEvent");
		return List.of(((events != null) ? events : defaults).trim().split("[\\s,]+"));
	}

	private static <P extends CallPayload<P>> MultiValueMap<String, String> legParams(CallState call, DialLeg leg,
			P payload, String status) {
		return payload.accountSid(call.accountSid)
			.callSid(leg.sid)
			.parentCallSid(call.sid)
			.from(leg.from)
			.to(leg.to)
			.direction("outbound-dial")
			.callStatus(status)
			.params();
	}

	/**
	 * Return the auth token that signs the webhooks of a call's account.
	 */
	private String authToken(CallState call) {
		synchronized (this.lock) {
			return account(call.accountSid).authToken;
		}
	}

	private static <P extends CallPayload<P>> P forCall(P payload, CallState call) {
		return payload.accountSid(call.accountSid)
			.callSid(call.sid)
			.from(call.from)
			.to(call.to)
			.direction(call.direction)
			.callStatus("in-progress");
	}

	private MultiValueMap<String, String> callParams(CallState call, String status) {
		InboundCallPayload payload = forCall(TwilioWebhookPayloads.inboundCall(), call).callStatus(status)
			.stirVerstat(null);
		// Synchronous detection tells the call's Url who answered; asynchronous tells its callback
		if (call.answeredBy != null && !call.asyncAmd) {
			payload.answeredBy(call.answeredBy, MACHINE_DETECTION_MILLIS);
		}
		return payload.params();
	}

	private WebhookDelivery deliver(String method, String url, Map<String, List<String>> params, String token) {
		long epoch;
		long sent;
		synchronized (this.lock) {
			epoch = this.epoch;
			sent = this.deliveriesSent++;
		}
		WebhookDelivery delivery = this.sender.send(method, url, params, token);
		synchronized (this.lock) {
			if (epoch == this.epoch) {
				this.deliveries.put(sent, delivery);
				this.lock.notifyAll();
			}
		}
		return delivery;
	}

	private CallState waitingCall(TwimlReply reply, String verb) {
		String callSid = reply.callSid();
		synchronized (this.lock) {
			CallState call = (callSid != null) ? this.calls.get(callSid) : null;
			if (call == null) {
				throw new IllegalStateException("The TwiML does not belong to a call of the emulator: " + reply.url());
			}
			if (call.lastReply != reply || call.waitingAt < 0 || !reply.verbs().get(call.waitingAt).is(verb)) {
				throw new IllegalStateException("Call " + callSid + " does not wait in a <" + verb + "> of the TwiML "
						+ "from " + reply.url() + "; it is " + call.status
						+ ((call.lastReply != null) ? " and last ran TwiML from " + call.lastReply.url() : ""));
			}
			return call;
		}
	}

	private boolean isRunning(CallState call) {
		return !call.isFinished() && call.status.equals("in-progress");
	}

	private NumberState requireNumber(String phoneNumber, String kind,
			java.util.function.Function<NumberState, @Nullable String> url) {
		NumberState number = findNumber(phoneNumber);
		if (number == null) {
			throw new IllegalStateException("The emulator has no phone number " + phoneNumber
					+ ": add one with addIncomingNumber(...) or buy one through the IncomingPhoneNumbers API");
		}
		if (url.apply(number) == null) {
			throw new IllegalStateException("Phone number " + phoneNumber + " has no " + kind
					+ " URL: set one with addIncomingNumber(...) or update the number through the API");
		}
		return number;
	}

	/**
	 * Return why a number's account receives nothing, or {@code null} if it is active: a
	 * suspended subaccount keeps its numbers but, as Twilio documents, cannot receive
	 * calls or messages until it is active again. A closed one has released them.
	 */
	private @Nullable String inactive(NumberState number, String what) {
		AccountState account = account(number.accountSid);
		if (account.status.equals("active")) {
			return null;
		}
		return "Not delivered: phone number " + number.phoneNumber + " belongs to account " + account.sid
				+ ", which is " + account.status + ", and an account that is not active receives no " + what;
	}

	private static String resolve(TwimlReply reply, @Nullable String url) {
		if (url == null || url.isBlank()) {
			return reply.url();
		}
		if (reply.url().isEmpty()) {
			return url;
		}
		return URI.create(reply.url()).resolve(url.trim()).toString();
	}

	private void pause() {
		try {
			Thread.sleep(this.stepDelay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void resetAccounts() {
		this.accounts.clear();
		this.accounts.put(this.accountSid,
				new AccountState(this.clock, this.accountSid, null, this.authToken, "Emulated account"));
	}

	private <T> T await(Duration timeout, Supplier<Optional<T>> condition, Supplier<String> failure) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (true) {
				Optional<T> result = condition.get();
				if (result.isPresent()) {
					return result.get();
				}
				long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (remaining <= 0) {
					throw new AssertionError(failure.get());
				}
				try {
					this.lock.wait(remaining);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError("Interrupted while waiting: " + failure.get());
				}
			}
		}
	}

	private String describeMessages() {
		return messages().stream().map((m) -> m.sid() + " to " + m.to() + " (" + m.status() + ")").toList().toString();
	}

	/**
	 * Start the server from a daemon thread, whose daemon status the server's dispatcher
	 * thread takes: an emulator that a test leaves open, such as one in a static field,
	 * then never keeps the JVM alive, as it would keep Spring's ahead-of-time processing of
	 * tests from ending.
	 */
	private static void startAsDaemon(HttpServer server) {
		Thread starter = threads("twilio-emulator-start-").newThread(server::start);
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			server.stop(0);
			throw new IllegalStateException("Interrupted while starting the Twilio emulator", ex);
		}
	}

	/**
	 * Turn off Nagle's algorithm for the JDK's HTTP servers unless the property says
	 * otherwise, as it holds each response's body until the client acknowledges its
	 * headers, which the client delays.
	 * @param properties the system properties
	 */
	static void preferNoDelay(Properties properties) {
		if (properties.putIfAbsent(NO_DELAY_PROPERTY, "true") == null) {
			logger.debug("Set " + NO_DELAY_PROPERTY + "=true, so that the emulator answers without Nagle's algorithm");
		}
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * A conference status callback to post once the lock is released.
	 */
	record ConferenceEvent(String method, String url, MultiValueMap<String, String> params, String token) {

	}

	/**
	 * A call that a {@code <Dial>} makes to one of its nouns.
	 */
	private static final class DialLeg {

		final String sid;

		final TwimlReply.Verb noun;

		final String to;

		final String from;

		int sequenceNumber;

		int duration;

		DialLeg(String sid, TwimlReply.Verb noun, String to, String from) {
			this.sid = sid;
			this.noun = noun;
			this.to = to;
			this.from = from;
		}

	}

	/**
	 * Builder for a {@link TwilioEmulator}.
	 */
	public static final class Builder {

		/**
		 * An account SID as the starter accepts it for {@code twilio.account-sid}: hex
		 * in either case.
		 */
		private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

		private @Nullable String accountSid;

		private @Nullable String authToken;

		private int port;

		private Duration stepDelay = Duration.ofMillis(50);

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Set the SID of the main account, random by default.
		 * @param accountSid {@code AC} followed by 32 hex characters
		 * @return this builder
		 */
		public Builder accountSid(String accountSid) {
			if (!ACCOUNT_SID.matcher(accountSid).matches()) {
				// Described rather than shown, as the starter's check of twilio.account-sid
				// does: it may be a secret put in the wrong place
				throw new IllegalArgumentException("Account SID must be AC followed by 32 hex characters, such as "
						+ "AC0123456789abcdef0123456789abcdef, but it "
						+ (accountSid.startsWith("AC") ? "starts" : "does not start") + " with \"AC\" and has "
						+ accountSid.length() + " characters");
			}
			this.accountSid = accountSid;
			return this;
		}

		/**
		 * Set the auth token of the main account, random by default.
		 * @param authToken the auth token
		 * @return this builder
		 */
		public Builder authToken(String authToken) {
			if (authToken.isBlank()) {
				throw new IllegalArgumentException("Auth token must not be blank");
			}
			this.authToken = authToken;
			return this;
		}

		/**
		 * Set the port to listen on, 0 (the default) for a random free port.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("Port must be between 0 and 65535, but was " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Set the time between two status changes of a message or call, 50 milliseconds
		 * by default.
		 * @param stepDelay the delay
		 * @return this builder
		 */
		public Builder stepDelay(Duration stepDelay) {
			if (stepDelay.isNegative()) {
				throw new IllegalArgumentException("Step delay must not be negative, but was " + stepDelay);
			}
			this.stepDelay = stepDelay;
			return this;
		}

		/**
		 * Set the clock that the emulator reads the time from, the system clock by
		 * default. Every rule of the emulator that depends on time follows it: the
		 * {@code date_created}, {@code date_updated} and {@code date_sent} of what it
		 * creates, the ten minutes a Verify code is valid, the 24 hours in which a
		 * WhatsApp user may be answered freely, and when a scheduled message is due,
		 * which the emulator then sends by itself. Pass a clock that the test moves on,
		 * the same that the application under test reads, to test what happens later
		 * without waiting: a clock read again on each call, such as a subclass of
		 * {@link Clock} whose {@code instant()} returns a time the test sets. The
		 * emulator reads it from its own threads too. The emulator waits
		 * ({@linkplain #stepDelay(Duration) step delays}, timeouts) in real time
		 * whatever the clock says. Whenever the clock gives no instant, as a Mockito
		 * mock of {@code Clock} does until its {@code instant()} is stubbed, the
		 * emulator reads the system clock's time instead, and logs a warning the first
		 * time.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "Clock must not be null");
			return this;
		}

		/**
		 * Start the emulator.
		 * @return the running emulator
		 */
		public TwilioEmulator start() {
			return new TwilioEmulator(this);
		}

	}

}
