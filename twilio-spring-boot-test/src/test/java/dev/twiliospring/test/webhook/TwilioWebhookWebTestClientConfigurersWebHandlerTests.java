package dev.twiliospring.test.webhook;

import java.util.List;

import dev.twiliospring.webhook.TwilioSignatureValidator;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
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

	@Test
	void handlerReadsTheCookiesOfASignedRequest() {
		RouterFunction<ServerResponse> cookies = RouterFunctions.route()
			.GET("/cookies", (request) -> ServerResponse.ok()
				.bodyValue(request.cookies()
					.values()
					.stream()
					.flatMap(List::stream)
					.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
					.sorted()
					.toList()
					.toString()))
			.build();
		WebTestClient client = WebTestClient.bindToRouterFunction(cookies)
			.configureClient()
			.apply(twilioSignature(TwilioWebhookSigner.withAuthToken("the-auth-token")))
			.build();
		client.get()
			.uri("/cookies")
			.cookie("session", "s1")
			.cookie("theme", "dark")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("[session=s1, theme=dark]");
	}

}
