package dev.twiliospring.test.emulator;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.EmulatorState.AccountState;
import dev.twiliospring.test.emulator.EmulatorState.CallState;
import dev.twiliospring.test.emulator.EmulatorState.ConferenceState;
import dev.twiliospring.test.emulator.EmulatorState.MediaState;
import dev.twiliospring.test.emulator.EmulatorState.MessageState;
import dev.twiliospring.test.emulator.EmulatorState.NumberState;
import dev.twiliospring.test.emulator.EmulatorState.ParticipantState;
import dev.twiliospring.test.emulator.EmulatorState.RecordingState;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders emulated resources in the JSON of the 2010-04-01 API, with the field names of
 * Twilio's OpenAPI description.
 */
final class ApiJson {

	static final JsonMapper mapper = JsonMapper.builder().build();

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final String BASE = "/2010-04-01/Accounts/";

	private ApiJson() {
	}

	static @Nullable String date(@Nullable Instant instant) {
		return (instant != null) ? RFC_2822.format(instant) : null;
	}

	static String formatted(String number) {
		if (number.startsWith("+1") && number.length() == 12) {
			return "(" + number.substring(2, 5) + ") " + number.substring(5, 8) + "-" + number.substring(8);
		}
		return number;
	}

	static ObjectNode error(int status, int code, String message) {
		ObjectNode error = mapper.createObjectNode();
		error.put("code", code);
		error.put("message", message);
		error.put("more_info", "https://www.twilio.com/docs/errors/" + code);
		error.put("status", status);
		return error;
	}

	static ObjectNode account(AccountState account) {
		String uri = BASE + account.sid;
		ObjectNode json = mapper.createObjectNode();
		json.put("auth_token", account.authToken);
		json.put("date_created", date(account.dateCreated));
		json.put("date_updated", date(account.dateUpdated));
		json.put("friendly_name", account.friendlyName);
		json.put("owner_account_sid", (account.ownerSid != null) ? account.ownerSid : account.sid);
		json.put("sid", account.sid);
		json.put("status", account.status);
		ObjectNode subresources = json.putObject("subresource_uris");
		for (String name : new String[] { "AvailablePhoneNumbers", "Calls", "IncomingPhoneNumbers", "Messages",
				"Recordings", "Balance" }) {
			subresources.put(snake(name), uri + "/" + name + ".json");
		}
		json.put("type", "Full");
		json.put("uri", uri + ".json");
		return json;
	}

	static ObjectNode message(MessageState message) {
		String uri = BASE + message.accountSid + "/Messages/" + message.sid;
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", message.accountSid);
		json.put("api_version", TwilioEmulator.API_VERSION);
		json.put("body", message.body);
		json.put("date_created", date(message.dateCreated));
		json.put("date_sent", date(message.dateSent));
		json.put("date_updated", date(message.dateUpdated));
		json.put("direction", message.direction);
		if (message.errorCode != null) {
			json.put("error_code", message.errorCode);
		}
		else {
			json.putNull("error_code");
		}
		json.put("error_message", message.errorMessage);
		json.put("from", message.from);
		json.put("messaging_service_sid", message.messagingServiceSid);
		json.put("num_media", String.valueOf(message.media.size()));
		json.put("num_segments", String.valueOf(message.numSegments));
		json.put("price", message.price);
		json.put("price_unit", "USD");
		json.put("sid", message.sid);
		json.put("status", message.status);
		ObjectNode subresources = json.putObject("subresource_uris");
		subresources.put("media", uri + "/Media.json");
		subresources.put("feedback", uri + "/Feedback.json");
		json.put("to", message.to);
		json.put("uri", uri + ".json");
		return json;
	}

	static ObjectNode feedback(MessageState message) {
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", message.accountSid);
		json.put("date_created", date(message.dateCreated));
		json.put("date_updated", date(message.feedbackUpdated));
		json.put("message_sid", message.sid);
		json.put("outcome", message.feedbackOutcome);
		json.put("uri", BASE + message.accountSid + "/Messages/" + message.sid + "/Feedback.json");
		return json;
	}

	static ObjectNode media(MessageState message, MediaState media) {
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", message.accountSid);
		json.put("content_type", media.contentType);
		json.put("date_created", date(media.dateCreated));
		json.put("date_updated", date(media.dateCreated));
		json.put("parent_sid", message.sid);
		json.put("sid", media.sid);
		json.put("uri", BASE + message.accountSid + "/Messages/" + message.sid + "/Media/" + media.sid + ".json");
		return json;
	}

