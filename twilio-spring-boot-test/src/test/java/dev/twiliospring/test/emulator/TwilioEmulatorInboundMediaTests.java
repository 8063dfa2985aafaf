package dev.twiliospring.test.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.twiliospring.client.api.Media;
import dev.twiliospring.test.webhook.InboundMessagePayload;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media of a received MMS are hosted by the emulator, as Twilio hosts them.
 */
class TwilioEmulatorInboundMediaTests extends EmulatorWithApplicationTests {

	private static final String NUMBER = "+14155550199";

	TwilioEmulatorInboundMediaTests() {
		this.app.twiml("/sms", "<Response/>");
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
	void mediaOfReceivedMmsCanBeDownloadedFromTheEmulator() throws Exception {
		WebhookDelivery webhook = receiveMms(TwilioWebhookPayloads.inboundMms());
		HttpResponse<byte[]> media = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(webhook.param("MediaUrl0"))).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(media.statusCode()).isEqualTo(200);
		assertThat(media.headers().firstValue("Content-Type")).contains(webhook.param("MediaContentType0"));
		assertThat(media.body()).isNotEmpty();
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
