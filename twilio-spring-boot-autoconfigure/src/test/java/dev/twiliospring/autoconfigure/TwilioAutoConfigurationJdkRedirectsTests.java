package dev.twiliospring.autoconfigure;

import java.net.http.HttpClient;

import org.junit.jupiter.api.Test;

import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link JdkRedirects}, the check of {@link TwilioAutoConfiguration} that
 * refuses a JDK {@code HttpClient} that follows redirects, when the fields of Spring's
 * request factories it reads are there and when they are not, as after a rename in
 * Spring Framework or in a native image without their hints.
 */
class TwilioAutoConfigurationJdkRedirectsTests {

	private final HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private final HttpClient notFollowing = HttpClient.newHttpClient();

	@Test
	void jdkClientThatFollowsRedirectsInASubclassIsRefused() {
		ClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(this.following) {
		};
		assertThatExceptionOfType(InvalidTwilioConfigurationException.class)
			.isThrownBy(() -> JdkRedirects.refuseFollowing(requestFactory))
			.withMessageContaining("follows redirects (NORMAL)");
	}

	@Test
	void jdkClientThatFollowsNoRedirectsIsTaken() {
		assertThatNoException().isThrownBy(() -> JdkRedirects
			.refuseFollowing(new BufferingClientHttpRequestFactory(new JdkClientHttpRequestFactory(this.notFollowing))));
	}

	@Test
	void jdkRequestFactoryWhoseClientCannotBeReadIsRefused() {
		ClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(this.notFollowing);
		assertThatExceptionOfType(InvalidTwilioConfigurationException.class)
			.isThrownBy(() -> JdkRedirects.refuseFollowing(requestFactory, null, RequestFactoryLayers.WRAPPED))
			.withMessageContaining("JDK HttpClient of the " + JdkClientHttpRequestFactory.class.getName())
			.withMessageContaining("cannot be read")
			.satisfies((ex) -> assertThat(ex.getAction())
				.contains("twilio.transport=built-in"));
	}

	@Test
	void wrappedRequestFactoryThatCannotBeReadIsRefused() {
		ClientHttpRequestFactory requestFactory = new BufferingClientHttpRequestFactory(
				new JdkClientHttpRequestFactory(this.notFollowing));
		assertThatExceptionOfType(InvalidTwilioConfigurationException.class)
			.isThrownBy(() -> JdkRedirects.refuseFollowing(requestFactory, JdkRedirects.HTTP_CLIENT, null))
			.withMessageContaining("wrapped in the " + BufferingClientHttpRequestFactory.class.getName())
			.withMessageContaining("cannot be read");
	}

	@Test
	void requestFactoryOfAnotherHttpClientIsTakenWithoutTheJdkField() {
		assertThatNoException()
			.isThrownBy(() -> JdkRedirects.refuseFollowing(new SimpleClientHttpRequestFactory(), null, null));
	}

}
