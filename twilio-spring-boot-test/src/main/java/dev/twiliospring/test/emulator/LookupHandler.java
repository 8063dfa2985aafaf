package dev.twiliospring.test.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.ApiHandler.Request;
import dev.twiliospring.test.emulator.ApiHandler.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the emulated Lookup v2 API: {@code GET /v2/PhoneNumbers/{PhoneNumber}}, for the
 * numbering plans of a few countries.
 */
final class LookupHandler {

	static final String PREFIX = "/v2/PhoneNumbers/";

	/** Packages that answer with the account not enabled for them (60606). */
	private static final List<String> OTHER_PACKAGES = List.of("caller_name", "sim_swap", "call_forwarding",
			"line_status", "identity_match", "reassigned_number", "sms_pumping_risk", "phone_number_quality_score",
			"pre_fill");

	private static final Set<String> TOLL_FREE_AREA_CODES = Set.of("800", "833", "844", "855", "866", "877", "888");

	private static final Plan NANP = new Plan("1", 10, "23456789");

	private static final Map<String, Plan> PLANS = Map.of("US", NANP, "CA", NANP, "GB", new Plan("44", 10, "12378"),
			"FR", new Plan("33", 9, "123456789"), "AU", new Plan("61", 9, "23478"));

	private final TwilioEmulator emulator;

	LookupHandler(TwilioEmulator emulator) {
		this.emulator = emulator;
	}

