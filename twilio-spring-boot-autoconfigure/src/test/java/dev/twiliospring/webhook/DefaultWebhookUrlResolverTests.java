package dev.twiliospring.webhook;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DefaultWebhookUrlResolver}.
 */
class DefaultWebhookUrlResolverTests {

	@Test
	void usesSchemeHostPortPathAndRawQueryOfRequest() {
		MockHttpServletRequest request = request("http", "app.internal", 8080, "/twilio/sms", "To=%2B1555&x=a%20b");
		assertThat(new DefaultWebhookUrlResolver().resolve(request))
			.isEqualTo("http://app.internal:8080/twilio/sms?To=%2B1555&x=a%20b");
	}

	@Test
	void omitsDefaultPorts() {
		assertThat(new DefaultWebhookUrlResolver().resolve(request("https", "example.com", 443, "/sms", null)))
			.isEqualTo("https://example.com/sms");
		assertThat(new DefaultWebhookUrlResolver().resolve(request("http", "example.com", 80, "/sms", null)))
			.isEqualTo("http://example.com/sms");
	}

	@Test
	void bracketsIpv6Hosts() {
		assertThat(new DefaultWebhookUrlResolver().resolve(request("http", "::1", 8080, "/sms", null)))
			.isEqualTo("http://[::1]:8080/sms");
	}

	@Test
	void keepsRawEncodedPath() {
		assertThat(new DefaultWebhookUrlResolver().resolve(request("https", "example.com", 443, "/a%20b/sms", null)))
			.isEqualTo("https://example.com/a%20b/sms");
	}

	@Test
	void publicUrlReplacesSchemeHostAndPort() {
		DefaultWebhookUrlResolver resolver = new DefaultWebhookUrlResolver(URI.create("https://abc.ngrok.app"));
		MockHttpServletRequest request = request("http", "localhost", 8080, "/app/twilio/sms", "a=1");
		request.setContextPath("/app");
		assertThat(resolver.resolve(request)).isEqualTo("https://abc.ngrok.app/app/twilio/sms?a=1");
	}

	@Test
	void publicUrlKeepsItsExplicitPort() {
		DefaultWebhookUrlResolver resolver = new DefaultWebhookUrlResolver(URI.create("https://example.com:8443/"));
		assertThat(resolver.resolve(request("http", "localhost", 8080, "/sms", null)))
			.isEqualTo("https://example.com:8443/sms");
	}

	@Test
	void publicUrlPathReplacesContextPath() {
		DefaultWebhookUrlResolver resolver = new DefaultWebhookUrlResolver(
				URI.create("https://example.com/public/hooks/"));
		MockHttpServletRequest request = request("http", "localhost", 8080, "/app/twilio/sms", null);
		request.setContextPath("/app");
		assertThat(resolver.resolve(request)).isEqualTo("https://example.com/public/hooks/twilio/sms");
		assertThat(resolver.resolve(request("http", "localhost", 8080, "/twilio/sms", null)))
			.isEqualTo("https://example.com/public/hooks/twilio/sms");
	}

	@Test
	void publicUrlWithInternationalizedHostIsSignedAsTwilioRequestsIt() {
		// Twilio connects to, and names in the Host header, the host's ASCII form
		DefaultWebhookUrlResolver resolver = new DefaultWebhookUrlResolver(URI.create("https://bücher.example:8443"));
		assertThat(resolver.resolve(request("http", "localhost", 8080, "/twilio/sms", "Body=%C3%BC")))
			.isEqualTo("https://xn--bcher-kva.example:8443/twilio/sms?Body=%C3%BC");
		assertThat(new DefaultWebhookUrlResolver(URI.create("https://例え.jp")).resolve(request("http", "localhost",
				8080, "/sms", null)))
			.isEqualTo("https://xn--r8jz45g.jp/sms");
	}

	@Test
	void publicUrlPathBeyondAsciiIsPercentEncodedLikeTheRestOfThePath() {
		DefaultWebhookUrlResolver resolver = new DefaultWebhookUrlResolver(URI.create("https://example.com/äpp"));
		assertThat(resolver.resolve(request("http", "localhost", 8080, "/twilio/%C3%BC", null)))
			.isEqualTo("https://example.com/%C3%A4pp/twilio/%C3%BC");
	}

	@Test
	void rejectsInvalidPublicUrls() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DefaultWebhookUrlResolver(URI.create("example.com/hooks")))
			.withMessageContaining("absolute http or https URL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DefaultWebhookUrlResolver(URI.create("ftp://example.com")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DefaultWebhookUrlResolver(URI.create("https://example.com/?a=1")))
			.withMessageContaining("query");
	}

	private static MockHttpServletRequest request(String scheme, String host, int port, String uri, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		request.setQueryString(query);
		return request;
	}

}