	static ObjectNode call(CallState call) {
		String uri = BASE + call.accountSid + "/Calls/" + call.sid;
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", call.accountSid);
		json.put("answered_by", call.answeredBy);
		json.put("api_version", TwilioEmulator.API_VERSION);
		json.putNull("caller_name");
		json.put("date_created", date(call.dateCreated));
		json.put("date_updated", date(call.dateUpdated));
		json.put("direction", call.direction);
		json.put("duration", (call.duration != null) ? String.valueOf(call.duration) : null);
		json.put("end_time", date(call.endTime));
		json.putNull("forwarded_from");
		json.put("from", call.from);
		json.put("from_formatted", formatted(call.from));
		json.putNull("group_sid");
		json.putNull("parent_call_sid");
		json.put("phone_number_sid", call.phoneNumberSid);
		json.put("price", (call.duration != null && call.duration > 0) ? "-0.01300" : null);
		json.put("price_unit", "USD");
		json.put("queue_time", "0");
		json.put("sid", call.sid);
		json.put("start_time", date(call.startTime));
		json.put("status", call.status);
		ObjectNode subresources = json.putObject("subresource_uris");
		subresources.put("notifications", uri + "/Notifications.json");
		subresources.put("recordings", uri + "/Recordings.json");
		subresources.put("events", uri + "/Events.json");
		json.put("to", call.to);
		json.put("to_formatted", formatted(call.to));
		json.putNull("trunk_sid");
		json.put("uri", uri + ".json");
		return json;
	}

	static ObjectNode conference(ConferenceState conference) {
		String uri = BASE + conference.accountSid + "/Conferences/" + conference.sid;
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", conference.accountSid);
		json.put("api_version", TwilioEmulator.API_VERSION);
		json.put("call_sid_ending_conference", conference.callSidEndingConference);
		json.put("date_created", date(conference.dateCreated));
		json.put("date_updated", date(conference.dateUpdated));
		json.put("friendly_name", conference.friendlyName);
		json.put("reason_conference_ended", conference.reasonConferenceEnded);
		json.put("region", "us1");
		json.put("sid", conference.sid);
		json.put("status", conference.status);
		ObjectNode subresources = json.putObject("subresource_uris");
		subresources.put("participants", uri + "/Participants.json");
		subresources.put("recordings", uri + "/Recordings.json");
		json.put("uri", uri + ".json");
		return json;
	}

	static ObjectNode participant(ConferenceState conference, ParticipantState participant) {
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", conference.accountSid);
		json.put("call_sid", participant.call.sid);
		json.put("call_sid_to_coach", participant.callSidToCoach);
		json.put("coaching", participant.coaching);
		json.put("conference_sid", conference.sid);
		json.put("date_created", date(participant.dateCreated));
		json.put("date_updated", date(participant.dateUpdated));
		json.put("end_conference_on_exit", participant.endConferenceOnExit);
		json.put("hold", participant.hold);
		json.put("label", participant.label);
		json.put("muted", participant.muted);
		json.put("queue_time", "0");
		json.put("start_conference_on_enter", participant.startConferenceOnEnter);
		json.put("status", participant.status);
		json.put("uri", BASE + conference.accountSid + "/Conferences/" + conference.sid + "/Participants/"
				+ participant.call.sid + ".json");
		return json;
	}

	static ObjectNode incomingNumber(NumberState number) {
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", number.accountSid);
		json.put("address_requirements", "none");
		json.put("address_sid", number.addressSid);
		json.put("api_version", number.apiVersion);
		json.put("beta", false);
		capabilities(json.putObject("capabilities"), true).put("fax", false);
		json.put("date_created", date(number.dateCreated));
		json.put("date_updated", date(number.dateUpdated));
		json.put("emergency_status", number.emergencyStatus);
		json.put("emergency_address_sid", number.emergencyAddressSid);
		json.put("emergency_address_status", "unregistered");
		json.put("friendly_name", number.friendlyName);
		json.put("identity_sid", number.identitySid);
		json.put("origin", "twilio");
		json.put("phone_number", number.phoneNumber);
		json.put("sid", number.sid);
		json.put("sms_application_sid", nullToEmpty(number.smsApplicationSid));
		json.put("sms_fallback_method", number.smsFallbackMethod);
		json.put("sms_fallback_url", nullToEmpty(number.smsFallbackUrl));
		json.put("sms_method", number.smsMethod);
		json.put("sms_url", nullToEmpty(number.smsUrl));
		json.put("status_callback", nullToEmpty(number.statusCallback));
		json.put("status_callback_method", number.statusCallbackMethod);
		json.put("trunk_sid", number.trunkSid);
		json.put("uri", BASE + number.accountSid + "/IncomingPhoneNumbers/" + number.sid + ".json");
		json.put("voice_application_sid", nullToEmpty(number.voiceApplicationSid));
		json.put("voice_caller_id_lookup", number.voiceCallerIdLookup);
		json.put("voice_fallback_method", number.voiceFallbackMethod);
		json.put("voice_fallback_url", nullToEmpty(number.voiceFallbackUrl));
		json.put("voice_method", number.voiceMethod);
		json.put("voice_url", nullToEmpty(number.voiceUrl));
		json.put("bundle_sid", number.bundleSid);
		json.put("voice_receive_mode", number.voiceReceiveMode);
		json.put("status", "in-use");
		json.put("type", numberType(number.phoneNumber));
		return json;
	}