	Response route(Request request) {
		String segment = request.path().substring(PREFIX.length());
		if (segment.isEmpty() || segment.contains("/")) {
			throw ApiHandler.notEmulated(request);
		}
		ApiHandler.requireMethod(request, "GET");
		// A '+' in a path is a plus sign, not an encoded space
		String input = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8).trim();
		String compact = input.replaceAll("[\\s().\\-]", "");
		if (!compact.matches("\\+?[0-9]+")) {
			return invalid(input, "NOT_A_NUMBER");
		}
		String digits;
		if (compact.startsWith("+")) {
			digits = compact.substring(1);
		}
		else {
			String country = Objects.requireNonNullElse(request.first("CountryCode"), "US").toUpperCase(Locale.ROOT);
			Plan plan = PLANS.get(country);
			if (plan == null) {
				throw notEmulated(request, "country " + country);
			}
			// Drop the trunk prefix a national number is dialed with
			String trunk = (plan == NANP) ? "1" : "0";
			String national = (compact.startsWith(trunk) && compact.length() > plan.length) ? compact.substring(1)
					: compact;
			digits = plan.callingCode + national;
		}
		String e164 = "+" + digits;
		if (digits.isEmpty() || digits.startsWith("0")) {
			return invalid(e164, "INVALID_COUNTRY_CODE");
		}
		Plan plan = PLANS.values().stream().filter((p) -> digits.startsWith(p.callingCode)).findFirst().orElse(null);
		if (plan == null) {
			if (digits.length() > 15) {
				return invalid(e164, "TOO_LONG");
			}
			throw notEmulated(request, "calling code of " + e164);
		}
		String nsn = digits.substring(plan.callingCode.length());
		if (nsn.length() < plan.length) {
			return invalid(e164, "TOO_SHORT");
		}
		if (nsn.length() > plan.length) {
			return invalid(e164, "TOO_LONG");
		}
		if (plan.leadingDigits.indexOf(nsn.charAt(0)) < 0 || (plan == NANP && nsn.charAt(3) < '2')
				|| e164.equals(TwilioTestNumbers.INVALID)) {
			return invalid(e164, "INVALID_BUT_POSSIBLE");
		}
		String country = (plan == NANP) ? TwilioTestNumbers.location(e164).isoCountry() : isoCountry(plan);
		ObjectNode json = base(e164, plan.callingCode, country, nationalFormat(plan, nsn), true);
		Set<String> fields = fields(request);
		if (fields.contains("line_type_intelligence")) {
			String type = lineType(this.emulator, e164);
			ObjectNode lti = json.putObject("line_type_intelligence");
			boolean carrier = type.equals("mobile") || type.equals("landline") || type.endsWith("Voip");
			lti.put("mobile_country_code", carrier ? mobileCountryCode(country) : null);
			lti.put("mobile_network_code", type.equals("mobile") ? "001" : null);
			lti.put("carrier_name", carrier ? "Emulated Carrier - " + type : null);
			lti.put("type", type);
			lti.putNull("error_code");
		}
		for (String name : OTHER_PACKAGES) {
			if (fields.contains(name)) {
				json.putObject(name).put("error_code", 60606);
			}
		}
		return Response.ok(json);
	}

	/**
	 * Return the line type of a number in E.164 format: the one a test set, else that of
	 * the emulator's magic numbers, else what the numbering plan tells ({@code mobile}
	 * where it tells nothing).
	 */
	static String lineType(TwilioEmulator emulator, String e164) {
		String chosen = emulator.lineTypeOf(e164);
		if (chosen != null) {
			return chosen;
		}
		if (e164.equals(TwilioTestNumbers.NOT_SMS_CAPABLE)) {
			return "landline";
		}
		if (e164.startsWith("+1")) {
			return (e164.length() == 12 && TOLL_FREE_AREA_CODES.contains(e164.substring(2, 5))) ? "tollFree"
					: "mobile";
		}
		String nsn = e164.substring(3);
		return switch (e164.substring(1, 3)) {
			case "44" -> nsn.startsWith("7") ? "mobile" : nsn.startsWith("80") ? "tollFree" : "landline";
			case "33" -> (nsn.startsWith("6") || nsn.startsWith("7")) ? "mobile"
					: nsn.startsWith("80") ? "tollFree" : nsn.startsWith("9") ? "fixedVoip" : "landline";
			case "61" -> nsn.startsWith("4") ? "mobile" : "landline";
			default -> "mobile";
		};
	}

	private Response invalid(String phoneNumber, String error) {
		ObjectNode json = base(phoneNumber, null, null, null, false);
		json.putArray("validation_errors").add(error);
		return Response.ok(json);
	}

	private ObjectNode base(String phoneNumber, @Nullable String callingCode, @Nullable String country,
			@Nullable String nationalFormat, boolean valid) {
		ObjectNode json = ApiJson.mapper.createObjectNode();
		json.put("calling_country_code", callingCode);
		json.put("country_code", country);
		json.put("phone_number", phoneNumber);
		json.put("national_format", nationalFormat);
		json.put("valid", valid);
		json.putNull("validation_errors");
		json.putNull("caller_name");
		json.putNull("sim_swap");
		json.putNull("call_forwarding");
		json.putNull("line_status");
		json.putNull("line_type_intelligence");
		json.putNull("identity_match");
		json.putNull("reassigned_number");
		json.putNull("sms_pumping_risk");
		json.putNull("phone_number_quality_score");
		json.putNull("pre_fill");
		json.put("url", this.emulator.baseUrl() + PREFIX + phoneNumber);
		return json;
	}

	private static Set<String> fields(Request request) {
		String fields = request.first("Fields");
		if (fields == null) {
			return Set.of();
		}
		return Set.of(fields.toLowerCase(Locale.ROOT).replace(" ", "").split(","));
	}

	private static String isoCountry(Plan plan) {
		return PLANS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == plan)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private static String nationalFormat(Plan plan, String nsn) {
		return switch (plan.callingCode) {
			case "1" -> "(" + nsn.substring(0, 3) + ") " + nsn.substring(3, 6) + "-" + nsn.substring(6);
			case "44" -> nsn.startsWith("2") ? "0" + nsn.substring(0, 2) + " " + nsn.substring(2, 6) + " "
					+ nsn.substring(6) : "0" + nsn.substring(0, 4) + " " + nsn.substring(4);
			case "33" -> "0" + nsn.charAt(0) + " " + nsn.substring(1, 3) + " " + nsn.substring(3, 5) + " "
					+ nsn.substring(5, 7) + " " + nsn.substring(7);
			default -> nsn.startsWith("4") ? "0" + nsn.substring(0, 3) + " " + nsn.substring(3, 6) + " "
					+ nsn.substring(6) : "0" + nsn.charAt(0) + " " + nsn.substring(1, 5) + " " + nsn.substring(5);
		};
	}

	private static String mobileCountryCode(String country) {
		return switch (country) {
			case "CA" -> "302";
			case "GB" -> "234";
			case "FR" -> "208";
			case "AU" -> "505";
			default -> "310";
		};
	}

	private static ApiException notEmulated(Request request, String what) {
		return new ApiException(404, 20404, "The requested resource " + request.path() + " was not found: the "
				+ "Twilio emulator looks up numbers of the US and Canada (+1), the UK (+44), France (+33) and "
				+ "Australia (+61) only, not the " + what);
	}

	/**
	 * Numbering plan of a country: its calling code, the length of its national numbers
	 * and the digits they may start with.
	 */
	private record Plan(String callingCode, int length, String leadingDigits) {

	}

}
