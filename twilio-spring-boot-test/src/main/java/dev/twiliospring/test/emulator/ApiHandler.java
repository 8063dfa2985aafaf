package dev.twiliospring.test.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.twiliospring.test.TwilioForms;
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
import dev.twiliospring.test.webhook.InboundMessagePayload;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the emulated 2010-04-01 REST API.
 */
final class ApiHandler implements HttpHandler {

	private static final Log logger = LogFactory.getLog(ApiHandler.class);

	private static final String PREFIX = "/2010-04-01/Accounts";

	private static final Pattern ACCOUNT_PATH = Pattern.compile("/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})(.*)");

	private static final Pattern INSTANCE = Pattern.compile("/([A-Za-z]+)/([A-Z]{2}[0-9a-fA-F]{32})\\.json");

	private static final Pattern MEDIA = Pattern
		.compile("/Messages/([A-Z]{2}[0-9a-fA-F]{32})/Media(?:/(ME[0-9a-fA-F]{32}))?\\.json");

	private static final Pattern FEEDBACK = Pattern.compile("/Messages/([A-Z]{2}[0-9a-fA-F]{32})/Feedback\\.json");

	/**
	 * The participants of a conference: named by its SID, or, to dial a participant out
	 * into it, by its friendly name.
	 */
	private static final Pattern PARTICIPANTS = Pattern.compile("/Conferences/([^/]+)/Participants(?:/([^/]+))?\\.json");

	private static final Pattern CONFERENCE_SID = Pattern.compile("CF[0-9a-fA-F]{32}");

	private static final Set<String> CONFERENCE_EVENTS = Set.of("start", "end", "join", "leave", "mute", "hold",
			"modify", "speaker", "announcement");

	private static final Set<String> BEEPS = Set.of("true", "false", "onEnter", "onExit");

	private static final Set<String> CONFERENCE_RECORDS = Set.of("true", "false", "record-from-start",
			"do-not-record");

	private static final Pattern CONFERENCE_RECORDINGS = Pattern
		.compile("/Conferences/([A-Z]{2}[0-9a-fA-F]{32})/Recordings(?:/([^/]+))?\\.json");

	private static final Set<String> FEEDBACK_OUTCOMES = Set.of("confirmed", "unconfirmed");

	private static final Pattern AVAILABLE = Pattern
		.compile("/AvailablePhoneNumbers(?:/([A-Za-z]{2})(?:/(Local|TollFree|Mobile))?)?\\.json");

	private static final Pattern RECORDING_MEDIA = Pattern.compile("/Recordings/(RE[0-9a-fA-F]{32})(\\.wav|\\.mp3)?");

	private static final Pattern MESSAGE_MEDIA = Pattern
		.compile("/Messages/([A-Z]{2}[0-9a-fA-F]{32})/Media/(ME[0-9a-fA-F]{32})");

