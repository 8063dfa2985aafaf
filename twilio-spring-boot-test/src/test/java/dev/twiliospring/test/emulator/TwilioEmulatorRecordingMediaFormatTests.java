package dev.twiliospring.test.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.RecordingFormat;
import dev.twiliospring.test.TwilioTestNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for what the documentation promises of {@link TwilioEmulator}'s recordings: the
 * media URL serves the recording in the format its extension names, as Twilio does.
 */
class TwilioEmulatorRecordingMediaFormatTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void recordingMediaWithoutExtensionIsWav() throws Exception {
		HttpResponse<byte[]> media = download(this.client.recordings().mediaUrl(recording(), RecordingFormat.WAV));
		assertThat(media.statusCode()).isEqualTo(200);
		assertThat(media.headers().firstValue("Content-Type")).hasValue("audio/x-wav");
		assertThat(new String(media.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
	}

	@Test
	void recordingMediaWithMp3ExtensionIsMp3() throws Exception {
		HttpResponse<byte[]> media = download(this.client.recordings().mediaUrl(recording(), RecordingFormat.MP3));
		assertThat(media.statusCode()).isEqualTo(200);
		// Twilio: the .mp3 extension returns the recording as MP3 (audio/mpeg)
		assertThat(media.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
		byte[] body = media.body();
		assertThat(body.length).isGreaterThan(4);
		// An MPEG audio frame starts with eleven set sync bits
		assertThat(body[0] & 0xFF).isEqualTo(0xFF);
		assertThat(body[1] & 0xE0).isEqualTo(0xE0);
	}

	private String recording() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Record action=\"http://127.0.0.1:1/recorded\"/></Response>")
				.build());
		EmulatedCall running = this.emulator.awaitCallStatus(call.sid(), "in-progress", TIMEOUT);
		this.emulator.finishRecording(running.lastReply());
		return this.client.recordings().list().items().get(0).sid();
	}

	private HttpResponse<byte[]> download(URI url) throws Exception {
		String credentials = this.emulator.accountSid() + ":" + this.emulator.authToken();
		HttpRequest request = HttpRequest.newBuilder(url)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
