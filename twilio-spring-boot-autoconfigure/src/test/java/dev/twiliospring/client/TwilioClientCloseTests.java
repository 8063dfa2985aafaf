package dev.twiliospring.client;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioClient#close()}: a transport that fails to close.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioClientCloseTests {

	@Test
	void logsATransportThatFailsToCloseAsAWarningLikeSpringDoesForABean(CapturedOutput output) {
		TwilioClient client = TwilioClient.builder()
			.accountSid("AC" + "0".repeat(32))
			.authToken("token-not-to-be-logged")
			.requestFactoryWithTimeouts((connectTimeout, readTimeout) -> new FailingToCloseRequestFactory())
			.build();
		client.close();
		List<String> lines = output.getAll()
			.lines()
			.filter((line) -> line.contains("Could not close the transport of a Twilio client"))
			.toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("WARN").contains("connection manager did not shut down");
		assertThat(output.getAll()).doesNotContain("token-not-to-be-logged");
	}

	static class FailingToCloseRequestFactory implements ClientHttpRequestFactory, DisposableBean {

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
			throw new IOException("Not used by this test");
		}

		@Override
		public void destroy() throws IOException {
			throw new IOException("connection manager did not shut down");
		}

	}

}