	private static final Pattern ALPHANUMERIC_SENDER = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}");

	private static final Pattern SHORT_CODE = Pattern.compile("[0-9]{3,8}");

	private static final List<String> TOLL_FREE_PREFIXES = List.of("800", "833", "844", "855", "866", "877", "888");

	private static final Map<String, String> COUNTRIES = Map.of("US", "United States", "CA", "Canada", "GB",
			"United Kingdom");

	private static final Set<String> CALL_EVENTS = Set.of("initiated", "ringing", "answered", "completed");

	private static final Set<String> RECORDING_EVENTS = Set.of("in-progress", "completed", "absent");

	/**
	 * The path of the links that media URLs redirect to, followed by a link's token.
	 */
	static final String FILES = "/files/";

	/**
	 * How long a link that a media URL redirected to serves its file.
	 */
	private static final long FILE_LINK_NANOS = Duration.ofMinutes(5).toNanos();

	/**
	 * How far ahead of the request a scheduled message's {@code SendAt} must be at least.
	 */
	private static final Duration MIN_SCHEDULE_AHEAD = Duration.ofMinutes(15);

	/**
	 * How far ahead of the request a scheduled message's {@code SendAt} may be at most.
	 */
	private static final Duration MAX_SCHEDULE_AHEAD = Duration.ofDays(35);

	private static final SecureRandom TOKENS = new SecureRandom();

	private final TwilioEmulator emulator;

	private final Object lock;

	private final Random random = new Random();

	private final VerifyHandler verify;

	private final LookupHandler lookup;

	ApiHandler(TwilioEmulator emulator) {
		this.emulator = emulator;
		this.lock = emulator.lock();
		this.verify = new VerifyHandler(emulator);
		this.lookup = new LookupHandler(emulator);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
			try {
				if (method.equals("GET") && path.startsWith(FILES)) {
					serveFile(exchange, path.substring(FILES.length()));
					return;
				}
				Fault fault = this.emulator.takeFault(method, path);
				if (fault != null) {
					exchange.getRequestBody().readAllBytes();
					String retryAfter = fault.retryAfterHeader();
					if (retryAfter != null) {
						exchange.getResponseHeaders().add("Retry-After", retryAfter);
					}
					send(exchange, fault.status(), ApiJson.error(fault.status(), fault.code(), fault.message()));
					return;
				}
				// What the request reads or changes follows the scheduled messages due by now
				this.emulator.sendDueMessages();
				Request request = new Request(method, path, params(exchange), authenticate(exchange));
				Matcher accountPath = ACCOUNT_PATH.matcher(path);
				if (method.equals("GET") && accountPath.matches()) {
					// Twilio answers a media URL with a redirect to a short-lived link
					FileState file = mediaFile(request, accountPath.group(1), accountPath.group(2));
					if (file != null) {
						redirectToFile(exchange, file);
						return;
					}
				}
				Response response = route(request);
				if (logger.isDebugEnabled()) {
					logger.debug("Twilio emulator " + method + " " + path + " -> " + response.status);
				}
				send(exchange, response.status, response.body);
			}
			catch (ApiException ex) {
				if (ex.status() == 401) {
					exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Twilio API\"");
				}
				send(exchange, ex.status(), ApiJson.error(ex.status(), ex.code(), ex.getMessage()));
			}
			catch (RuntimeException ex) {
				logger.error("Twilio emulator failed on " + method + " " + path, ex);
				send(exchange, 500, ApiJson.error(500, 20500, "An internal server error has occurred: " + ex));
			}
		}
	}

	private Response route(Request request) {
		if (request.path.startsWith(VerifyHandler.PREFIX)) {
			return this.verify.route(request);
		}
		if (request.path.startsWith(LookupHandler.PREFIX)) {
			return this.lookup.route(request);
		}
		if (request.path.equals(PREFIX + ".json")) {
			return switch (request.method) {
				case "GET" -> listAccounts(request);
				case "POST" -> createAccount(request);
				default -> throw methodNotAllowed(request);
			};
		}
		Matcher matcher = ACCOUNT_PATH.matcher(request.path);
		if (!matcher.matches()) {
			throw notEmulated(request);
		}
		AccountState account = authorize(request, matcher.group(1));
		String rest = matcher.group(2);
		if (rest.equals(".json")) {
			return switch (request.method) {
				case "GET" -> Response.ok(json(() -> ApiJson.account(account)));
				case "POST" -> updateAccount(account, request);
				default -> throw methodNotAllowed(request);
			};
		}
		if (rest.equals("/Balance.json")) {
			requireMethod(request, "GET");
			return Response.ok(json(() -> {
				ObjectNode json = ApiJson.mapper.createObjectNode();
				json.put("account_sid", account.sid);
				json.put("balance", this.emulator.balance().toPlainString());
				json.put("currency", "USD");
				return json;
			}));
		}
		Matcher available = AVAILABLE.matcher(rest);
		if (available.matches()) {
			requireMethod(request, "GET");
			return availableNumbers(request, account, available.group(1), available.group(2));
		}
		Matcher media = MEDIA.matcher(rest);
		if (media.matches()) {
			if (media.group(2) != null && request.method.equals("DELETE")) {
				return deleteMedia(request, account, media.group(1), media.group(2));
			}
			requireMethod(request, "GET");
			return media(request, account, media.group(1), media.group(2));
		}
		Matcher participants = PARTICIPANTS.matcher(rest);
		if (participants.matches()) {
			return participants(request, account, participants.group(1), participants.group(2));
		}
		Matcher conferenceRecordings = CONFERENCE_RECORDINGS.matcher(rest);
		if (conferenceRecordings.matches()) {
			return conferenceRecordings(request, account, conferenceRecordings.group(1),
					conferenceRecordings.group(2));
		}
		Matcher feedback = FEEDBACK.matcher(rest);
		if (feedback.matches()) {
			requireMethod(request, "POST");
			return feedback(request, account, feedback.group(1));
		}
		switch (rest) {
			case "/Messages.json":
				return switch (request.method) {
					case "GET" -> listMessages(request, account);
					case "POST" -> createMessage(request, account);
					default -> throw methodNotAllowed(request);
				};
			case "/Calls.json":
				return switch (request.method) {
					case "GET" -> listCalls(request, account);
					case "POST" -> createCall(request, account);
					default -> throw methodNotAllowed(request);
				};
			case "/IncomingPhoneNumbers.json":
				return switch (request.method) {
					case "GET" -> listNumbers(request, account);
					case "POST" -> buyNumber(request, account);
					default -> throw methodNotAllowed(request);
				};
			case "/Recordings.json":
				requireMethod(request, "GET");
				return listRecordings(request, account);
			case "/Conferences.json":
				requireMethod(request, "GET");
				return listConferences(request, account);
			default:
		}
		Matcher instance = INSTANCE.matcher(rest);
		if (instance.matches()) {
			String sid = instance.group(2);
			return switch (instance.group(1)) {
				case "Messages" -> message(request, account, sid);
				case "Calls" -> call(request, account, sid);
				case "IncomingPhoneNumbers" -> number(request, account, sid);
				case "Recordings" -> recording(request, account, sid);
				case "Conferences" -> conference(request, account, sid);
				default -> throw ApiException.notFound(request.path);
			};
		}
		throw notEmulated(request);
	}

	/**
	 * Return the error for a path the emulator serves nothing on, such as a Lookup: a
	 * plain "not found" would read as Twilio's answer about the number or SID in the path.
	 */
	static ApiException notEmulated(Request request) {
		return new ApiException(404, 20404, "The requested resource " + request.path + " was not found: the "
				+ "Twilio emulator does not emulate " + request.method + " on this path (see 'What it emulates' in "
				+ "the testing guide)");
	}

	// Accounts

	private Response listAccounts(Request request) {
		AccountState caller = request.account;
		return list(request, "accounts", () -> this.emulator.accounts()
			.values()
			.stream()
			.filter((a) -> a.sid.equals(caller.sid) || caller.sid.equals(a.ownerSid))
			.filter((a) -> matches(request.first("FriendlyName"), a.friendlyName))
			.filter((a) -> matches(request.first("Status"), a.status))
			.toList(), (a) -> a.sid, ApiJson::account, filters(request, "FriendlyName", "Status"));
	}

	private Response createAccount(Request request) {
		if (request.account.ownerSid != null) {
			throw new ApiException(403, 20005, "Subaccounts cannot create subaccounts");
		}
		synchronized (this.lock) {
			String sid = TwilioSids.next(TwilioSids.ACCOUNT);
			String friendlyName = Objects.requireNonNullElse(request.first("FriendlyName"),
					"SubAccount Created at " + ApiJson.date(this.emulator.clock().instant()));
			AccountState account = new AccountState(this.emulator.clock(), sid, request.account.sid,
					TwilioSids.next("AT").substring(2).toLowerCase(Locale.ROOT), friendlyName);
			this.emulator.accounts().put(sid, account);
			return Response.created(ApiJson.account(account));
		}
	}

	private Response updateAccount(AccountState account, Request request) {
		synchronized (this.lock) {
			String status = request.first("Status");
			if (status != null) {
				if (!Set.of("active", "suspended", "closed").contains(status)) {
					throw ApiException.badRequest(20001, "Status must be active, suspended or closed, not '"
							+ status + "'");
				}
				if (account.ownerSid == null && !status.equals("active")) {
					throw new ApiException(403, 20005, "The main account cannot be suspended or closed");
				}
				if (account.ownerSid != null && !account.ownerSid.equals(request.account.sid)) {
					throw new ApiException(403, 21100, "Only the main account can change the Status of subaccount "
							+ account.sid + ": sign the request with the main account's credentials");
				}
				if (account.status.equals("closed") && !status.equals("closed")) {
					throw ApiException.badRequest(21100, "Account " + account.sid + " is closed, and a closed "
							+ "account cannot be reopened: create a new subaccount instead");
				}
				if (status.equals("closed") && !account.status.equals("closed")) {
					// Twilio releases every number of a subaccount it closes
					this.emulator.numberStates().values().removeIf((number) -> number.accountSid.equals(account.sid));
				}
				account.status = status;
			}
			String friendlyName = request.first("FriendlyName");
			if (friendlyName != null) {
				account.friendlyName = friendlyName;
			}
			account.dateUpdated = this.emulator.clock().instant();
			return Response.ok(ApiJson.account(account));
		}
	}

	// Messages

	private Response createMessage(Request request, AccountState account) {
		requireActive(account);
		String to = request.first("To");
		if (isBlank(to)) {
			throw ApiException.badRequest(21604, "A 'To' phone number is required.");
		}
		String from = request.first("From");
		String messagingServiceSid = request.first("MessagingServiceSid");
		if (!isBlank(from) && TwilioEmulator.isMessagingServiceSid(from)) {
			// Twilio takes a messaging service's SID as the sender too, and the service
			// then picks the sender as for MessagingServiceSid. What it does with both is
			// undocumented: the emulator takes the request, and MessagingServiceSid, the
			// parameter for it, names the service
			if (isBlank(messagingServiceSid)) {
				messagingServiceSid = from;
			}
			from = null;
		}
		if (isBlank(from) && isBlank(messagingServiceSid)) {
			throw ApiException.badRequest(21603,
					"A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
		}
		if (!isBlank(messagingServiceSid) && !TwilioEmulator.isMessagingServiceSid(messagingServiceSid)) {
			throw ApiException.badRequest(21705, "The Messaging Service is invalid: MessagingServiceSid "
					+ messagingServiceSid + " is no SID of the form MG and 32 hexadecimal digits");
		}
		String body = Objects.requireNonNullElse(request.first("Body"), "");
		List<String> mediaUrls = request.all("MediaUrl");
		if (body.isEmpty() && mediaUrls.isEmpty() && isBlank(request.first("ContentSid"))) {
			throw ApiException.badRequest(21602, "Message body is required.");
		}
		String contentVariables = request.first("ContentVariables");
		if (contentVariables != null) {
			if (isBlank(request.first("ContentSid"))) {
				throw ApiException.badRequest(21654,
						"A ContentSid must be specified if ContentVariables are provided in the request.");
			}
			if (!isValidContentVariables(contentVariables)) {
				throw ApiException.badRequest(21656, "The ContentVariables Parameter is invalid.");
			}
		}
		// Twilio counts characters as UCS-2 does for segments: an emoji outside the Basic
		// Multilingual Plane takes two, as it does in a Java string
		if (body.length() > 1600) {
			throw ApiException.badRequest(21617, "The concatenated message body exceeds the 1600 character limit.");
		}
		if (!isBlank(from)) {
			checkSender(from);
		}
		checkRecipient(to);
		if (!isBlank(from) && TwilioEmulator.isWhatsApp(from) != TwilioEmulator.isWhatsApp(to)) {
			throw ApiException.badRequest(21910,
					"Invalid 'From' and 'To' pair. 'From' and 'To' should be of the same channel");
		}
		for (String url : mediaUrls) {
			if (!isHttpUrl(url)) {
				throw ApiException.badRequest(21620, "Media urls: " + url + " are invalid. Please use only valid "
						+ "http and https urls");
			}
		}
		String statusCallback = request.first("StatusCallback");
		if (statusCallback != null && !isHttpUrl(statusCallback)) {
			throw ApiException.badRequest(21609, "The StatusCallback URL " + statusCallback + " is not a valid URL.");
		}
		// Twilio's ShortenUrls asks for the MessagingServiceSid parameter itself, where
		// scheduling takes the service's SID in From as well, and so does the client
		if ("true".equalsIgnoreCase(request.first("ShortenUrls")) && isBlank(request.first("MessagingServiceSid"))) {
			throw ApiException.badRequest(20001, "ShortenUrls needs a MessagingServiceSid: Twilio shortens links "
					+ "only in messages sent through a messaging service with a link shortening domain");
		}
		String status = !isBlank(messagingServiceSid) ? "accepted" : "queued";
		String scheduleType = request.first("ScheduleType");
		// A SendAt without ScheduleType, or a schedule without a messaging service,
		// schedules nothing: Twilio takes the message and sends it at once, so refusing
		// it would fail code that works against Twilio
		Instant sendAt = isBlank(scheduleType) ? null
				: checkSchedule(scheduleType, request.first("SendAt"), messagingServiceSid);
		if (sendAt != null) {
			status = "scheduled";
		}
		MessageState message;
		Response created;
		synchronized (this.lock) {
			String sid = TwilioSids.next(mediaUrls.isEmpty() ? TwilioSids.MESSAGE : TwilioSids.MMS_MESSAGE);
			message = new MessageState(this.emulator.clock(), sid, account.sid, isBlank(from) ? null : from, to,
					body, status, "outbound-api");
			message.messagingServiceSid = isBlank(messagingServiceSid) ? null : messagingServiceSid;
			message.numSegments = (message.messagingServiceSid != null && from == null) ? 0
					: InboundMessagePayload.segments(body);
			for (String url : mediaUrls) {
				message.media.add(new MediaState(this.emulator.clock(), TwilioSids.next(TwilioSids.MEDIA), url,
						contentType(url)));
			}
			message.statusCallback = statusCallback;
			message.sendAt = sendAt;
			message.parameters = request.params();
			this.emulator.messageStates().put(sid, message);
			if (sendAt != null) {
				this.emulator.schedule(message);
			}
			this.lock.notifyAll();
			// Twilio answers with the state at creation; the lifecycle may move on at once.
			created = Response.created(ApiJson.message(message));
		}
		this.emulator.startMessage(message);
		return created;
	}

	/**
	 * Check a scheduled message as Twilio does: {@code ScheduleType} is {@code fixed},
	 * and a message through a messaging service has a valid send time.
	 * @return the time to send the message at, or {@code null} if it is not scheduled:
	 * Twilio drops the scheduling parameters of a message sent without a messaging
	 * service and sends it at once
	 */
	private @Nullable Instant checkSchedule(String scheduleType, @Nullable String sendAt,
			@Nullable String messagingServiceSid) {
		if (!scheduleType.equals("fixed")) {
			throw ApiException.badRequest(35126, "The ScheduleType value provided (" + scheduleType
					+ ") is not supported: use 'fixed'");
		}
		if (isBlank(messagingServiceSid)) {
			return null;
		}
		return checkSendAt(sendAt);
	}

	/**
	 * Check the send time of a scheduled message as Twilio does: an ISO-8601 date-time
	 * with an offset, from 15 minutes to 35 days after the request by the emulator's
	 * clock, both inclusive.
	 */
	private Instant checkSendAt(@Nullable String sendAt) {
		if (isBlank(sendAt)) {
			throw ApiException.badRequest(35111, "SendAt timestamp is missing: a message with ScheduleType "
					+ "'fixed' needs one");
		}
		Instant time;
		try {
			time = OffsetDateTime.parse(sendAt.trim()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest(35114, "Scheduling does not support this timestamp: SendAt '" + sendAt
					+ "' is no ISO-8601 date-time in UTC such as 2025-05-01T10:15:30Z");
		}
		Duration ahead = Duration.between(this.emulator.clock().instant(), time);
		if (ahead.compareTo(MIN_SCHEDULE_AHEAD) < 0 || ahead.compareTo(MAX_SCHEDULE_AHEAD) > 0) {
			throw ApiException.badRequest(35114, "Scheduling does not support this timestamp: SendAt " + sendAt
					+ " must be between 15 minutes and 35 days after the request");
		}
		return time;
	}

	private void checkSender(String from) {
		String address = TwilioEmulator.address(from);
		switch (address) {
			case TwilioTestNumbers.INVALID -> throw ApiException.badRequest(21212, "The 'From' number " + from
					+ " is not a valid phone number, shortcode, or alphanumeric sender ID.");
			case TwilioTestNumbers.NOT_OWNED -> throw ApiException.badRequest(21606, "The 'From' phone number "
					+ "provided (" + from + ") is not a valid message-capable Twilio phone number for this destination.");
			case TwilioTestNumbers.QUEUE_FULL -> throw ApiException.badRequest(21611,
					"This 'From' number has exceeded the maximum number of queued messages.");
			default -> {
			}
		}
		boolean valid = isPhoneChannel(from) ? (TwilioTestNumbers.isE164(address)
				|| SHORT_CODE.matcher(address).matches() || ALPHANUMERIC_SENDER.matcher(address).matches())
				: !address.isBlank();
		if (!valid) {
			throw ApiException.badRequest(21212, "The 'From' number " + from
					+ " is not a valid phone number, shortcode, or alphanumeric sender ID.");
		}
	}

	private void checkRecipient(String to) {
		String address = TwilioEmulator.address(to);
		switch (address) {
			case TwilioTestNumbers.INVALID ->
				throw ApiException.badRequest(21211, "Invalid 'To' Phone Number: " + to);
			case TwilioTestNumbers.CANNOT_ROUTE -> throw ApiException.badRequest(21612,
					"The 'To' phone number: " + to + ", is not currently reachable via SMS.");
			case TwilioTestNumbers.NO_INTERNATIONAL_PERMISSION -> throw ApiException.badRequest(21408,
					"Permission to send an SMS has not been enabled for the region indicated by the 'To' number: "
							+ to);
			case TwilioTestNumbers.BLOCKED ->
				throw ApiException.badRequest(21610, "Attempt to send to unsubscribed recipient");
			case TwilioTestNumbers.NOT_SMS_CAPABLE ->
				throw ApiException.badRequest(21614, "'To' number is not a valid mobile number");
			default -> {
			}
		}
		if (isPhoneChannel(to) ? !TwilioTestNumbers.isE164(address) : address.isBlank()) {
			throw ApiException.badRequest(21211, "Invalid 'To' Phone Number: " + to);
		}
	}

	/**
	 * Whether an address is a phone number: plain, or on WhatsApp. Other channels, such
	 * as {@code messenger:}, address people and senders by IDs of their own.
	 */
	private static boolean isPhoneChannel(String address) {
		int colon = address.indexOf(':');
		return colon < 0 || address.regionMatches(true, 0, "whatsapp:", 0, colon + 1);
	}

	/**
	 * Whether template variables are a JSON object whose values are neither null nor
	 * empty, as Twilio requires.
	 */
	private static boolean isValidContentVariables(String json) {
		JsonNode variables;
		try {
			variables = ApiJson.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			return false;
		}
		return variables != null && variables.isObject() && variables.values()
			.stream()
			.noneMatch((value) -> value.isNull() || (value.isString() && value.asString().isEmpty()));
	}

	private Response listMessages(Request request, AccountState account) {
		String to = request.first("To");
		String from = request.first("From");
		LocalDate on = date(request, "DateSent");
		LocalDate before = date(request, "DateSent<");
		LocalDate after = date(request, "DateSent>");
		return list(request, "messages", () -> newestFirst(this.emulator.messageStates()
			.values()
			.stream()
			.filter((m) -> m.accountSid.equals(account.sid) && !m.deleted)
			.filter((m) -> matches(to, m.to) && matches(from, m.from))
			.filter((m) -> inRange(m.dateSent, on, before, after)), (m) -> m.dateCreated), (m) -> m.sid,
				ApiJson::message, filters(request, "To", "From", "DateSent", "DateSent<", "DateSent>"));
	}

	private Response message(Request request, AccountState account, String sid) {
		MessageState message;
		synchronized (this.lock) {
			message = this.emulator.messageStates().get(sid);
			if (message == null || message.deleted || !message.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
		}
		switch (request.method) {
			case "GET":
				synchronized (this.lock) {
					return Response.ok(ApiJson.message(message));
				}
			case "DELETE":
				synchronized (this.lock) {
					message.deleted = true;
					this.emulator.unschedule(message);
					return Response.noContent();
				}
			case "POST":
				return updateMessage(request, message);
			default:
				throw methodNotAllowed(request);
		}
	}

	private Response updateMessage(Request request, MessageState message) {
		String status = request.first("Status");
		String body = request.first("Body");
		boolean canceled = false;
		synchronized (this.lock) {
			if (status != null) {
				if (!status.equals("canceled")) {
					throw ApiException.badRequest(20001, "Status can only be updated to 'canceled', not '" + status
							+ "'");
				}
				if (!message.status.equals("scheduled")) {
					throw ApiException.badRequest(30409, "This message cannot be canceled: its status is "
							+ message.status + ", and only scheduled messages can be");
				}
				this.emulator.unschedule(message);
				message.status("canceled");
				canceled = true;
			}
			if (body != null) {
				if (!body.isEmpty()) {
					throw ApiException.badRequest(20001, "Body can only be updated to an empty string, to redact "
							+ "the message");
				}
				message.body = "";
				message.dateUpdated = this.emulator.clock().instant();
			}
		}
		if (canceled) {
			this.emulator.cancelMessage(message);
		}
		synchronized (this.lock) {
			return Response.ok(ApiJson.message(message));
		}
	}

	private Response media(Request request, AccountState account, String messageSid, @Nullable String mediaSid) {
		synchronized (this.lock) {
			MessageState message = this.emulator.messageStates().get(messageSid);
			if (message == null || message.deleted || !message.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
			if (mediaSid != null) {
				MediaState media = message.media(mediaSid);
				if (media == null) {
					throw ApiException.notFound(request.path);
				}
				return Response.ok(ApiJson.media(message, media));
			}
		}
		return list(request, "media_list", () -> {
			MessageState message = this.emulator.messageStates().get(messageSid);
			return Objects.requireNonNull(message).media.stream().filter((m) -> !m.deleted).toList();
		}, (m) -> m.sid, (m) -> ApiJson.media(Objects.requireNonNull(this.emulator.messageStates().get(messageSid)), m),
				Map.of());
	}

	/**
	 * Delete a media file of a message: it is no longer listed, fetched or served, while
	 * the message keeps the {@code num_media} it was sent with and
	 * {@link EmulatedMessage#mediaUrls()} still shows what was sent.
	 */
	private Response deleteMedia(Request request, AccountState account, String messageSid, String mediaSid) {
		synchronized (this.lock) {
			MessageState message = this.emulator.messageStates().get(messageSid);
			if (message == null || message.deleted || !message.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
			MediaState media = message.media(mediaSid);
			if (media == null) {
				throw ApiException.notFound(request.path);
			}
			media.deleted = true;
			return Response.noContent();
		}
	}

	private Response feedback(Request request, AccountState account, String messageSid) {
		String outcome = request.first("Outcome");
		if (outcome != null && !FEEDBACK_OUTCOMES.contains(outcome)) {
			throw ApiException.badRequest(20001, "Outcome must be confirmed or unconfirmed, not '" + outcome + "'");
		}
		synchronized (this.lock) {
			MessageState message = this.emulator.messageStates().get(messageSid);
			if (message == null || message.deleted || !message.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
			if (outcome != null) {
				message.feedbackOutcome = outcome;
				message.feedbackUpdated = this.emulator.clock().instant();
			}
			return Response.ok(ApiJson.feedback(message));
		}
	}

	// Calls

	private Response createCall(Request request, AccountState account) {
		requireActive(account);
		String to = request.first("To");
		if (isBlank(to)) {
			throw ApiException.badRequest(21201, "No 'To' number is specified");
		}
		String from = request.first("From");
		if (isBlank(from)) {
			throw ApiException.badRequest(21213, "No 'From' number is specified");
		}
		String url = request.first("Url");
		String twiml = request.first("Twiml");
		if (isBlank(url) && isBlank(twiml) && isBlank(request.first("ApplicationSid"))) {
			throw ApiException.badRequest(21205, "A 'Url', 'Twiml' or 'ApplicationSid' parameter is required.");
		}
		if (!isBlank(url) && !isHttpUrl(url)) {
			throw ApiException.badRequest(21205, "Url is not a valid URL: " + url);
		}
		if (isBlank(url) && isBlank(twiml)) {
			throw ApiException.badRequest(21205, "The emulator cannot run applications: use 'Url' or 'Twiml'");
		}
		checkCallParties(from, to);
		String statusCallback = request.first("StatusCallback");
		if (statusCallback != null && !isHttpUrl(statusCallback)) {
			throw ApiException.badRequest(21609, "The StatusCallback URL " + statusCallback + " is not a valid URL.");
		}
		List<String> events = events(request, "StatusCallbackEvent", CALL_EVENTS,
				"initiated, ringing, answered or completed");
		@Nullable String asyncAmdStatusCallback = callbackUrl(request, "AsyncAmdStatusCallback");
		@Nullable String recordingStatusCallback = callbackUrl(request, "RecordingStatusCallback");
		List<String> recordingEvents = events(request, "RecordingStatusCallbackEvent", RECORDING_EVENTS,
				"in-progress, completed or absent");
		String recordingTrack = oneOf(request, "RecordingTrack", "both", "inbound", "outbound", "both");
		CallState call;
		Response created;
		synchronized (this.lock) {
			call = new CallState(this.emulator.clock(), TwilioSids.next(TwilioSids.CALL), account.sid, from, to,
					"queued", "outbound-api");
			call.url = isBlank(url) ? null : url;
			call.twiml = isBlank(url) ? twiml : null;
			call.method = Objects.requireNonNullElse(request.first("Method"), "POST");
			call.statusCallback = statusCallback;
			call.statusCallbackMethod = Objects.requireNonNullElse(request.first("StatusCallbackMethod"), "POST");
			call.statusCallbackEvents.addAll(events.isEmpty() ? List.of("completed") : events);
			String machineDetection = request.first("MachineDetection");
			call.machineDetection = isBlank(machineDetection) ? null : machineDetection;
			call.asyncAmd = "true".equalsIgnoreCase(request.first("AsyncAmd"));
			call.asyncAmdStatusCallback = asyncAmdStatusCallback;
			call.asyncAmdStatusCallbackMethod = Objects
				.requireNonNullElse(request.first("AsyncAmdStatusCallbackMethod"), "POST");
			call.record = "true".equalsIgnoreCase(request.first("Record"));
			call.recordingChannels = "dual".equalsIgnoreCase(request.first("RecordingChannels")) ? 2 : 1;
			call.recordingTrack = recordingTrack;
			call.recordingStatusCallback = recordingStatusCallback;
			call.recordingStatusCallbackMethod = Objects
				.requireNonNullElse(request.first("RecordingStatusCallbackMethod"), "POST");
			call.recordingStatusCallbackEvents
				.addAll(recordingEvents.isEmpty() ? List.of("completed") : recordingEvents);
			NumberState number = this.emulator.findNumber(from);
			call.phoneNumberSid = (number != null) ? number.sid : null;
			call.forcedOutcome = forcedOutcome(to);
			this.emulator.callStates().put(call.sid, call);
			this.lock.notifyAll();
			created = Response.created(ApiJson.call(call));
		}
		this.emulator.startCall(call);
		return created;
	}

	/**
	 * Return how a call to a magic number of the emulator ends instead of being
	 * answered, if it is one.
	 */
	private static @Nullable String forcedOutcome(String to) {
		return switch (to) {
			case TwilioTestNumbers.UNDELIVERABLE -> "busy";
			case TwilioTestNumbers.FAILING -> "no-answer";
			default -> null;
		};
	}

	/**
	 * Refuse a caller or callee that Twilio refuses, with Twilio's error, including the
	 * magic numbers of its test credentials.
	 */
	private static void checkCallParties(String from, String to) {
		if (from.equals(TwilioTestNumbers.INVALID) || !isCallAddress(from)) {
			throw ApiException.badRequest(21212, "The 'From' number " + from + " is not a valid phone number.");
		}
		switch (to) {
			case TwilioTestNumbers.INVALID ->
				throw ApiException.badRequest(21217, "Phone number " + to + " does not appear to be valid");
			case TwilioTestNumbers.CANNOT_ROUTE ->
				throw ApiException.badRequest(21214, "'To' phone number " + to + " cannot be reached");
			case TwilioTestNumbers.NO_INTERNATIONAL_PERMISSION -> throw ApiException.badRequest(21215,
					"Account not authorized to call " + to + ". Perhaps you need to enable some international "
							+ "permissions");
			case TwilioTestNumbers.BLOCKED ->
				throw ApiException.badRequest(21216, "Account not allowed to call " + to);
			default -> {
			}
		}
		if (!isCallAddress(to)) {
			throw ApiException.badRequest(21217, "Phone number " + to + " does not appear to be valid");
		}
	}

	/**
	 * Return the events a parameter asks callbacks for, given repeated or separated by
	 * spaces, refusing one that is not allowed.
	 */
	private static List<String> events(Request request, String name, Set<String> allowed, String listed) {
		List<String> events = new ArrayList<>();
		for (String value : request.all(name)) {
			for (String event : value.trim().split("\\s+")) {
				if (!allowed.contains(event)) {
					throw ApiException.badRequest(21626, name + " '" + event + "' is invalid: use " + listed);
				}
				events.add(event);
			}
		}
		return events;
	}

	private static @Nullable String callbackUrl(Request request, String name) {
		String url = request.first(name);
		if (isBlank(url)) {
			return null;
		}
		if (!isHttpUrl(url)) {
			throw ApiException.badRequest(21609, "The " + name + " URL " + url + " is not a valid URL.");
		}
		return url;
	}

	private Response listCalls(Request request, AccountState account) {
		String to = request.first("To");
		String from = request.first("From");
		String status = request.first("Status");
		String parent = request.first("ParentCallSid");
		LocalDate on = date(request, "StartTime");
		LocalDate before = date(request, "StartTime<");
		LocalDate after = date(request, "StartTime>");
		LocalDate endedOn = date(request, "EndTime");
		LocalDate endedBefore = date(request, "EndTime<");
		LocalDate endedAfter = date(request, "EndTime>");
		return list(request, "calls", () -> newestFirst(this.emulator.callStates()
			.values()
			.stream()
			.filter((c) -> c.accountSid.equals(account.sid) && !c.deleted)
			.filter((c) -> matches(to, c.to) && matches(from, c.from) && matches(status, c.status))
			.filter((c) -> parent == null)
			.filter((c) -> inRange(c.startTime, on, before, after))
			.filter((c) -> inRange(c.endTime, endedOn, endedBefore, endedAfter)), (c) -> c.dateCreated), (c) -> c.sid,
				ApiJson::call, filters(request, "To", "From", "Status", "ParentCallSid", "StartTime", "StartTime<",
						"StartTime>", "EndTime", "EndTime<", "EndTime>"));
	}

	private Response call(Request request, AccountState account, String sid) {
		CallState call;
		synchronized (this.lock) {
			call = this.emulator.callStates().get(sid);
			if (call == null || call.deleted || !call.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
		}
		switch (request.method) {
			case "GET":
				synchronized (this.lock) {
					return Response.ok(ApiJson.call(call));
				}
			case "DELETE":
				synchronized (this.lock) {
					if (!call.isFinished()) {
						throw ApiException.badRequest(20009, "Cannot delete call " + sid + " while it is "
								+ call.status + ": complete or cancel it first");
					}
					call.deleted = true;
					return Response.noContent();
				}
			case "POST":
				return updateCall(request, call);
			default:
				throw methodNotAllowed(request);
		}
	}

	private Response updateCall(Request request, CallState call) {
		String status = request.first("Status");
		String url = request.first("Url");
		String twiml = request.first("Twiml");
		boolean redirect = false;
		String ending = null;
		synchronized (this.lock) {
			if (status != null) {
				if (!status.equals("canceled") && !status.equals("completed")) {
					throw ApiException.badRequest(21220, "Status must be canceled or completed, not '" + status + "'");
				}
				if (call.isFinished()) {
					throw ApiException.badRequest(21220, "Call " + call.sid + " is not in-progress. Cannot redirect.");
				}
				// Twilio: canceled hangs up a call that is queued or ringing and does not
				// affect one in progress; completed hangs up a call whatever its state. One
				// that was never answered ends canceled, as no conversation was completed
				if (!call.status.equals("in-progress")) {
					ending = "canceled";
				}
				else if (status.equals("completed")) {
					ending = "completed";
				}
			}
			if (!isBlank(url) || !isBlank(twiml)) {
				if (!isBlank(url) && !isHttpUrl(url)) {
					throw ApiException.badRequest(21205, "Url is not a valid URL: " + url);
				}
				if (call.isFinished()) {
					throw ApiException.badRequest(21220, "Call " + call.sid + " is not in-progress. Cannot redirect.");
				}
				call.url = isBlank(url) ? null : url;
				call.twiml = isBlank(url) ? twiml : null;
				call.method = Objects.requireNonNullElse(request.first("Method"), "POST");
				redirect = call.status.equals("in-progress");
			}
			String statusCallback = request.first("StatusCallback");
			if (statusCallback != null) {
				call.statusCallback = statusCallback;
			}
			call.dateUpdated = this.emulator.clock().instant();
			if (ending != null) {
				// Under the lock, so that the call cannot be answered in between
				this.emulator.endCall(call, ending);
			}
		}
		if (ending == null && redirect) {
			this.emulator.redirectCall(call);
		}
		synchronized (this.lock) {
			return Response.ok(ApiJson.call(call));
		}
	}

	// Conferences

	private Response listConferences(Request request, AccountState account) {
		String status = request.first("Status");
		String friendlyName = request.first("FriendlyName");
		LocalDate on = date(request, "DateCreated");
		LocalDate before = date(request, "DateCreated<");
		LocalDate after = date(request, "DateCreated>");
		LocalDate updatedOn = date(request, "DateUpdated");
		LocalDate updatedBefore = date(request, "DateUpdated<");
		LocalDate updatedAfter = date(request, "DateUpdated>");
		return list(request, "conferences", () -> newestFirst(this.emulator.conferenceStates()
			.values()
			.stream()
			.filter((c) -> c.accountSid.equals(account.sid))
			.filter((c) -> matches(status, c.status) && matches(friendlyName, c.friendlyName))
			.filter((c) -> inRange(c.dateCreated, on, before, after))
			.filter((c) -> inRange(c.dateUpdated, updatedOn, updatedBefore, updatedAfter)), (c) -> c.dateCreated),
				(c) -> c.sid, ApiJson::conference, filters(request, "Status", "FriendlyName", "DateCreated",
					"DateCreated<", "DateCreated>", "DateUpdated", "DateUpdated<", "DateUpdated>"));
	}

	private Response conference(Request request, AccountState account, String sid) {
		ConferenceState conference = findConference(request, account, sid);
		switch (request.method) {
			case "GET":
				synchronized (this.lock) {
					return Response.ok(ApiJson.conference(conference));
				}
			case "POST":
				return updateConference(request, conference);
			default:
				throw methodNotAllowed(request);
		}
	}

	private ConferenceState findConference(Request request, AccountState account, String sid) {
		synchronized (this.lock) {
			ConferenceState conference = this.emulator.conferenceStates().get(sid);
			if (conference == null || !conference.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
			return conference;
		}
	}

	private Response updateConference(Request request, ConferenceState conference) {
		refuseAnnouncement(request);
		String status = request.first("Status");
		if (status != null) {
			if (!status.equals("completed")) {
				throw ApiException.badRequest(20001, "Status must be completed, not '" + status + "'");
			}
			if (!this.emulator.endConference(conference)) {
				throw ApiException.badRequest(20001, "Conference " + conference.sid + " is completed already");
			}
		}
		synchronized (this.lock) {
			return Response.ok(ApiJson.conference(conference));
		}
	}

	/**
	 * Refuse an announcement, which the emulator does not play, rather than accept it as
	 * if it were played.
	 */
	private static void refuseAnnouncement(Request request) {
		if (request.first("AnnounceUrl") != null) {
			throw ApiException.badRequest(20001, "The Twilio emulator does not emulate AnnounceUrl on "
					+ request.path + ": it plays no announcements (see 'What it emulates' in the testing guide)");
		}
	}

	private Response participants(Request request, AccountState account, String conferenceSid,
			@Nullable String callSidOrLabel) {
		if (callSidOrLabel == null && request.method.equals("POST")) {
			return createParticipant(request, account, decodePathSegment(conferenceSid));
		}
		ConferenceState conference = findConference(request, account, conferenceSid);
		if (callSidOrLabel == null) {
			return switch (request.method) {
				case "GET" -> listParticipants(request, conference);
				default -> throw methodNotAllowed(request);
			};
		}
		String key = decodePathSegment(callSidOrLabel);
		// Each request finds the participant under the lock it acts under, so that one who
		// hangs up in between is not found rather than updated or removed
		switch (request.method) {
			case "GET":
				synchronized (this.lock) {
					return Response.ok(ApiJson.participant(conference, participant(request, conference, key)));
				}
			case "POST":
				return updateParticipant(request, conference, key);
			case "DELETE":
				if (!this.emulator.kick(conference, key)) {
					throw ApiException.notFound(request.path);
				}
				return Response.noContent();
			default:
				throw methodNotAllowed(request);
		}
	}

	private static ParticipantState participant(Request request, ConferenceState conference, String callSidOrLabel) {
		ParticipantState participant = conference.participant(callSidOrLabel);
		if (participant == null) {
			throw ApiException.notFound(request.path);
		}
		return participant;
	}

	private static String decodePathSegment(String segment) {
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	/**
	 * Dial a participant out into a conference, named by its SID or by its friendly
	 * name, which creates the conference if none of that name is going on: its call is
	 * answered and joins, or ends busy or unanswered for the magic numbers, as a call
	 * created through the Calls API does.
	 */
	private Response createParticipant(Request request, AccountState account, String conferenceSidOrName) {
		requireActive(account);
		String to = request.first("To");
		if (isBlank(to)) {
			throw ApiException.badRequest(21201, "No 'To' number is specified: the participant to call");
		}
		String from = request.first("From");
		if (isBlank(from)) {
			throw ApiException.badRequest(21213, "No 'From' number is specified: the caller ID of the participant's "
					+ "call");
		}
		checkCallParties(from, to);
		String statusCallback = callbackUrl(request, "StatusCallback");
		String statusCallbackMethod = httpMethod(request, "StatusCallbackMethod");
		List<String> events = events(request, "StatusCallbackEvent", CALL_EVENTS,
				"initiated, ringing, answered or completed");
		String conferenceCallback = callbackUrl(request, "ConferenceStatusCallback");
		String conferenceCallbackMethod = httpMethod(request, "ConferenceStatusCallbackMethod");
		List<String> conferenceEvents = events(request, "ConferenceStatusCallbackEvent", CONFERENCE_EVENTS,
				"start, end, join, leave, mute, hold, modify, speaker or announcement");
		String conferenceRecord = request.first("ConferenceRecord");
		if (conferenceRecord != null && !CONFERENCE_RECORDS.contains(conferenceRecord)) {
			throw ApiException.badRequest(20001, "ConferenceRecord must be true, false, record-from-start or "
					+ "do-not-record, not '" + conferenceRecord + "'");
		}
		String recordingCallback = callbackUrl(request, "ConferenceRecordingStatusCallback");
		String recordingCallbackMethod = httpMethod(request, "ConferenceRecordingStatusCallbackMethod");
		List<String> recordingEvents = events(request, "ConferenceRecordingStatusCallbackEvent", RECORDING_EVENTS,
				"in-progress, completed or absent");
		Boolean muted = flag(request, "Muted");
		Boolean startConferenceOnEnter = flag(request, "StartConferenceOnEnter");
		Boolean endConferenceOnExit = flag(request, "EndConferenceOnExit");
		Boolean coaching = flag(request, "Coaching");
		String callSidToCoach = request.first("CallSidToCoach");
		if (Boolean.TRUE.equals(coaching) && isBlank(callSidToCoach)) {
			throw ApiException.badRequest(20001, "Coaching=true needs CallSidToCoach: the call SID of the "
					+ "participant to coach");
		}
		// Checked as Twilio checks them, though the emulator has nothing to ring, hear or beep
		flag(request, "EarlyMedia");
		String timeout = request.first("Timeout");
		if (timeout != null && !isWholeNumberBetween(timeout, 5, 600)) {
			throw ApiException.badRequest(20001, "Timeout must be a whole number of seconds from 5 to 600, not '"
					+ timeout + "'");
		}
		String beep = request.first("Beep");
		if (beep != null && !BEEPS.contains(beep)) {
			throw ApiException.badRequest(20001, "Beep must be true, false, onEnter or onExit, not '" + beep + "'");
		}
		String maxParticipants = request.first("MaxParticipants");
		if (maxParticipants != null && !isWholeNumberBetween(maxParticipants, 2, ConferenceState.MAX_PARTICIPANTS)) {
			throw ApiException.badRequest(20001, "MaxParticipants must be a whole number from 2 to "
					+ ConferenceState.MAX_PARTICIPANTS + ", not '" + maxParticipants + "'");
		}
		String label = request.first("Label");
		CallState call;
		Response created;
		synchronized (this.lock) {
			ConferenceState conference;
			if (CONFERENCE_SID.matcher(conferenceSidOrName).matches()) {
				conference = findConference(request, account, conferenceSidOrName);
				if (conference.status.equals("completed")) {
					throw ApiException.badRequest(20001, "Conference " + conference.sid + " is completed: add the "
							+ "participant to a conference that is going on, or name one by its friendly name to "
							+ "start a new one");
				}
			}
			else {
				ConferenceState goingOn = this.emulator.conferenceGoingOn(account.sid, conferenceSidOrName);
				// Before a conference is started for the name, which the refused participant
				// would leave behind, empty
				if (goingOn == null && !Boolean.FALSE.equals(coaching) && !isBlank(callSidToCoach)) {
					throw notCoachable(callSidToCoach, "a conference named '" + conferenceSidOrName + "'");
				}
				// As with Twilio, a friendly name joins the conference of that name going on, or starts one
				conference = (goingOn != null) ? goingOn
						: this.emulator.conferenceNamed(account.sid, conferenceSidOrName);
			}
			if (!Boolean.FALSE.equals(coaching) && !isBlank(callSidToCoach)) {
				requireCoachable(conference, callSidToCoach);
			}
			if (!isBlank(label) && conference.participant(label) != null) {
				throw ApiException.badRequest(20001, "Conference " + conference.sid + " has a participant labeled '"
						+ label + "' already: a label names one participant");
			}
			call = new CallState(this.emulator.clock(), TwilioSids.next(TwilioSids.CALL), account.sid, from, to,
					"queued", "outbound-api");
			call.statusCallback = statusCallback;
			call.statusCallbackMethod = statusCallbackMethod;
			call.statusCallbackEvents.addAll(events.isEmpty() ? List.of("completed") : events);
			NumberState number = this.emulator.findNumber(from);
			call.phoneNumberSid = (number != null) ? number.sid : null;
			call.forcedOutcome = forcedOutcome(to);
			ParticipantState participant = new ParticipantState(this.emulator.clock(), call, conference.sid, null, -1);
			participant.label = isBlank(label) ? null : label;
			participant.muted = Boolean.TRUE.equals(muted);
			participant.startConferenceOnEnter = !Boolean.FALSE.equals(startConferenceOnEnter);
			participant.endConferenceOnExit = Boolean.TRUE.equals(endConferenceOnExit);
			// Twilio: coaching defaults to whether a call to coach is given
			participant.coaching = (coaching != null) ? coaching : !isBlank(callSidToCoach);
			participant.callSidToCoach = participant.coaching ? callSidToCoach : null;
			participant.conferenceSettings = (c) -> {
				if (conferenceCallback != null) {
					c.statusCallback = conferenceCallback;
					c.statusCallbackMethod = conferenceCallbackMethod;
					c.statusCallbackEvents
						.addAll(conferenceEvents.isEmpty() ? List.of("start", "end") : conferenceEvents);
				}
				if (maxParticipants != null) {
					c.maxParticipants = Integer.parseInt(maxParticipants.trim());
				}
				// true is taken for record-from-start, the one way the emulator records a conference
				c.record = "true".equals(conferenceRecord) || "record-from-start".equals(conferenceRecord);
				if (c.record && recordingCallback != null) {
					c.recordingStatusCallback = recordingCallback;
					c.recordingStatusCallbackMethod = recordingCallbackMethod;
					c.recordingStatusCallbackEvents
						.addAll(recordingEvents.isEmpty() ? List.of("completed") : recordingEvents);
				}
			};
			participant.status("queued");
			participant.reported.add(participant.status);
			call.participant = participant;
			conference.dialing.put(call.sid, participant);
			this.emulator.callStates().put(call.sid, call);
			this.lock.notifyAll();
			created = Response.created(ApiJson.participant(conference, participant));
		}
		this.emulator.startCall(call);
		return created;
	}

	/**
	 * Refuse a coach of a call that is not connected to the conference, as Twilio does
	 * with its error 16028: one still being dialed into it has not joined yet.
	 */
	private static void requireCoachable(ConferenceState conference, String callSidToCoach) {
		if (!conference.participants.containsKey(callSidToCoach)) {
			throw notCoachable(callSidToCoach, "conference " + conference.sid);
		}
	}

	private static ApiException notCoachable(String callSidToCoach, String conference) {
		return ApiException.badRequest(16028, "CallSidToCoach " + callSidToCoach + " is not a participant "
				+ "connected to " + conference + ": coach a call once it has joined the conference");
	}

	private static boolean isWholeNumberBetween(String value, int min, int max) {
		String trimmed = value.trim();
		if (!trimmed.matches("[0-9]{1,4}")) {
			return false;
		}
		int seconds = Integer.parseInt(trimmed);
		return seconds >= min && seconds <= max;
	}

	/**
	 * Return the HTTP method a parameter names for a callback, {@code POST} by default,
	 * refusing one other than {@code GET} and {@code POST}.
	 */
	private static String httpMethod(Request request, String name) {
		String method = request.first(name);
		if (isBlank(method)) {
			return "POST";
		}
		String upper = method.trim().toUpperCase(Locale.ROOT);
		if (!upper.equals("GET") && !upper.equals("POST")) {
			throw ApiException.badRequest(20001, name + " must be GET or POST, not '" + method + "'");
		}
		return upper;
	}

	private Response listParticipants(Request request, ConferenceState conference) {
		Boolean muted = flag(request, "Muted");
		Boolean hold = flag(request, "Hold");
		Boolean coaching = flag(request, "Coaching");
		return list(request, "participants", () -> conference.everyParticipant()
			.stream()
			.filter((p) -> (muted == null || muted == p.muted) && (hold == null || hold == p.hold)
					&& (coaching == null || coaching == p.coaching))
			.toList(), (p) -> p.call.sid, (p) -> ApiJson.participant(conference, p),
				filters(request, "Muted", "Hold", "Coaching"));
	}

	private Response updateParticipant(Request request, ConferenceState conference, String callSidOrLabel) {
		refuseAnnouncement(request);
		Boolean muted = flag(request, "Muted");
		Boolean hold = flag(request, "Hold");
		Boolean endConferenceOnExit = flag(request, "EndConferenceOnExit");
		Boolean coaching = flag(request, "Coaching");
		String callSidToCoach = request.first("CallSidToCoach");
		List<TwilioEmulator.ConferenceEvent> events = new ArrayList<>();
		Response updated;
		synchronized (this.lock) {
			ParticipantState participant = participant(request, conference, callSidOrLabel);
			if (Boolean.TRUE.equals(coaching) && isBlank(callSidToCoach) && participant.callSidToCoach == null) {
				throw ApiException.badRequest(20001, "Coaching=true needs CallSidToCoach: the call SID of the "
						+ "participant to coach");
			}
			if (!Boolean.FALSE.equals(coaching) && !isBlank(callSidToCoach)) {
				requireCoachable(conference, callSidToCoach);
			}
			if (muted != null && muted != participant.muted) {
				participant.muted = muted;
				this.emulator.conferenceEvent(conference, "mute", muted ? "participant-mute" : "participant-unmute",
						participant, events);
			}
			if (hold != null && hold != participant.hold) {
				participant.hold = hold;
				this.emulator.conferenceEvent(conference, "hold", hold ? "participant-hold" : "participant-unhold",
						participant, events);
			}
			if (endConferenceOnExit != null) {
				participant.endConferenceOnExit = endConferenceOnExit;
			}
			if (!isBlank(callSidToCoach)) {
				participant.callSidToCoach = callSidToCoach;
			}
			if (coaching != null) {
				participant.coaching = coaching;
				if (!coaching) {
					participant.callSidToCoach = null;
				}
			}
			participant.dateUpdated = this.emulator.clock().instant();
			updated = Response.ok(ApiJson.participant(conference, participant));
		}
		this.emulator.deliver(events);
		return updated;
	}

	private Response conferenceRecordings(Request request, AccountState account, String conferenceSid,
			@Nullable String sid) {
		ConferenceState conference = findConference(request, account, conferenceSid);
		URI baseUrl = this.emulator.baseUrl();
		if (sid == null) {
			requireMethod(request, "GET");
			LocalDate on = date(request, "DateCreated");
			LocalDate before = date(request, "DateCreated<");
			LocalDate after = date(request, "DateCreated>");
			return list(request, "recordings", () -> newestFirst(this.emulator.recordingStates()
				.values()
				.stream()
				.filter((r) -> conference.sid.equals(r.conferenceSid))
				.filter((r) -> inRange(r.dateCreated, on, before, after)), (r) -> r.dateCreated), (r) -> r.sid,
					(r) -> ApiJson.conferenceRecording(r, baseUrl),
					filters(request, "DateCreated", "DateCreated<", "DateCreated>"));
		}
		List<TwilioEmulator.ConferenceEvent> events = new ArrayList<>();
		Response response;
		synchronized (this.lock) {
			// Twilio.CURRENT names the recording in progress or paused, for an update
			RecordingState recording = (sid.equals("Twilio.CURRENT") && request.method.equals("POST"))
					? conference.recording : this.emulator.recordingStates().get(sid);
			if (recording == null || !conference.sid.equals(recording.conferenceSid)) {
				throw ApiException.notFound(request.path);
			}
			switch (request.method) {
				case "GET":
					return Response.ok(ApiJson.conferenceRecording(recording, baseUrl));
				case "DELETE":
					if (conference.recording == recording) {
						conference.recording = null;
					}
					this.emulator.recordingStates().remove(recording.sid);
					return Response.noContent();
				case "POST":
					response = updateConferenceRecording(request, conference, recording, events);
					break;
				default:
					throw methodNotAllowed(request);
			}
		}
		this.emulator.deliver(events);
		return response;
	}

	/**
	 * Pause, resume or stop a conference's recording; a stopped recording is answered
	 * {@code stopped}, as Twilio does, and processed at once into a completed one.
	 */
	private Response updateConferenceRecording(Request request, ConferenceState conference,
			RecordingState recording, List<TwilioEmulator.ConferenceEvent> events) {
		String status = request.first("Status");
		String pauseBehavior = request.first("PauseBehavior");
		if (status == null || !Set.of("paused", "in-progress", "stopped").contains(status)) {
			throw ApiException.badRequest(20001,
					"Status must be paused, in-progress or stopped, not '" + status + "'");
		}
		if (pauseBehavior != null && !Set.of("skip", "silence").contains(pauseBehavior)) {
			throw ApiException.badRequest(20001, "PauseBehavior must be skip or silence, not '" + pauseBehavior + "'");
		}
		if (conference.recording != recording) {
			throw ApiException.badRequest(20001, "Recording " + recording.sid + " is " + recording.status
					+ ": only a recording in progress or paused can be updated");
		}
		recording.status = status;
		recording.dateUpdated = this.emulator.clock().instant();
		Response response = Response.ok(ApiJson.conferenceRecording(recording, this.emulator.baseUrl()));
		if (status.equals("stopped")) {
			this.emulator.completeRecording(conference, events);
		}
		return response;
	}

	/**
	 * Return a boolean parameter, refusing a value that is neither {@code true} nor
	 * {@code false}.
	 */
	private static @Nullable Boolean flag(Request request, String name) {
		String value = request.first(name);
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw ApiException.badRequest(20001, name + " must be true or false, not '" + value + "'");
		};
	}

	// Phone numbers

	private Response buyNumber(Request request, AccountState account) {
		String phoneNumber = request.first("PhoneNumber");
		String areaCode = request.first("AreaCode");
		synchronized (this.lock) {
			if (isBlank(phoneNumber)) {
				if (isBlank(areaCode)) {
					throw ApiException.badRequest(21421, "A 'PhoneNumber' or 'AreaCode' parameter is required.");
				}
				phoneNumber = numberInAreaCode(areaCode);
			}
			else if (phoneNumber.equals(TwilioTestNumbers.UNAVAILABLE)) {
				throw ApiException.badRequest(21422, "PhoneNumber " + phoneNumber + " is not available.");
			}
			else if (phoneNumber.equals(TwilioTestNumbers.INVALID) || !TwilioTestNumbers.isE164(phoneNumber)) {
				throw ApiException.badRequest(21421, "PhoneNumber " + phoneNumber + " is invalid.");
			}
			if (this.emulator.findNumber(phoneNumber) != null) {
				throw ApiException.badRequest(21422, "PhoneNumber " + phoneNumber + " is not available.");
			}
			NumberState number = this.emulator.buyNumber(account.sid, phoneNumber);
			configure(number, request);
			return Response.created(ApiJson.incomingNumber(number));
		}
	}

	private String numberInAreaCode(String areaCode) {
		if (areaCode.equals(TwilioTestNumbers.EMPTY_AREA_CODE)) {
			throw ApiException.badRequest(21452, "No phone numbers found in area code " + areaCode);
		}
		if (!areaCode.matches("[2-9][0-9]{2}")) {
			throw ApiException.badRequest(21451, "AreaCode " + areaCode + " is invalid");
		}
		if (areaCode.equals(TwilioTestNumbers.AVAILABLE_AREA_CODE)
				&& this.emulator.findNumber(TwilioTestNumbers.VALID) == null) {
			return TwilioTestNumbers.VALID;
		}
		for (int attempt = 0; attempt < 1000; attempt++) {
			String candidate = "+1" + areaCode + "555" + String.format(Locale.ROOT, "%04d", this.random.nextInt(10000));
			if (this.emulator.findNumber(candidate) == null) {
				return candidate;
			}
		}
		throw ApiException.badRequest(21452, "No phone numbers found in area code " + areaCode);
	}

	private void configure(NumberState number, Request request) {
		number.friendlyName = Objects.requireNonNullElse(request.first("FriendlyName"), number.friendlyName);
		number.smsUrl = url(request, "SmsUrl", number.smsUrl);
		number.smsMethod = method(request, "SmsMethod", number.smsMethod);
		number.smsFallbackUrl = url(request, "SmsFallbackUrl", number.smsFallbackUrl);
		number.smsFallbackMethod = method(request, "SmsFallbackMethod", number.smsFallbackMethod);
		number.voiceUrl = url(request, "VoiceUrl", number.voiceUrl);
		number.voiceMethod = method(request, "VoiceMethod", number.voiceMethod);
		number.voiceFallbackUrl = url(request, "VoiceFallbackUrl", number.voiceFallbackUrl);
		number.voiceFallbackMethod = method(request, "VoiceFallbackMethod", number.voiceFallbackMethod);
		number.statusCallback = url(request, "StatusCallback", number.statusCallback);
		number.statusCallbackMethod = method(request, "StatusCallbackMethod", number.statusCallbackMethod);
		String lookup = request.first("VoiceCallerIdLookup");
		if (lookup != null) {
			number.voiceCallerIdLookup = Boolean.parseBoolean(lookup);
		}
		number.apiVersion = oneOf(request, "ApiVersion", number.apiVersion, "2010-04-01", "2008-08-01");
		number.smsApplicationSid = sid(request, "SmsApplicationSid", "AP", number.smsApplicationSid);
		number.voiceApplicationSid = sid(request, "VoiceApplicationSid", "AP", number.voiceApplicationSid);
		number.trunkSid = sid(request, "TrunkSid", "TK", number.trunkSid);
		number.addressSid = sid(request, "AddressSid", "AD", number.addressSid);
		number.emergencyAddressSid = sid(request, "EmergencyAddressSid", "AD", number.emergencyAddressSid);
		number.bundleSid = sid(request, "BundleSid", "BU", number.bundleSid);
		number.identitySid = sid(request, "IdentitySid", "RI", number.identitySid);
		number.emergencyStatus = oneOf(request, "EmergencyStatus", number.emergencyStatus, "Active", "Inactive");
		number.voiceReceiveMode = oneOf(request, "VoiceReceiveMode", number.voiceReceiveMode, "voice", "fax");
		number.dateUpdated = this.emulator.clock().instant();
	}

	private static @Nullable String sid(Request request, String name, String prefix, @Nullable String current) {
		String value = request.first(name);
		if (value == null) {
			return current;
		}
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches(prefix + "[0-9a-fA-F]{32}")) {
			throw ApiException.badRequest(20001, name + " must be a SID that starts with " + prefix + ", not '"
					+ value + "'");
		}
		return value;
	}

	private static String oneOf(Request request, String name, String current, String... allowed) {
		String value = request.first(name);
		if (value == null) {
			return current;
		}
		if (!List.of(allowed).contains(value)) {
			throw ApiException.badRequest(20001, name + " must be one of " + String.join(", ", allowed) + ", not '"
					+ value + "'");
		}
		return value;
	}

	private static @Nullable String url(Request request, String name, @Nullable String current) {
		String value = request.first(name);
		if (value == null) {
			return current;
		}
		if (value.isEmpty()) {
			return null;
		}
		if (!isHttpUrl(value)) {
			throw ApiException.badRequest(21502, name + " is not a valid URL: " + value);
		}
		return value;
	}

	private static String method(Request request, String name, String current) {
		String value = request.first(name);
		if (value == null) {
			return current;
		}
		String method = value.toUpperCase(Locale.ROOT);
		if (!method.equals("GET") && !method.equals("POST")) {
			throw ApiException.badRequest(21503, name + " must be GET or POST, not '" + value + "'");
		}
		return method;
	}

	private Response listNumbers(Request request, AccountState account) {
		String phoneNumber = request.first("PhoneNumber");
		String friendlyName = request.first("FriendlyName");
		return list(request, "incoming_phone_numbers", () -> this.emulator.numberStates()
			.values()
			.stream()
			.filter((n) -> n.accountSid.equals(account.sid))
			.filter((n) -> phoneNumber == null || n.phoneNumber.contains(phoneNumber.replace("*", "")))
			.filter((n) -> matches(friendlyName, n.friendlyName))
			// Every number of the emulator is Twilio's own, none hosted
			.filter((n) -> matches(request.first("Origin"), "twilio"))
			.toList(), (n) -> n.sid, ApiJson::incomingNumber, filters(request, "PhoneNumber", "FriendlyName", "Origin", "Beta"));
	}

	private Response number(Request request, AccountState account, String sid) {
		synchronized (this.lock) {
			NumberState number = this.emulator.numberStates().get(sid);
			if (number == null || !number.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
			switch (request.method) {
				case "GET":
					return Response.ok(ApiJson.incomingNumber(number));
				case "POST":
					String owner = transferTarget(request, number);
					configure(number, request);
					number.accountSid = owner;
					return Response.ok(ApiJson.incomingNumber(number));
				case "DELETE":
					this.emulator.numberStates().remove(sid);
					return Response.noContent();
				default:
					throw methodNotAllowed(request);
			}
		}
	}

	/**
	 * The account that should own a number after an update: the one its
	 * {@code AccountSid} names, which Twilio allows to be the main account or one of its
	 * subaccounts, as long as the number's account is in the same family and the main
	 * account asks.
	 */
	private String transferTarget(Request request, NumberState number) {
		String target = request.first("AccountSid");
		if (target == null || target.equals(number.accountSid)) {
			return number.accountSid;
		}
		if (request.account.ownerSid != null) {
			throw new ApiException(403, 20005,
					"Only the main account can move a phone number to another account, not subaccount "
							+ request.account.sid);
		}
		AccountState to = this.emulator.accounts().get(target);
		if (to == null || !(to.sid.equals(request.account.sid) || request.account.sid.equals(to.ownerSid))) {
			throw ApiException.badRequest(20001, "AccountSid " + target
					+ " is neither the main account nor one of its subaccounts");
		}
		if (to.status.equals("closed")) {
			throw ApiException.badRequest(20001, "AccountSid " + target + " is closed");
		}
		return to.sid;
	}

	private Response availableNumbers(Request request, AccountState account, @Nullable String country,
			@Nullable String type) {
		String base = "/2010-04-01/Accounts/" + account.sid + "/AvailablePhoneNumbers";
		if (country == null) {
			ObjectNode json = ApiJson.mapper.createObjectNode();
			ArrayNode countries = json.putArray("countries");
			COUNTRIES.keySet().stream().sorted().forEach((code) -> countries.add(country(base, code)));
			json.put("uri", base + ".json");
			return Response.ok(json);
		}
		String code = country.toUpperCase(Locale.ROOT);
		if (!COUNTRIES.containsKey(code) || (type != null && type.equals("Mobile") && !code.equals("GB"))) {
			throw ApiException.notFound(request.path);
		}
		if (type == null) {
			return Response.ok(country(base, code));
		}
		int pageSize = pageSize(request);
		String areaCode = request.first("AreaCode");
		String contains = request.first("Contains");
		Pattern pattern = (contains != null) ? containsPattern(contains) : null;
		List<String> found = new ArrayList<>();
		synchronized (this.lock) {
			for (int attempt = 0; found.size() < pageSize && attempt < pageSize * 20; attempt++) {
				String candidate = candidate(code, type, areaCode);
				if (candidate == null) {
					break;
				}
				if (contains != null) {
					candidate = withPattern(candidate, code, type, areaCode, contains);
				}
				if (this.emulator.findNumber(candidate) == null && !found.contains(candidate)
						&& (pattern == null || matches(pattern, candidate, code))
						&& hasCapabilities(request, candidate, code)) {
					found.add(candidate);
				}
			}
		}
		ObjectNode json = ApiJson.mapper.createObjectNode();
		ArrayNode numbers = json.putArray("available_phone_numbers");
		found.forEach((number) -> numbers.add(ApiJson.availableNumber(number, code)));
		json.put("uri", base + "/" + code + "/" + type + ".json");
		return Response.ok(json);
	}

	/**
	 * The pattern of a search's {@code Contains}, over the digits of the national number:
	 * letters stand for their keypad digits, {@code *} for any digit, {@code %} for any
	 * digits, a leading {@code +} anchors the start and a trailing {@code $} the end.
	 */
	private static Pattern containsPattern(String contains) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < contains.length(); i++) {
			char c = contains.charAt(i);
			if (c == '+' && i == 0) {
				regex.append('^');
			}
			else if (c == '$' && i == contains.length() - 1) {
				regex.append('$');
			}
			else if (c == '*') {
				regex.append("[0-9]");
			}
			else if (c == '%') {
				regex.append("[0-9]*");
			}
			else if (keypad(c) != 0) {
				regex.append(keypad(c));
			}
			else {
				throw ApiException.badRequest(20001, "Contains must have digits, letters and the meta-characters "
						+ "*, %, + and $ only, not '" + contains + "'");
			}
		}
		return Pattern.compile(regex.toString());
	}

	private static char keypad(char c) {
		if (c >= '0' && c <= '9') {
			return c;
		}
		int letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(Character.toUpperCase(c));
		return (letter >= 0 && c < 128) ? "22233344455566677778889999".charAt(letter) : 0;
	}

	private static boolean matches(Pattern pattern, String number, String country) {
		return pattern.matcher(national(number, country)).find() || pattern.matcher(number.substring(1)).find();
	}

	private static String national(String number, String country) {
		return number.substring(country.equals("GB") ? 3 : 2);
	}

	/**
	 * A candidate changed to match a search's {@code Contains}: the pattern's digits, with
	 * a random digit for each {@code *}, at the start of the national number when the
	 * pattern is anchored there, else at its end. The candidate is left as it is when the
	 * change would make it a number of another kind or area code.
	 */
	private String withPattern(String candidate, String country, String type, @Nullable String areaCode,
			String contains) {
		String generated = national(candidate, country);
		String countryCode = candidate.substring(1, candidate.length() - generated.length());
		// Random digits after the area code, so that a long pattern still leaves numbers
		// to choose from
		StringBuilder national = new StringBuilder(generated.substring(0, 3));
		while (national.length() < generated.length()) {
			national.append(randomDigit());
		}
		StringBuilder digits = new StringBuilder();
		for (char c : contains.toCharArray()) {
			if (c == '*') {
				digits.append(randomDigit());
			}
			else if (keypad(c) != 0) {
				digits.append(keypad(c));
			}
		}
		boolean anchored = contains.startsWith("+");
		List<String> patterns = new ArrayList<>();
		if (anchored && digits.indexOf(countryCode) == 0) {
			// A pattern anchored with + may start with the country code, as E.164 does
			patterns.add(digits.substring(countryCode.length()));
		}
		patterns.add(digits.toString());
		for (String pattern : patterns) {
			if (pattern.length() > national.length()) {
				continue;
			}
			String changed = anchored ? pattern + national.substring(pattern.length())
					: national.substring(0, national.length() - pattern.length()) + pattern;
			if (sameKind(changed, generated, country, type, areaCode)) {
				return "+" + countryCode + changed;
			}
		}
		return candidate;
	}

	private char randomDigit() {
		return (char) ('0' + this.random.nextInt(10));
	}

	private static boolean sameKind(String changed, String national, String country, String type,
			@Nullable String areaCode) {
		if (country.equals("GB")) {
			return changed.regionMatches(0, national, 0, 3);
		}
		if (areaCode != null) {
			return changed.startsWith(areaCode);
		}
		boolean tollFree = TOLL_FREE_PREFIXES.contains(changed.substring(0, 3));
		return changed.charAt(0) >= '2' && tollFree == type.equals("TollFree");
	}

	private static boolean hasCapabilities(Request request, String number, String country) {
		boolean messaging = ApiJson.canMessage(number, country);
		return offers(request, "VoiceEnabled", true) && offers(request, "SmsEnabled", messaging)
				&& offers(request, "MmsEnabled", messaging) && offers(request, "FaxEnabled", false);
	}

	private static boolean offers(Request request, String filter, boolean capable) {
		String wanted = request.first(filter);
		return wanted == null || Boolean.parseBoolean(wanted) == capable;
	}

	private @Nullable String candidate(String country, String type, @Nullable String areaCode) {
		String line = String.format(Locale.ROOT, "%04d", this.random.nextInt(10000));
		if (country.equals("GB")) {
			return type.equals("Mobile") ? "+4477009" + String.format(Locale.ROOT, "%05d", this.random.nextInt(100000))
					: type.equals("TollFree") ? "+44800" + String.format(Locale.ROOT, "%07d", this.random.nextInt(10000000))
							: "+44207946" + line;
		}
		if (type.equals("TollFree")) {
			String prefix = (areaCode != null) ? areaCode
					: TOLL_FREE_PREFIXES.get(this.random.nextInt(TOLL_FREE_PREFIXES.size()));
			return "+1" + prefix + "555" + line;
		}
		if (areaCode != null) {
			if (areaCode.equals(TwilioTestNumbers.EMPTY_AREA_CODE) || !areaCode.matches("[2-9][0-9]{2}")) {
				return null;
			}
			return "+1" + areaCode + "555" + line;
		}
		List<String> known = TwilioTestNumbers.knownAreaCodes()
			.stream()
			.filter((code) -> country.equals(Objects.requireNonNull(TwilioTestNumbers.areaCode(code)).isoCountry()))
			.toList();
		return "+1" + known.get(this.random.nextInt(known.size())) + "555" + line;
	}

	private static ObjectNode country(String base, String code) {
		ObjectNode json = ApiJson.mapper.createObjectNode();
		json.put("beta", false);
		json.put("country", COUNTRIES.get(code));
		json.put("country_code", code);
		ObjectNode subresources = json.putObject("subresource_uris");
		subresources.put("local", base + "/" + code + "/Local.json");
		subresources.put("toll_free", base + "/" + code + "/TollFree.json");
		if (code.equals("GB")) {
			subresources.put("mobile", base + "/" + code + "/Mobile.json");
		}
		json.put("uri", base + "/" + code + ".json");
		return json;
	}

	// Recordings

	private Response listRecordings(Request request, AccountState account) {
		String callSid = request.first("CallSid");
		String conferenceSid = request.first("ConferenceSid");
		LocalDate on = date(request, "DateCreated");
		LocalDate before = date(request, "DateCreated<");
		LocalDate after = date(request, "DateCreated>");
		URI baseUrl = this.emulator.baseUrl();
		return list(request, "recordings", () -> newestFirst(this.emulator.recordingStates()
			.values()
			.stream()
			.filter((r) -> r.accountSid.equals(account.sid) && matches(callSid, r.callSid))
			.filter((r) -> matches(conferenceSid, r.conferenceSid))
			.filter((r) -> inRange(r.dateCreated, on, before, after)), (r) -> r.dateCreated), (r) -> r.sid,
				(r) -> ApiJson.recording(r, baseUrl),
				filters(request, "CallSid", "ConferenceSid", "DateCreated", "DateCreated<", "DateCreated>"));
	}

	private Response recording(Request request, AccountState account, String sid) {
		synchronized (this.lock) {
			RecordingState recording = this.emulator.recordingStates().get(sid);
			if (recording == null || !recording.accountSid.equals(account.sid)) {
				throw ApiException.notFound(request.path);
			}
			switch (request.method) {
				case "GET":
					return Response.ok(ApiJson.recording(recording, this.emulator.baseUrl()));
				case "DELETE":
					this.emulator.recordingStates().remove(sid);
					ConferenceState conference = (recording.conferenceSid != null)
							? this.emulator.conferenceStates().get(recording.conferenceSid) : null;
					if (conference != null && conference.recording == recording) {
						conference.recording = null;
					}
					return Response.noContent();
				default:
					throw methodNotAllowed(request);
			}
		}
	}

	/**
	 * Return the file behind a media URL, a recording's or a message's media, if the path
	 * is one, for an authenticated request that may read the account.
	 */
	private @Nullable FileState mediaFile(Request request, String accountSid, String rest) {
		Matcher recordingMedia = RECORDING_MEDIA.matcher(rest);
		Matcher messageMedia = MESSAGE_MEDIA.matcher(rest);
		boolean recording = recordingMedia.matches();
		if (!recording && !messageMedia.matches()) {
			return null;
		}
		AccountState account = authorize(request, accountSid);
		long expires = System.nanoTime() + FILE_LINK_NANOS;
		synchronized (this.lock) {
			if (recording) {
				RecordingState state = this.emulator.recordingStates().get(recordingMedia.group(1));
				if (state == null || !state.accountSid.equals(account.sid)) {
					throw ApiException.notFound(request.path);
				}
				return ".mp3".equals(recordingMedia.group(2))
						? new FileState("audio/mpeg", silentMp3(state.duration), expires)
						: new FileState("audio/x-wav", silence(state.duration), expires);
			}
			String messageSid = messageMedia.group(1);
			String mediaSid = messageMedia.group(2);
			MessageState message = this.emulator.messageStates().get(messageSid);
			MediaState media = (message == null || !message.accountSid.equals(account.sid)) ? null
					: message.media(mediaSid);
			if (media == null) {
				throw ApiException.notFound(request.path);
			}
			// A placeholder body of the media's content type
			String placeholder = "Media " + mediaSid + " of message " + messageSid + ", emulated";
			return new FileState(media.contentType, placeholder.getBytes(StandardCharsets.US_ASCII), expires);
		}
	}

	/**
	 * Answer a media URL as Twilio does: a {@code 307} to a short-lived link with a small
	 * XML body that names it.
	 */
	private void redirectToFile(HttpExchange exchange, FileState file) throws IOException {
		byte[] random = new byte[24];
		TOKENS.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		synchronized (this.lock) {
			Map<String, FileState> files = this.emulator.fileStates();
			long now = System.nanoTime();
			files.values().removeIf((kept) -> kept.isExpired(now));
			files.put(token, file);
		}
		String link = this.emulator.baseUrl() + FILES + token;
		byte[] body = ("<?xml version='1.0' encoding='UTF-8'?>\n<TwilioResponse><RedirectTo>" + link
				+ "</RedirectTo></TwilioResponse>")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Twilio-Request-Id", TwilioSids.next(TwilioSids.REQUEST));
		exchange.getResponseHeaders().add("Location", link);
		sendContent(exchange, 307, "application/xml", body);
	}

	/**
	 * Serve the file of a link that a media URL redirected to, without authentication: the
	 * token is the credential. A request with an {@code Authorization} header is refused
	 * as Amazon S3 refuses one for a signed link, and an expired or unknown link is
	 * forbidden, with S3's XML errors.
	 */
	private void serveFile(HttpExchange exchange, String token) throws IOException {
		exchange.getRequestBody().readAllBytes();
		if (exchange.getRequestHeaders().containsKey("Authorization")) {
			sendXmlError(exchange, 400, "InvalidArgument", "Only one auth mechanism allowed; only the token in the "
					+ "link or the Authorization header should be specified");
			return;
		}
		FileState file;
		synchronized (this.lock) {
			file = this.emulator.fileStates().get(token);
		}
		if (file == null || file.isExpired(System.nanoTime())) {
			sendXmlError(exchange, 403, "AccessDenied", "Request has expired or the link is not valid");
			return;
		}
		sendContent(exchange, 200, file.contentType(), file.content());
	}

	private static void sendXmlError(HttpExchange exchange, int status, String code, String message)
			throws IOException {
		byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
				+ "</Message></Error>")
			.getBytes(StandardCharsets.UTF_8);
		sendContent(exchange, status, "application/xml", body);
	}

	private static void sendContent(HttpExchange exchange, int status, String contentType, byte[] content)
			throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, content.length);
		try (OutputStream body = exchange.getResponseBody()) {
			body.write(content);
		}
	}

	private static byte[] silence(int seconds) {
		int sampleRate = 8000;
		int dataLength = sampleRate * seconds;
		byte[] wav = new byte[44 + dataLength];
		java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataLength);
		header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
		header.putInt(sampleRate).putInt(sampleRate).putShort((short) 1).putShort((short) 8);
		header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataLength);
		java.util.Arrays.fill(wav, 44, wav.length, (byte) 0x80);
		return wav;
	}

	/**
	 * Return silent MPEG-1 Layer III audio: mono frames at 32 kHz and 32 kbit/s, 144
	 * bytes each, whose side information and main data are all zero.
	 */
	private static byte[] silentMp3(int seconds) {
		int frameLength = 144;
		int frames = (seconds * 32000 + 1151) / 1152;
		byte[] mp3 = new byte[frames * frameLength];
		for (int frame = 0; frame < frames; frame++) {
			int offset = frame * frameLength;
			mp3[offset] = (byte) 0xFF;
			mp3[offset + 1] = (byte) 0xFB;
			mp3[offset + 2] = (byte) 0x18;
			mp3[offset + 3] = (byte) 0xC0;
		}
		return mp3;
	}

	// Lists

	/**
	 * Order what a list answers as Twilio does, the newest first: by date created, and
	 * those created at the same time, as a clock that a test moves on gives many, the last
	 * created first, so that items created meanwhile do not land on the next page.
	 * @param items the items in the order they were created
	 * @param dateCreated the date an item was created
	 * @return the items, the newest first
	 */
	private static <T> List<T> newestFirst(Stream<T> items, Function<T, Instant> dateCreated) {
		List<T> newestFirst = new ArrayList<>(items.toList());
		Collections.reverse(newestFirst);
		// A stable sort: the last created stays first among those of the same date
		newestFirst.sort(Comparator.comparing(dateCreated).reversed());
		return newestFirst;
	}

	private <T> Response list(Request request, String itemsField, java.util.function.Supplier<List<T>> items,
			Function<T, String> sid, Function<T, ObjectNode> render, Map<String, String> filters) {
		int pageSize = pageSize(request);
		int page = page(request);
		String path = request.path;
		synchronized (this.lock) {
			List<T> all = items.get();
			int start = Math.min(page * pageSize, all.size());
			String after = afterSid(request.first("PageToken"));
			if (after != null) {
				// As Twilio's page token, the next page goes on after the last item of the
				// page before, so that items created meanwhile do not push that page's items
				// onto this one
				for (int i = 0; i < all.size(); i++) {
					if (sid.apply(all.get(i)).equals(after)) {
						start = i + 1;
						break;
					}
				}
			}
			int end = Math.min(start + pageSize, all.size());
			ObjectNode json = ApiJson.mapper.createObjectNode();
			ArrayNode array = json.putArray(itemsField);
			all.subList(start, end).forEach((item) -> array.add(render.apply(item)));
			json.put("end", Math.max(start, end - 1));
			json.put("first_page_uri", pageUri(path, filters, pageSize, 0, null));
			json.put("next_page_uri",
					(end < all.size()) ? pageUri(path, filters, pageSize, page + 1, sid.apply(all.get(end - 1))) : null);
			json.put("page", page);
			json.put("page_size", pageSize);
			json.put("previous_page_uri", (page > 0) ? pageUri(path, filters, pageSize, page - 1, null) : null);
			json.put("start", start);
			json.put("uri", pageUri(path, filters, pageSize, page, after));
			return Response.ok(json);
		}
	}

	/**
	 * Return the SID that a page token names as the last item of the page before, if it
	 * names one: Twilio's tokens are {@code PA} and that SID.
	 */
	private static @Nullable String afterSid(@Nullable String pageToken) {
		return (pageToken != null && pageToken.startsWith("PA") && pageToken.length() == 36) ? pageToken.substring(2)
				: null;
	}

	private static String pageUri(String path, Map<String, String> filters, int pageSize, int page,
			@Nullable String lastSid) {
		StringBuilder uri = new StringBuilder(path).append('?');
		filters.forEach((name, value) -> uri.append(encode(name)).append('=').append(encode(value)).append('&'));
		uri.append("PageSize=").append(pageSize).append("&Page=").append(page);
		if (lastSid != null) {
			uri.append("&PageToken=PA").append(lastSid);
		}
		else if (page > 0) {
			uri.append("&PageToken=PA").append(TwilioSids.next("PA").substring(2));
		}
		return uri.toString();
	}

	static Map<String, String> filters(Request request, String... names) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String name : names) {
			String value = request.first(name);
			if (value != null) {
				filters.put(name, value);
			}
		}
		return filters;
	}

	static int pageSize(Request request) {
		String value = request.first("PageSize");
		if (value == null) {
			return 50;
		}
		try {
			int pageSize = Integer.parseInt(value.trim());
			if (pageSize < 1 || pageSize > 1000) {
				throw ApiException.badRequest(20001, "PageSize must be between 1 and 1000, not " + value);
			}
			return pageSize;
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest(20001, "PageSize must be a number, not '" + value + "'");
		}
	}

	static int page(Request request) {
		String value = request.first("Page");
		try {
			int page = (value != null) ? Integer.parseInt(value.trim()) : 0;
			if (page < 0) {
				throw ApiException.badRequest(20001, "Page must not be negative");
			}
			return page;
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest(20001, "Page must be a number, not '" + value + "'");
		}
	}

	private static @Nullable LocalDate date(Request request, String name) {
		String value = request.first(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest(20001, name + " must be a date such as 2025-01-31, not '" + value + "'");
		}
	}

	private static boolean inRange(@Nullable Instant instant, @Nullable LocalDate on, @Nullable LocalDate before,
			@Nullable LocalDate after) {
		if (on == null && before == null && after == null) {
			return true;
		}
		if (instant == null) {
			return false;
		}
		LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
		return (on == null || date.equals(on)) && (before == null || !date.isAfter(before))
				&& (after == null || !date.isBefore(after));
	}

	// HTTP

	private AccountState authenticate(HttpExchange exchange) {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw new ApiException(401, 20003, "Authenticate");
		}
		String credentials;
		try {
			credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(401, 20003, "Authenticate");
		}
		int colon = credentials.indexOf(':');
		String username = (colon >= 0) ? credentials.substring(0, colon) : credentials;
		String password = (colon >= 0) ? credentials.substring(colon + 1) : "";
		synchronized (this.lock) {
			AccountState account = this.emulator.accounts().get(username);
			if (account == null || !java.security.MessageDigest.isEqual(
					account.authToken.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
				throw new ApiException(401, 20003, "Authentication Error - invalid username");
			}
			if (!account.status.equals("active")) {
				throw new ApiException(401, 20003, "Authentication Error - account " + account.sid + " is "
						+ account.status);
			}
			return account;
		}
	}

	/**
	 * Refuse to send a message or place a call for a suspended or closed subaccount, as
	 * Twilio does when the parent's credentials reach it: its own credentials are refused
	 * before any resource is looked at.
	 */
	private void requireActive(AccountState account) {
		synchronized (this.lock) {
			if (!account.status.equals("active")) {
				throw new ApiException(403, 10001, "Account " + account.sid + " is not active: it is "
						+ account.status + ", and may not send messages or place calls until it is active again");
			}
		}
	}

	private AccountState authorize(Request request, String accountSid) {
		synchronized (this.lock) {
			AccountState account = this.emulator.accounts().get(accountSid);
			if (account == null
					|| !(account.sid.equals(request.account.sid) || request.account.sid.equals(account.ownerSid))) {
				throw ApiException.notFound(request.path);
			}
			return account;
		}
	}

	private static Map<String, List<String>> params(HttpExchange exchange) throws IOException {
		Map<String, List<String>> params = new LinkedHashMap<>();
		decode(exchange.getRequestURI().getRawQuery(), params);
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			try (InputStream body = exchange.getRequestBody()) {
				decode(new String(body.readAllBytes(), StandardCharsets.UTF_8), params);
			}
		}
		else {
			exchange.getRequestBody().readAllBytes();
		}
		return params;
	}

	@SuppressWarnings("NullAway") // TwilioForms.decode throws only its own exception, which names the pair
	private static void decode(@Nullable String form, Map<String, List<String>> into) {
		try {
			TwilioForms.decode(form, StandardCharsets.UTF_8)
				.forEach((name, values) -> into.computeIfAbsent(name, (key) -> new ArrayList<>()).addAll(values));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest(20001, ex.getMessage());
		}
	}

	private static void send(HttpExchange exchange, int status, @Nullable JsonNode body) throws IOException {
		exchange.getResponseHeaders().add("Twilio-Request-Id", TwilioSids.next(TwilioSids.REQUEST));
		if (body == null) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		byte[] bytes = ApiJson.mapper.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private ObjectNode json(java.util.function.Supplier<ObjectNode> supplier) {
		synchronized (this.lock) {
			return supplier.get();
		}
	}

	/**
	 * Refuse a request with another method with Twilio's 405.
	 */
	static void requireMethod(Request request, String method) {
		if (!request.method.equals(method)) {
			throw methodNotAllowed(request);
		}
	}

	static ApiException methodNotAllowed(Request request) {
		return new ApiException(405, 20004, "Method " + request.method + " not allowed on " + request.path);
	}

	private static boolean matches(@Nullable String filter, @Nullable String value) {
		return filter == null || filter.equals(value);
	}

	@Contract("null -> true")
	static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = URI.create(value.trim());
			String scheme = uri.getScheme();
			return uri.getHost() != null && scheme != null
					&& (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isCallAddress(String value) {
		return TwilioTestNumbers.isE164(value) || value.startsWith("client:") || value.startsWith("sip:");
	}

	static String contentType(String url) {
		// The path names the file: a signed link's query string ends with its signature.
		// Not parsed as a URI: the URL of a TwiML reply's <Media> need not be a valid one
		String lower = url.trim().split("[?#]", 2)[0].toLowerCase(Locale.ROOT);
		if (lower.endsWith(".png")) {
			return "image/png";
		}
		if (lower.endsWith(".gif")) {
			return "image/gif";
		}
		if (lower.endsWith(".pdf")) {
			return "application/pdf";
		}
		return "image/jpeg";
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A parsed API request.
	 */
	record Request(String method, String path, Map<String, List<String>> params, AccountState account) {

		@Nullable String first(String name) {
			return RequestParameters.first(this.params, name);
		}

		List<String> all(String name) {
			Collection<String> values = this.params.get(name);
			return (values != null) ? List.copyOf(values) : List.of();
		}

	}

	/**
	 * An API response.
	 */
	record Response(int status, @Nullable JsonNode body) {

		static Response ok(JsonNode body) {
			return new Response(200, body);
		}

		static Response created(JsonNode body) {
			return new Response(201, body);
		}

		static Response noContent() {
			return new Response(204, null);
		}

	}

}
