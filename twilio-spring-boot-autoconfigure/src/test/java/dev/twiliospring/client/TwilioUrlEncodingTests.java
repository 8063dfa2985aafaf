package dev.twiliospring.client;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioUrlEncoding}.
 */
class TwilioUrlEncodingTests {

	private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";

	@Test
	void expandsVariablesStrictlyAndTheAccountSidByDefault() {
		TwilioParameters query = TwilioParameters.builder()
			.add("To", "+1 555/0100")
			.add("DateSent>", "2025-05-01")
			.add("Tag", "a&b=c")
			.add("Tag", "é")
			.build();
		String url = TwilioUrlEncoding
			.expand("https://api.twilio.com", "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
					Map.of("Sid", "SM1/../x?y#z"), ACCOUNT, query)
			.toString();
		assertThat(url).isEqualTo("https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT
				+ "/Messages/SM1%2F..%2Fx%3Fy%23z.json?To=%2B1%20555%2F0100&DateSent%3E=2025-05-01"
				+ "&Tag=a%26b%3Dc&Tag=%C3%A9");
	}

	@Test
	void aVariableValueWinsOverTheAccountSid() {
		assertThat(TwilioUrlEncoding.expand("http://127.0.0.1:8080", "/Accounts/{AccountSid}.json",
				Map.of("AccountSid", "ACsub"), ACCOUNT, TwilioParameters.empty()))
			.hasToString("http://127.0.0.1:8080/Accounts/ACsub.json");
	}

	@Test
	void encodesWhatAPathCannotHaveInTheTemplateItself() {
		assertThat(TwilioUrlEncoding.expand("https://conversations.twilio.com", "/v1/A b/100%/c:d@e;f=g",
				Map.of(), ACCOUNT, TwilioParameters.empty()))
			.hasToString("https://conversations.twilio.com/v1/A%20b/100%25/c:d@e;f=g");
	}

	@Test
	void reportsAVariableWithoutValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioUrlEncoding.expand("https://api.twilio.com", "/v1/Services/{ServiceSid}",
					Map.of(), ACCOUNT, TwilioParameters.empty()))
			.withMessageContaining("'ServiceSid'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioUrlEncoding.expand("https://api.twilio.com", "/v1/Services/{ServiceSid",
					Map.of(), ACCOUNT, TwilioParameters.empty()))
			.withMessageContaining("Unclosed '{'");
		// The same rule as TwilioRequest's check of the variables: no slash in a name
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioUrlEncoding.expand("https://api.twilio.com", "/v1/{Service/Sid}", Map.of(),
					ACCOUNT, TwilioParameters.empty()))
			.withMessageContaining("Unclosed '{'");
		assertThat(TwilioRequest.unboundVariable("/v1/{Service/Sid}/{Sid}", Map.of())).isEqualTo("Sid");
		assertThat(TwilioRequest.unboundVariable("/v1/{Service/Sid}/{Sid}", Map.of("Sid", "x"))).isNull();
	}

	@Test
	void encodesFormsAsUrlEncoderDoes() {
		String[] values = { "plain", "+1 555", "a&b=c", "*-._~!'()", "é ü 中文", "emoji 😀", "broken \uD800 pair",
				"line\r\nbreak", "" };
		TwilioParameters.Builder builder = TwilioParameters.builder();
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			builder.add("Name " + i, values[i]);
			expected.append((i > 0) ? "&" : "")
				.append(URLEncoder.encode("Name " + i, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(values[i], StandardCharsets.UTF_8));
		}
		String body = new String(TwilioUrlEncoding.formBody(builder.build()), StandardCharsets.US_ASCII);
		assertThat(body).isEqualTo(expected.toString());
		assertThat(URLDecoder.decode(body.split("&")[5].split("=")[1], StandardCharsets.UTF_8)).isEqualTo(values[5]);
	}

	@Test
	void encodesEveryCharacterAloneAndBetweenRunsOfKeptOnesAsUrlEncoderDoes() {
		for (char c = 0; c < 0x300; c++) {
			for (String value : new String[] { String.valueOf(c), "ab" + c + "cd" + c + c, c + "+1 555" + c }) {
				String form = new String(TwilioUrlEncoding.formBody(TwilioParameters.builder().add("V", value).build()),
						StandardCharsets.US_ASCII);
				String strict = URLEncoder.encode(value, StandardCharsets.UTF_8)
					.replace("+", "%20")
					.replace("*", "%2A")
					.replace("%7E", "~");
				assertThat(form).as("form U+%04X", (int) c)
					.isEqualTo("V=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
				assertThat(TwilioUrlEncoding.expand("https://api.twilio.com", "/v1/{Sid}", Map.of("Sid", value),
						ACCOUNT, TwilioParameters.empty()))
					.as("path U+%04X", (int) c)
					.isEqualTo("https://api.twilio.com/v1/" + strict);
			}
		}
	}

	@Test
	void repeatsMultiValuedFormParametersInOrder() {
		TwilioParameters parameters = TwilioParameters.builder()
			.add("MediaUrl", "https://a.example/1.png")
			.add("MediaUrl", "https://a.example/2.png")
			.add("To", "+15558675310")
			.build();
		assertThat(new String(TwilioUrlEncoding.formBody(parameters), StandardCharsets.US_ASCII))
			.isEqualTo("MediaUrl=https%3A%2F%2Fa.example%2F1.png&MediaUrl=https%3A%2F%2Fa.example%2F2.png"
					+ "&To=%2B15558675310");
		assertThat(TwilioUrlEncoding.formBody(TwilioParameters.empty())).isEmpty();
	}

	@Test
	void encodesOnlyWhatAUriCannotHoldKeepingEscapes() {
		assertThat(TwilioUrlEncoding.encodeIllegalCharacters("/a b?PageToken=PA%2Bb c&x=[1]#f"))
			.isEqualTo("/a%20b?PageToken=PA%2Bb%20c&x=[1]#f");
		assertThat(TwilioUrlEncoding.encodeIllegalCharacters("/p?v=100%&w=%4|%zz"))
			.isEqualTo("/p?v=100%25&w=%254%7C%25zz");
		assertThat(TwilioUrlEncoding.encodeIllegalCharacters("/p?n=Jos\u00e9\ud83d\ude00"))
			.isEqualTo("/p?n=Jos%C3%A9%F0%9F%98%80");
		assertThat(TwilioUrlEncoding.encodeIllegalCharacters("https://h.example:8443/x;y=1?a=!$&'()*+,;=:@/~"))
			.isEqualTo("https://h.example:8443/x;y=1?a=!$&'()*+,;=:@/~");
	}

}
