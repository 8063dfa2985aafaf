package dev.twiliospring.test.webhook;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static dev.twiliospring.test.webhook.TwilioWebhookWebTestClientConfigurers.twilioSignature;

/**
 * Tests for {@link TwilioWebhookWebTestClientConfigurers} with a {@code WebTestClient}
 * bound to a WebFlux handler, which has no connector until it is built.
 */
class TwilioWebhookWebTestClientConfigurersWebHandlerTests {

	@Test
	void signsTheRequestsOfAClientBoundToAHandler() {
		TwilioWebhookSigner signer = TwilioWebhookSigner.withAuthToken("the-auth-token");
		WebTestClient client = WebTestClient
			.bindToRouterFunction(RouterFunctions.route()
				.GET("/voice", (request) -> ServerResponse.ok()
					.bodyValue(request.headers().firstHeader(TwilioSignatureValidator.SIGNATURE_HEADER)))
				.build())
			.configureClient()
			.apply(twilioSignature(signer))
			.build();
		client.get()
			.uri("/voice?CallSid=CA00000000000000000000000000000001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(signer.signature("http://localhost/voice?CallSid=CA00000000000000000000000000000001"));
	}

}