	static ObjectNode availableNumber(String number, String isoCountry) {
		TwilioTestNumbers.Location location = TwilioTestNumbers.location(number);
		ObjectNode json = mapper.createObjectNode();
		json.put("address_requirements", "none");
		json.put("beta", false);
		capabilities(json.putObject("capabilities"), canMessage(number, isoCountry));
		json.put("friendly_name", formatted(number));
		json.put("iso_country", isoCountry);
		json.put("lata", blankToNull(location.lata()));
		json.put("latitude", (location.latitude() != 0) ? String.format(Locale.ROOT, "%.6f", location.latitude())
				: null);
		json.put("locality", blankToNull(titleCase(location.city())));
		json.put("longitude", (location.longitude() != 0)
				? String.format(Locale.ROOT, "%.6f", location.longitude()) : null);
		json.put("phone_number", number);
		json.put("postal_code", blankToNull(location.postalCode()));
		json.put("rate_center", blankToNull(location.rateCenter()));
		json.put("region", blankToNull(location.region()));
		return json;
	}

	static ObjectNode recording(RecordingState recording, URI baseUrl) {
		String uri = BASE + recording.accountSid + "/Recordings/" + recording.sid;
		ObjectNode json = mapper.createObjectNode();
		json.put("account_sid", recording.accountSid);
		json.put("api_version", TwilioEmulator.API_VERSION);
		json.put("call_sid", recording.callSid);
		json.put("conference_sid", recording.conferenceSid);
		json.put("channels", recording.channels);
		json.put("date_created", date(recording.dateCreated));
		json.put("date_updated", date(recording.dateUpdated));
		json.put("start_time", date(recording.dateCreated));
		boolean completed = recording.status.equals("completed");
		// Until a recording is completed, Twilio knows neither its length nor its price
		json.put("price", completed ? "-0.00250" : null);
		json.put("price_unit", completed ? "USD" : null);
		json.put("duration", completed ? String.valueOf(recording.duration) : null);
		json.put("sid", recording.sid);
		json.put("source", recording.source);
		json.put("status", recording.status);
		json.putNull("error_code");
		json.putNull("encryption_details");
		json.put("uri", uri + ".json");
		// Twilio's media URL is absolute, unlike its uri fields
		json.put("media_url", baseUrl + uri);
		ObjectNode subresources = json.putObject("subresource_uris");
		subresources.put("transcriptions", uri + "/Transcriptions.json");
		return json;
	}

	/**
	 * Return a recording as a conference's Recordings answer it: under the conference's
	 * path, without {@code media_url} and {@code subresource_uris}.
	 */
	static ObjectNode conferenceRecording(RecordingState recording, URI baseUrl) {
		ObjectNode json = recording(recording, baseUrl);
		json.remove("media_url");
		json.remove("subresource_uris");
		json.put("uri", BASE + recording.accountSid + "/Conferences/" + recording.conferenceSid + "/Recordings/"
				+ recording.sid + ".json");
		return json;
	}

	/**
	 * Whether an available number can send and receive SMS and MMS: all of the US and
	 * Canada, and the mobile numbers of the UK.
	 */
	static boolean canMessage(String number, String isoCountry) {
		return !isoCountry.equals("GB") || number.startsWith("+447");
	}

	static String numberType(String number) {
		if (number.length() == 12 && number.startsWith("+18") && number.charAt(3) == number.charAt(4)) {
			return "tollfree";
		}
		return number.startsWith("+447") ? "mobile" : "local";
	}

	private static ObjectNode capabilities(ObjectNode capabilities, boolean sms) {
		capabilities.put("voice", true);
		capabilities.put("sms", sms);
		capabilities.put("mms", sms);
		return capabilities;
	}

	private static String snake(String name) {
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static String nullToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static @Nullable String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static String titleCase(String city) {
		StringBuilder result = new StringBuilder(city.length());
		boolean start = true;
		for (char c : city.toCharArray()) {
			result.append(start ? c : Character.toLowerCase(c));
			start = c == ' ';
		}
		return result.toString();
	}

}
