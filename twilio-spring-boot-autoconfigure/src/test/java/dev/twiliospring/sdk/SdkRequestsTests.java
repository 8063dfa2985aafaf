package dev.twiliospring.sdk;

import java.util.List;
import java.util.Map;

import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.sdk.SdkRequests.PathTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SdkRequests}.
 */
class SdkRequestsTests {

	@Test
	void turnsPathsBackIntoTwilioTemplates() {
		assertThat(SdkRequests.template("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/"
				+ "SM0123456789abcdef0123456789abcdef/Media/ME0123456789abcdef0123456789abcdef.json"))
			.isEqualTo(new PathTemplate("/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
					Map.of("AccountSid", "AC0123456789abcdef0123456789abcdef", "MessageSid",
							"SM0123456789abcdef0123456789abcdef", "Sid", "ME0123456789abcdef0123456789abcdef")));
		assertThat(SdkRequests.template("/v1/Services/MG0123456789abcdef0123456789abcdef/Compliance/Usa2p").path())
			.isEqualTo("/v1/Services/{ServiceSid}/Compliance/Usa2p");
		assertThat(SdkRequests.template("/v2/Services/VA0123456789abcdef0123456789abcdef/Entities/alice@example.com"
				+ "/Factors/YF0123456789abcdef0123456789abcdef").path())
			.isEqualTo("/v2/Services/{ServiceSid}/Entities/{EntitySid}/Factors/{Sid}");
		assertThat(SdkRequests.template("/v2/PhoneNumbers/+14159929960").variables())
			.isEqualTo(Map.of("Sid", "+14159929960"));
		assertThat(SdkRequests.template("/v1/a2p/BrandRegistrations").path()).isEqualTo("/v1/a2p/BrandRegistrations");
		assertThat(SdkRequests.template("/v1/Rooms/daily-standup/Participants").variables())
			.isEqualTo(Map.of("RoomSid", "daily-standup"));
	}

	@Test
	void keepsUniqueNamesThatUsersChoseOutOfTemplates() {
		assertThat(SdkRequests.template("/v1/Services/IS0123456789abcdef0123456789abcdef/Documents/OrderStatus").path())
			.isEqualTo("/v1/Services/{ServiceSid}/Documents/{Sid}");
		assertThat(SdkRequests.template("/v1/Rooms/DailyStandup/Participants").path())
			.isEqualTo("/v1/Rooms/{RoomSid}/Participants");
		assertThat(SdkRequests.template("/v1/Users/Alice").variables()).isEqualTo(Map.of("Sid", "Alice"));
		assertThat(SdkRequests.template("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/AvailablePhoneNumbers"
				+ "/US/Local.json").path())
			.isEqualTo("/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{AvailablePhoneNumberSid}/Local.json");
		// Names that Twilio's own paths put right after another resource name stay
		assertThat(SdkRequests.template("/v1/Configuration/Webhooks").path()).isEqualTo("/v1/Configuration/Webhooks");
		assertThat(SdkRequests.template("/v1/Tollfree/Verifications").path()).isEqualTo("/v1/Tollfree/Verifications");
	}

	@Test
	void carriesMethodDomainParametersAndHeaders() {
		Request request = new Request(HttpMethod.POST, "conversations",
				"/v1/Conversations/CH0123456789abcdef0123456789abcdef/Messages");
		request.addPostParam("Body", "hi");
		request.addPostParam("MediaSid", "ME1");
		request.addPostParam("MediaSid", "ME2");
		request.addQueryParam("Ignored", "no");
		request.addHeaderParam("X-Twilio-Webhook-Enabled", "true");
		request.addHeaderParam("Content-Type", "application/x-www-form-urlencoded");
		request.setRegion("ie1");
		TwilioRequest converted = SdkRequests.toTwilioRequest(request);
		assertThat(converted.method()).isEqualTo(org.springframework.http.HttpMethod.POST);
		assertThat(converted.domain()).isEqualTo(TwilioDomain.CONVERSATIONS);
		assertThat(converted.pathTemplate()).isEqualTo("/v1/Conversations/{ConversationSid}/Messages");
		assertThat(converted.pathVariables()).containsEntry("ConversationSid", "CH0123456789abcdef0123456789abcdef");
		assertThat(converted.parameters().asMap()).containsEntry("Body", List.of("hi"))
			.containsEntry("MediaSid", List.of("ME1", "ME2"));
		assertThat(converted.queryParameters().asMap()).containsEntry("Ignored", List.of("no"));
		assertThat(converted.headers().getFirst("X-Twilio-Webhook-Enabled")).isEqualTo("true");
		assertThat(converted.headers().containsHeader("Content-Type")).isFalse();
	}

