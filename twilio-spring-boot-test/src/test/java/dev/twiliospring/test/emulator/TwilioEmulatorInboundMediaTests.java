package dev.twiliospring.test.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;
import dev.twiliospring.client.api.Media;
import dev.twiliospring.test.webhook.InboundMessagePayload;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media of a received MMS are hosted by the emulator, as Twilio hosts them: behind a
 * media URL that needs the credentials and redirects to a short-lived link.
 */
class TwilioEmulatorInboundMediaTests extends EmulatorWithApplicationTests {

	private static final String NUMBER = "+14155550199";

	private static final String MEDIA = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}";

	TwilioEmulatorInboundMediaTests() {
		this.app.twiml("/sms", "<Response/>");
	}

	private String credentials() {
		String credentials = this.emulator.accountSid() + ":" + this.emulator.authToken();
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private WebhookDelivery receiveMms(InboundMessagePayload payload) {
		this.emulator.addIncomingNumber(NUMBER, this.app.url("/sms"), null);
		this.emulator.receiveMessage(payload.from("+14155550100").to(NUMBER));
		return this.emulator.callbacks().get(0);
	}

	@Test
	void mediaUrlOfReceivedMmsPointsAtTheEmulatorNotAtRealTwilio() {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		String mediaUrl = webhook.param("MediaUrl0");
		// An application that downloads the media (as MMS handlers do) must stay offline
		assertThat(URI.create(mediaUrl).getHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void mediaOfReceivedMmsCanBeDownloadedThroughTheClient() {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		String mediaUrl = webhook.param("MediaUrl0");
		TwilioResponse<byte[]> media = this.client.executeForResponse(TwilioRequest.get(TwilioDomain.API, MEDIA)
			.pathVariable("MessageSid", webhook.param("MessageSid"))
			.pathVariable("Sid", mediaUrl.substring(mediaUrl.lastIndexOf('/') + 1))
			.build(), byte[].class);
		assertThat(media.statusCode()).isEqualTo(200);
		assertThat(media.headers().getFirst("Content-Type")).isEqualTo(webhook.param("MediaContentType0"));
		assertThat(new String(media.body(), StandardCharsets.US_ASCII)).contains("emulated");
	}

	@Test
	void mediaUrlRedirectsAnAuthenticatedRequestToAnUnauthenticatedShortLivedLink() throws Exception {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		URI mediaUrl = URI.create(webhook.param("MediaUrl0"));
		HttpResponse<String> redirect = send(HttpRequest.newBuilder(mediaUrl).header("Authorization", credentials()));
		// Twilio: 307 with a small XML body, to a signed link on another host
		assertThat(redirect.statusCode()).isEqualTo(307);
		URI link = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(link.getHost()).isEqualTo("127.0.0.1");
		assertThat(link.getPath()).startsWith("/files/").doesNotContain(webhook.param("MessageSid"));
		assertThat(redirect.body()).contains("<RedirectTo>" + link + "</RedirectTo>");
		HttpResponse<String> file = send(HttpRequest.newBuilder(link));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).contains(webhook.param("MediaContentType0"));
		// Each request gets a link of its own
		HttpResponse<String> again = send(HttpRequest.newBuilder(mediaUrl).header("Authorization", credentials()));
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying((other) -> assertThat(other).isNotEqualTo(link.toString()));
	}

	@Test
	void mediaUrlRequiresTheAccountsCredentials() throws Exception {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		HttpResponse<String> media = send(HttpRequest.newBuilder(URI.create(webhook.param("MediaUrl0"))));
		assertThat(media.statusCode()).isEqualTo(401);
		assertThat(media.body()).contains("20003");
	}

	@Test
	void linkOfAMediaUrlRefusesCredentialsAndUnknownTokens() throws Exception {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		HttpResponse<String> redirect = send(
				HttpRequest.newBuilder(URI.create(webhook.param("MediaUrl0"))).header("Authorization", credentials()));
		URI link = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		// As S3 answers a signed link that also carries an Authorization header
		assertThat(send(HttpRequest.newBuilder(link).header("Authorization", credentials())).statusCode())
			.isEqualTo(400);
		assertThat(send(HttpRequest.newBuilder(link.resolve("/files/guessed"))).statusCode()).isEqualTo(403);
	}

	@Test
	void mediaUrlsOutsideTwilioAreKept() {
		WebhookDelivery webhook = receiveMms(
				TwilioWebhookPayloads.inboundSms().media("https://cdn.example.com/cat.png", "image/png"));
		assertThat(webhook.param("MediaUrl0")).isEqualTo("https://cdn.example.com/cat.png");
		assertThat(this.client.messages().media().list(webhook.param("MessageSid")).items()).hasSize(1);
	}

	@Test
	void mediaOfReceivedMmsCanBeListedThroughTheApi() {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		String sid = webhook.param("MessageSid");
		assertThat(this.client.messages().fetch(sid).numMedia()).isEqualTo(1);
		assertThat(this.client.messages().media().list(sid).items()).extracting(Media::sid)
			.hasSize(1);
	}

}
