package dev.twiliospring.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WebhookUrls}.
 */
class WebhookUrlsTests {

	@Test
	void addsDefaultHttpsPortWhenThereIsNone() {
		assertThat(WebhookUrls.portVariants("https://example.com/sms?a=1")).containsExactly(
				"https://example.com/sms?a=1", "https://example.com:443/sms?a=1");
	}

	@Test
	void addsDefaultHttpPortWhenThereIsNone() {
		assertThat(WebhookUrls.portVariants("http://example.com")).containsExactly("http://example.com",
				"http://example.com:80");
	}

	@Test
	void removesExplicitPort() {
		assertThat(WebhookUrls.portVariants("https://example.com:8443/sms")).containsExactly(
				"https://example.com:8443/sms", "https://example.com/sms");
	}

	@Test
	void ignoresColonsInPathAndQuery() {
		assertThat(WebhookUrls.portVariants("https://example.com/a:b?time=10:30")).containsExactly(
				"https://example.com/a:b?time=10:30", "https://example.com:443/a:b?time=10:30");
	}

	@Test
	void handlesUserInfo() {
		assertThat(WebhookUrls.portVariants("https://user:pass@example.com/sms")).containsExactly(
				"https://user:pass@example.com/sms", "https://user:pass@example.com:443/sms");
		assertThat(WebhookUrls.portVariants("https://user:pass@example.com:8443/sms")).containsExactly(
				"https://user:pass@example.com:8443/sms", "https://user:pass@example.com/sms");
	}

	@Test
	void handlesIpv6Literals() {
		assertThat(WebhookUrls.portVariants("http://[::1]/sms")).containsExactly("http://[::1]/sms",
				"http://[::1]:80/sms");
		assertThat(WebhookUrls.portVariants("http://[::1]:8080/sms")).containsExactly("http://[::1]:8080/sms",
				"http://[::1]/sms");
	}

	@Test
	void leavesUrlsOfOtherSchemesAlone() {
		assertThat(WebhookUrls.portVariants("ftp://example.com/x")).containsExactly("ftp://example.com/x");
		assertThat(WebhookUrls.portVariants("not a url")).containsExactly("not a url");
	}

	@Test
	void findsRawQueryParameter() {
		String url = "https://example.com/x?a=1&bodySHA256=ABC%2B&c#frag";
		assertThat(WebhookUrls.rawQueryParameter(url, "bodySHA256")).isEqualTo("ABC%2B");
		assertThat(WebhookUrls.rawQueryParameter(url, "c")).isEmpty();
		assertThat(WebhookUrls.rawQueryParameter(url, "frag")).isNull();
		assertThat(WebhookUrls.rawQueryParameter("https://example.com/x", "a")).isNull();
	}

	@Test
	void masksTheValuesOfQueryParametersOnly() {
		assertThat(WebhookUrls.withoutQueryValues("https://example.com/x?From=%2B1555&Body=hi&flag&empty=&#frag"))
			.isEqualTo("https://example.com/x?From=******&Body=******&flag&empty=&#frag");
		assertThat(WebhookUrls.withoutQueryValues("https://example.com/x=1")).isEqualTo("https://example.com/x=1");
		assertThat(WebhookUrls.withoutQueryValues("https://example.com/x?")).isEqualTo("https://example.com/x?");
	}

}
