package dev.twiliospring.test.emulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.twiliospring.test.TwilioSids;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.ApiHandler.Request;
import dev.twiliospring.test.emulator.ApiHandler.Response;
import dev.twiliospring.test.emulator.EmulatorState.VerificationState;
import dev.twiliospring.test.emulator.EmulatorState.VerifyServiceState;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the emulated Verify v2 API: services, verifications and verification checks.
 */
final class VerifyHandler {

	static final String PREFIX = "/v2/Services";

	private static final Pattern SERVICE_PATH = Pattern
		.compile("/v2/Services/(VA[0-9a-fA-F]{32})(|/Verifications|/Verifications/(VE[0-9a-fA-F]{32})|/VerificationCheck)");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> DELETED = Set.of("approved", "expired", "max_attempts_reached");

	private static final Set<String> CHANNELS = Set.of("sms", "call", "email", "whatsapp");

	private static final Set<String> FLAGS = Set.of("LookupEnabled", "SkipSmsToLandlines", "DtmfInputRequired",
			"Psd2Enabled", "DoNotShareWarningEnabled", "CustomCodeEnabled", "Push.IncludeDate",
			"VerifyEventSubscriptionEnabled");

	private static final Set<String> SETTINGS = Set.of("FriendlyName", "CodeLength", "LookupEnabled",
			"SkipSmsToLandlines", "DtmfInputRequired", "TtsName", "Psd2Enabled", "DoNotShareWarningEnabled",
			"CustomCodeEnabled", "Push.IncludeDate", "Push.ApnCredentialSid", "Push.FcmCredentialSid", "Totp.Issuer",
			"Totp.TimeStep", "Totp.CodeLength", "Totp.Skew", "DefaultTemplateSid", "Whatsapp.MsgServiceSid",
			"Whatsapp.From", "Passkeys.RelyingParty.Id", "Passkeys.RelyingParty.Name",
			"Passkeys.RelyingParty.Origins", "Passkeys.AuthenticatorAttachment", "Passkeys.DiscoverableCredentials",
			"Passkeys.UserVerification", "VerifyEventSubscriptionEnabled");

	/**
	 * How long a verification stays pending, as with Twilio.
	 */
	static final Duration VALIDITY = Duration.ofMinutes(10);

	/**
	 * How many times a verification's code may be sent, and checked.
	 */
	static final int MAX_ATTEMPTS = 5;

	private static final DateTimeFormatter ISO_8601 = DateTimeFormatter.ISO_INSTANT;

	private static final SecureRandom CODES = new SecureRandom();

	private final TwilioEmulator emulator;

	private final Object lock;

	VerifyHandler(TwilioEmulator emulator) {
		this.emulator = emulator;
		this.lock = emulator.lock();
	}

	Response route(Request request) {
		if (request.path().equals(PREFIX)) {
			return switch (request.method()) {
				case "GET" -> listServices(request);
				case "POST" -> createService(request);
				default -> throw ApiHandler.methodNotAllowed(request);
			};
		}
		Matcher matcher = SERVICE_PATH.matcher(request.path());
		if (!matcher.matches()) {
			throw ApiException.notFound(request.path());
		}
		VerifyServiceState service = service(request, matcher.group(1));
		String rest = matcher.group(2);
		if (rest.isEmpty()) {
			return switch (request.method()) {
				case "GET" -> ok(() -> service(service));
				case "POST" -> updateService(request, service);
				case "DELETE" -> deleteService(service);
				default -> throw ApiHandler.methodNotAllowed(request);
			};
		}
		if (rest.equals("/Verifications")) {
			ApiHandler.requireMethod(request, "POST");
			return createVerification(request, service);
		}
		if (rest.equals("/VerificationCheck")) {
			ApiHandler.requireMethod(request, "POST");
			return check(request, service);
		}
		VerificationState verification = verification(request, service, matcher.group(3));
		return switch (request.method()) {
			case "GET" -> fetchVerification(request, verification);
			case "POST" -> updateVerification(request, verification);
			default -> throw ApiHandler.methodNotAllowed(request);
		};
	}

	// Services

	private Response listServices(Request request) {
		int pageSize = ApiHandler.pageSize(request);
		int page = ApiHandler.page(request);
		synchronized (this.lock) {
			List<VerifyServiceState> all = this.emulator.verifyServiceStates()
				.values()
				.stream()
				.filter((service) -> service.accountSid.equals(request.account().sid))
				.toList();
			int start = Math.min(page * pageSize, all.size());
			int end = Math.min(start + pageSize, all.size());
			ObjectNode json = ApiJson.mapper.createObjectNode();
			ArrayNode services = json.putArray("services");
			all.subList(start, end).forEach((service) -> services.add(service(service)));
			ObjectNode meta = json.putObject("meta");
			meta.put("page", page);
			meta.put("page_size", pageSize);
			meta.put("first_page_url", pageUrl(pageSize, 0));
			meta.put("previous_page_url", (page > 0) ? pageUrl(pageSize, page - 1) : null);
			meta.put("url", pageUrl(pageSize, page));
			meta.put("next_page_url", (end < all.size()) ? pageUrl(pageSize, page + 1) : null);
			meta.put("key", "services");
			return Response.ok(json);
		}
	}

