package dev.twiliospring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.twiliospring.webhook.TwilioSignatureValidator;

/**
 * Webhook requests as Twilio signs them, for the signature benchmark.
 */
public final class SignedRequests {

	/** Auth token the requests are signed with. */
	public static final String AUTH_TOKEN = "12345678901234567890123456789012";

	/** URL of the form webhook. */
	public static final String FORM_URL = "https://owl-bank.example.com/twilio/sms";

	/** The twelve parameters of an inbound SMS webhook. */
	public static final Map<String, String> FORM_PARAMETERS = formParameters();

	/** JSON body of an event webhook. */
	public static final byte[] JSON_BODY = ("{\"specversion\":\"1.0\",\"type\":\"com.twilio.messaging.message.delivered\","
			+ "\"source\":\"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"
			+ "SM0123456789abcdef0123456789abcdef.json\",\"id\":\"EZ0123456789abcdef0123456789abcdef\","
			+ "\"dataschema\":\"https://events-schemas.twilio.com/Messaging.MessageStatus/5\","
			+ "\"datacontenttype\":\"application/json\",\"time\":\"2025-01-01T12:00:00.000Z\","
			+ "\"data\":{\"messageSid\":\"SM0123456789abcdef0123456789abcdef\",\"messageStatus\":\"DELIVERED\","
			+ "\"to\":\"+15558675310\",\"from\":\"+15017122661\",\"numSegments\":1}}")
		.getBytes(StandardCharsets.UTF_8);

	/** URL of the JSON webhook, with its {@code bodySHA256} parameter. */
	public static final String JSON_URL = TwilioSignatureValidator
		.withBodySha256("https://owl-bank.example.com/twilio/events", JSON_BODY);

	private SignedRequests() {
	}

	private static Map<String, String> formParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("ToCountry", "US");
		parameters.put("SmsMessageSid", "SM0123456789abcdef0123456789abcdef");
		parameters.put("NumMedia", "0");
		parameters.put("ToCity", "SAN FRANCISCO");
		parameters.put("FromZip", "94105");
		parameters.put("SmsSid", "SM0123456789abcdef0123456789abcdef");
		parameters.put("FromState", "CA");
		parameters.put("SmsStatus", "received");
		parameters.put("Body", "Hi! Is my order #4711 on its way? Thanks & regards");
		parameters.put("From", "+15558675310");
		parameters.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
		parameters.put("To", "+15017122661");
		return Map.copyOf(parameters);
	}

	/**
	 * Return the form parameters in the multi-valued shape this library takes.
	 * @return the parameters
	 */
	public static Map<String, List<String>> formParametersMultiValued() {
		Map<String, List<String>> multiValued = new LinkedHashMap<>();
		FORM_PARAMETERS.forEach((name, value) -> multiValued.put(name, List.of(value)));
		return multiValued;
	}

	/**
	 * Return the bytes that Twilio signs for the form request: the URL followed by the
	 * sorted parameters.
	 * @return the signed bytes
	 */
	public static byte[] formSignedData() {
		StringBuilder data = new StringBuilder(FORM_URL);
		new TreeMap<>(FORM_PARAMETERS).forEach((name, value) -> data.append(name).append(value));
		return data.toString().getBytes(StandardCharsets.UTF_8);
	}

}
