package dev.twiliospring.client.messaging;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.RecordingTwilioClientListener;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DeactivationResource}.
 */
class DeactivationResourceTests {

	private static final String LINK = "https://com-twilio-dev-messaging-deactivations.s3.amazonaws.com/report";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final RecordingTwilioClientListener listener = new RecordingTwilioClientListener();

	private final DeactivationResource deactivations = this.server.clientBuilder()
		.listener(this.listener)
		.build()
		.messaging()
		.deactivations();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void returnsLinkOfTemporaryRedirectWithoutFollowingIt() {
		this.server.enqueue(Response.json(307, "{\"redirect_to\":\"" + LINK + "\"}").header("Location", LINK));
		Deactivation deactivation = this.deactivations.fetch(LocalDate.of(2025, 5, 1));
		assertThat(deactivation.redirectTo()).isEqualTo(LINK);
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v1/Deactivations");
		assertThat(request.rawQuery()).isEqualTo("Date=2025-05-01");
		assertThat(request.basicCredentials()).startsWith(StubTwilioServer.ACCOUNT_SID + ":");
		assertThat(this.listener.only().domain()).isEqualTo(TwilioDomain.MESSAGING);
	}

	@Test
	void fallsBackToLocationHeader() {
		this.server.enqueue(Response.empty(307).header("Location", LINK));
		assertThat(this.deactivations.fetchWithResponse(LocalDate.of(2025, 5, 1)).body().redirectTo()).isEqualTo(LINK);
	}

	@Test
	void explainsAFollowedRedirect() {
		this.server.enqueue(Response.text(200, "text/csv", "+15005550006\n+15005550007\n"));
		assertThatExceptionOfType(TwilioException.class)
			.isThrownBy(() -> this.deactivations.fetch(LocalDate.of(2025, 5, 1)))
			.withMessageContaining("HTTP 200 but no download link (content type text/csv)")
			.withMessageContaining("configure it not to")
			.withMessageNotContaining("+15005550006");
	}

	@Test
	void mapsTwilioErrors() {
		this.server.enqueue(Response.json(400, "{\"code\":21211,\"message\":\"Invalid date\",\"status\":400}"));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.deactivations.fetch(LocalDate.of(2025, 5, 1)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
	}

}