	@Test
	void sendsJsonBodies() {
		Request request = new Request(HttpMethod.POST, "content", "/v1/Content");
		request.setContentType(EnumConstants.ContentType.JSON);
		request.setBody("{\"friendly_name\":\"a\"}");
		TwilioRequest converted = SdkRequests.toTwilioRequest(request);
		assertThat(converted.body()).isNotNull();
		assertThat(new String(converted.body().content())).isEqualTo("{\"friendly_name\":\"a\"}");
		assertThat(converted.body().contentType().toString()).isEqualTo("application/json");
	}

	@Test
	void ignoresRegionAndEdgeInHostAndDecodesQueryOfPageUrls() {
		Request request = new Request(HttpMethod.GET,
				"https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json"
						+ "?To=%2B15558675310&PageToken=PA1");
		TwilioRequest converted = SdkRequests.toTwilioRequest(request);
		assertThat(converted.domain()).isEqualTo(TwilioDomain.API);
		assertThat(converted.pathTemplate()).isEqualTo("/2010-04-01/Accounts/{AccountSid}/Calls.json");
		assertThat(converted.queryParameters().asMap()).containsExactly(Map.entry("To", List.of("+15558675310")),
				Map.entry("PageToken", List.of("PA1")));
	}

	@Test
	void carriesTheFormParametersOfAPatch() {
		Request request = new Request(HttpMethod.PATCH, "accounts", "/v1/Messaging/GeoPermissions");
		request.setContentType(EnumConstants.ContentType.FORM_URLENCODED);
		request.addPostParam("Permissions", "[{\"country_code\":\"US\"}]");
		request.addPostParam("Tag", "a");
		request.addPostParam("Tag", "b");
		TwilioRequest converted = SdkRequests.toTwilioRequest(request);
		assertThat(converted.method()).isEqualTo(org.springframework.http.HttpMethod.PATCH);
		assertThat(converted.parameters().asMap()).containsExactly(
				Map.entry("Permissions", List.of("[{\"country_code\":\"US\"}]")), Map.entry("Tag", List.of("a", "b")));
	}

	@Test
	void refusesFormParametersOfADelete() {
		Request request = new Request(HttpMethod.DELETE, "api", "/2010-04-01/Accounts/AC1/Messages/SM1.json");
		request.addPostParam("Force", "true");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> SdkRequests.toTwilioRequest(request))
			.withMessageContaining("cannot send form parameters with a DELETE request");
	}

	@Test
	void refusesAnAuthorizationHeaderOfItsOwnAndDropsAcceptEncoding() {
		Request request = new Request(HttpMethod.GET, "flex-api", "/v1/Insights/Segments");
		request.addHeaderParam("Authorization", "Token abc");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> SdkRequests.toTwilioRequest(request))
			.withMessageContaining("cannot send the Authorization header")
			.withMessageNotContaining("Token abc");
		Request compressed = new Request(HttpMethod.GET, "memory", "/v1/Stores");
		compressed.addHeaderParam("Accept-Encoding", "gzip");
		compressed.addHeaderParam("X-Twilio-Webhook-Enabled", "true");
		TwilioRequest converted = SdkRequests.toTwilioRequest(compressed);
		assertThat(converted.headers().containsHeader("Accept-Encoding")).isFalse();
		assertThat(converted.headers().getFirst("X-Twilio-Webhook-Enabled")).isEqualTo("true");
	}

	@Test
	void refusesHostsOtherThanTwilio() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> SdkRequests.toTwilioRequest(new Request(HttpMethod.GET, "https://example.com/v1/x")))
			.withMessageContaining("only sends SDK requests to Twilio product hosts, not to example.com");
	}

}