	private String pageUrl(int pageSize, int page) {
		return this.emulator.baseUrl() + PREFIX + "?PageSize=" + pageSize + "&Page=" + page;
	}

	private Response createService(Request request) {
		if (ApiHandler.isBlank(request.first("FriendlyName"))) {
			throw missing("FriendlyName");
		}
		Map<String, String> settings = settings(request);
		synchronized (this.lock) {
			VerifyServiceState service = new VerifyServiceState(this.emulator.clock(), TwilioSids.next("VA"),
					request.account().sid);
			service.settings.putAll(settings);
			this.emulator.verifyServiceStates().put(service.sid, service);
			return new Response(201, service(service));
		}
	}

	private Response updateService(Request request, VerifyServiceState service) {
		Map<String, String> settings = settings(request);
		synchronized (this.lock) {
			service.settings.putAll(settings);
			service.dateUpdated = this.emulator.clock().instant();
			return Response.ok(service(service));
		}
	}

	private Response deleteService(VerifyServiceState service) {
		synchronized (this.lock) {
			this.emulator.verifyServiceStates().remove(service.sid);
			this.emulator.verificationStates().values().removeIf((v) -> v.serviceSid.equals(service.sid));
			return Response.noContent();
		}
	}

	private static Map<String, String> settings(Request request) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String name : SETTINGS) {
			String value = request.first(name);
			if (value == null) {
				continue;
			}
			if (FLAGS.contains(name) && !value.equals("true") && !value.equals("false")) {
				throw invalid(name, value);
			}
			settings.put(name, value);
		}
		String codeLength = settings.get("CodeLength");
		if (codeLength != null && !codeLength.matches("(?:[4-9]|10)")) {
			throw invalid("CodeLength", codeLength);
		}
		String friendlyName = settings.get("FriendlyName");
		if (friendlyName != null && friendlyName.isBlank()) {
			throw invalid("FriendlyName", "");
		}
		return settings;
	}

	private VerifyServiceState service(Request request, String sid) {
		synchronized (this.lock) {
			VerifyServiceState service = this.emulator.verifyServiceStates().get(sid);
			if (service == null || !service.accountSid.equals(request.account().sid)) {
				throw ApiException.notFound(request.path());
			}
			return service;
		}
	}

	// Verifications

	private Response createVerification(Request request, VerifyServiceState service) {
		String to = request.first("To");
		String channel = request.first("Channel");
		if (ApiHandler.isBlank(to)) {
			throw missing("To");
		}
		if (ApiHandler.isBlank(channel)) {
			throw missing("Channel");
		}
		if (!CHANNELS.contains(channel)) {
			throw invalid("Channel", channel);
		}
		if (channel.equals("email") ? !EMAIL.matcher(to).matches() : !TwilioTestNumbers.isE164(to)) {
			throw invalid("To", to);
		}
		String customCode = request.first("CustomCode");
		VerificationState verification;
		String serviceName;
		Response created;
		synchronized (this.lock) {
			// Twilio takes custom codes of 4 to 10 characters, as the codes it generates
			if (customCode != null && (!service.flag("CustomCodeEnabled", false) || customCode.isBlank()
					|| customCode.length() < 4 || customCode.length() > 10)) {
				throw invalid("CustomCode", customCode);
			}
			if (channel.equals("sms") && service.flag("SkipSmsToLandlines", false)
					&& LookupHandler.lineType(this.emulator, to).equals("landline")) {
				throw new ApiException(403, 60205, "SMS is not supported by landline phone number");
			}
			verification = pending(service, to);
			if (verification == null) {
				String code = (customCode != null) ? customCode : code(service.codeLength());
				verification = new VerificationState(this.emulator.clock(), TwilioSids.next("VE"), service.sid,
						service.accountSid, to, channel, code);
				this.emulator.verificationStates().put(verification.sid, verification);
			}
			else if (verification.sendAttempts.size() >= MAX_ATTEMPTS) {
				throw new ApiException(429, 60203, "Max send attempts reached");
			}
			else {
				// Twilio sends the pending verification's code again, on the channel asked for
				verification.channel = channel;
				verification.dateUpdated = this.emulator.clock().instant();
			}
			Map<String, String> attempt = new LinkedHashMap<>();
			attempt.put("time", date(this.emulator.clock().instant()));
			attempt.put("channel", channel.equals("whatsapp") ? channel : channel.toUpperCase(Locale.ROOT));
			attempt.put("attempt_sid", TwilioSids.next("VL"));
			verification.sendAttempts.add(attempt);
			verification.parameters = request.params();
			// As with Twilio, a verification's own name replaces the service's in its text
			String customName = request.first("CustomFriendlyName");
			serviceName = ApiHandler.isBlank(customName) ? service.settings.get("FriendlyName") : customName;
			created = new Response(201, verification(verification));
		}
		if (channel.equals("sms")) {
			this.emulator.sendVerificationSms(verification, Objects.requireNonNull(serviceName));
		}
		return created;
	}

	private Response fetchVerification(Request request, VerificationState verification) {
		synchronized (this.lock) {
			// Twilio deletes a verification once it is approved, expired or out of check attempts
			if (DELETED.contains(verification.status)) {
				throw ApiException.notFound(request.path());
			}
			return Response.ok(verification(verification));
		}
	}

	private Response updateVerification(Request request, VerificationState verification) {
		String status = request.first("Status");
		if (ApiHandler.isBlank(status)) {
			throw missing("Status");
		}
		if (!status.equals("approved") && !status.equals("canceled")) {
			throw invalid("Status", status);
		}
		synchronized (this.lock) {
			if (!refresh(verification).status.equals("pending")) {
				throw ApiException.notFound(request.path());
			}
			verification.status(status);
			return Response.ok(verification(verification));
		}
	}

	private Response check(Request request, VerifyServiceState service) {
		String code = request.first("Code");
		String to = request.first("To");
		String verificationSid = request.first("VerificationSid");
		if (ApiHandler.isBlank(code)) {
			throw invalid("Code", "");
		}
		if (ApiHandler.isBlank(to) && ApiHandler.isBlank(verificationSid)) {
			throw ApiException.badRequest(60200, "Invalid parameter: either 'To' or 'VerificationSid' is required");
		}
		synchronized (this.lock) {
			VerificationState verification;
			if (!ApiHandler.isBlank(verificationSid)) {
				verification = this.emulator.verificationStates().get(verificationSid);
				if (verification != null && (!verification.serviceSid.equals(service.sid)
						|| !refresh(verification).status.equals("pending"))) {
					verification = null;
				}
			}
			else {
				verification = pending(service, Objects.requireNonNull(to));
			}
			if (verification == null) {
				throw ApiException.notFound(request.path());
			}
			if (verification.checks >= MAX_ATTEMPTS) {
				verification.status("max_attempts_reached");
				throw new ApiException(429, 60202, "Max check attempts reached");
			}
			verification.checks++;
			if (verification.code.equals(code)) {
				verification.status("approved");
			}
			ObjectNode json = commonFields(verification);
			json.putArray("sna_attempts_error_codes");
			return Response.ok(json);
		}
	}

	private VerificationState verification(Request request, VerifyServiceState service, String sid) {
		synchronized (this.lock) {
			VerificationState verification = this.emulator.verificationStates().get(sid);
			if (verification == null || !verification.serviceSid.equals(service.sid)) {
				throw ApiException.notFound(request.path());
			}
			return refresh(verification);
		}
	}

	/**
	 * Return the verification pending for a recipient in a service, if any.
	 */
	private @Nullable VerificationState pending(VerifyServiceState service, String to) {
		for (VerificationState verification : this.emulator.verificationStates().values()) {
			if (verification.serviceSid.equals(service.sid) && verification.to.equals(to)
					&& refresh(verification).status.equals("pending")) {
				return verification;
			}
		}
		return null;
	}

	/**
	 * Let a verification expire if its time is up.
	 */
	static VerificationState refresh(VerificationState verification) {
		if (verification.status.equals("pending") && !verification.clock.instant().isBefore(verification.expiresAt)) {
			verification.status("expired");
		}
		return verification;
	}

	private static String code(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(CODES.nextInt(10));
		}
		return code.toString();
	}

	// JSON

	private ObjectNode service(VerifyServiceState service) {
		Map<String, String> settings = service.settings;
		String url = this.emulator.baseUrl() + PREFIX + "/" + service.sid;
		ObjectNode json = ApiJson.mapper.createObjectNode();
		json.put("sid", service.sid);
		json.put("account_sid", service.accountSid);
		json.put("friendly_name", settings.get("FriendlyName"));
		json.put("code_length", service.codeLength());
		json.put("lookup_enabled", service.flag("LookupEnabled", false));
		json.put("psd2_enabled", service.flag("Psd2Enabled", false));
		json.put("skip_sms_to_landlines", service.flag("SkipSmsToLandlines", false));
		json.put("dtmf_input_required", service.flag("DtmfInputRequired", true));
		json.put("tts_name", settings.get("TtsName"));
		json.put("do_not_share_warning_enabled", service.flag("DoNotShareWarningEnabled", false));
		json.put("custom_code_enabled", service.flag("CustomCodeEnabled", false));
		ObjectNode push = json.putObject("push");
		push.put("include_date", service.flag("Push.IncludeDate", false));
		push.put("apn_credential_sid", settings.get("Push.ApnCredentialSid"));
		push.put("fcm_credential_sid", settings.get("Push.FcmCredentialSid"));
		ObjectNode totp = json.putObject("totp");
		totp.put("issuer", settings.get("Totp.Issuer"));
		number(totp, "time_step", settings.get("Totp.TimeStep"));
		number(totp, "code_length", settings.get("Totp.CodeLength"));
		number(totp, "skew", settings.get("Totp.Skew"));
		json.put("default_template_sid", settings.get("DefaultTemplateSid"));
		ObjectNode whatsapp = json.putObject("whatsapp");
		whatsapp.put("msg_service_sid", settings.get("Whatsapp.MsgServiceSid"));
		whatsapp.put("from", settings.get("Whatsapp.From"));
		ObjectNode passkeys = json.putObject("passkeys");
		ObjectNode relyingParty = passkeys.putObject("relying_party");
		relyingParty.put("id", settings.get("Passkeys.RelyingParty.Id"));
		relyingParty.put("name", settings.get("Passkeys.RelyingParty.Name"));
		relyingParty.put("origins", settings.get("Passkeys.RelyingParty.Origins"));
		passkeys.put("authenticator_attachment", settings.get("Passkeys.AuthenticatorAttachment"));
		passkeys.put("discoverable_credentials", settings.get("Passkeys.DiscoverableCredentials"));
		passkeys.put("user_verification", settings.get("Passkeys.UserVerification"));
		json.put("verify_event_subscription_enabled", service.flag("VerifyEventSubscriptionEnabled", false));
		json.put("date_created", date(service.dateCreated));
		json.put("date_updated", date(service.dateUpdated));
		json.put("url", url);
		ObjectNode links = json.putObject("links");
		links.put("verification_checks", url + "/VerificationCheck");
		links.put("verifications", url + "/Verifications");
		links.put("rate_limits", url + "/RateLimits");
		links.put("messaging_configurations", url + "/MessagingConfigurations");
		links.put("entities", url + "/Entities");
		links.put("webhooks", url + "/Webhooks");
		links.put("access_tokens", url + "/AccessTokens");
		return json;
	}

	private ObjectNode verification(VerificationState verification) {
		ObjectNode json = commonFields(verification);
		json.putObject("lookup");
		ArrayNode attempts = json.putArray("send_code_attempts");
		verification.sendAttempts.forEach((attempt) -> {
			ObjectNode item = attempts.addObject();
			attempt.forEach(item::put);
		});
		json.putNull("sna");
		json.put("url", this.emulator.baseUrl() + PREFIX + "/" + verification.serviceSid + "/Verifications/"
				+ verification.sid);
		return json;
	}

	/**
	 * Return the fields that a verification and a verification check share.
	 */
	private static ObjectNode commonFields(VerificationState verification) {
		ObjectNode json = ApiJson.mapper.createObjectNode();
		json.put("sid", verification.sid);
		json.put("service_sid", verification.serviceSid);
		json.put("account_sid", verification.accountSid);
		json.put("to", verification.to);
		json.put("channel", verification.channel);
		json.put("status", verification.status);
		json.put("valid", verification.status.equals("approved"));
		json.putNull("amount");
		json.putNull("payee");
		json.put("date_created", date(verification.dateCreated));
		json.put("date_updated", date(verification.dateUpdated));
		return json;
	}

	private static void number(ObjectNode json, String field, @Nullable String value) {
		if (value != null && value.matches("-?[0-9]{1,9}")) {
			json.put(field, Integer.parseInt(value));
		}
		else {
			json.put(field, value);
		}
	}

	private static String date(Instant instant) {
		return ISO_8601.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	// Errors and helpers

	private Response ok(java.util.function.Supplier<ObjectNode> body) {
		synchronized (this.lock) {
			return Response.ok(body.get());
		}
	}

	private static ApiException missing(String name) {
		return ApiException.badRequest(20001, "Missing required parameter " + name + " in the post body");
	}

	private static ApiException invalid(String name, String value) {
		return ApiException.badRequest(60200, "Invalid parameter '" + name + "': " + value);
	}

}
