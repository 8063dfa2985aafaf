package dev.twiliospring.test.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioResponse;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.Call;
import dev.twiliospring.client.api.CallCreateRequest;
import dev.twiliospring.client.api.Recording;
import dev.twiliospring.client.api.RecordingFormat;
import dev.twiliospring.client.api.RecordingListRequest;
import dev.twiliospring.test.TwilioTestNumbers;
import dev.twiliospring.test.emulator.EmulatedCall;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulated Recordings API: list filters, absolute media URLs, and media served in the
 * format the URL's extension names, as Twilio's.
 */
class TwilioEmulatorRecordingListTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	private String recordedCall() {
		Call call = this.client.calls()
			.create(CallCreateRequest.builder()
				.to("+14155550100")
				.from(TwilioTestNumbers.VALID)
				.twiml("<Response><Record action=\"http://127.0.0.1:1/recorded\"/></Response>")
				.build());
		EmulatedCall running = this.emulator.awaitCallStatus(call.sid(), "in-progress", TIMEOUT);
		this.emulator.finishRecording(running.lastReply());
		return call.sid();
	}

	@Test
	void recordingListIsFilteredByCallSid() {
		String first = recordedCall();
		String second = recordedCall();
		Page<Recording> page = this.client.recordings().list(RecordingListRequest.builder().callSid(first).build());
		// Twilio returns only the recordings of the call
		assertThat(page.items()).extracting(Recording::callSid).containsOnly(first).doesNotContain(second);
	}

	@Test
	void recordingMediaUrlIsAbsoluteAsTwilioReportsIt() {
		recordedCall();
		List<Recording> recordings = this.client.recordings().list().items();
		assertThat(recordings).hasSize(1);
		// Twilio: "media_url": "https://api.twilio.com/2010-04-01/Accounts/AC.../Recordings/RE..."
		assertThat(URI.create(recordings.get(0).mediaUrl()).isAbsolute()).isTrue();
	}

	@Test
	void recordingMediaWithoutExtensionIsWav() {
		TwilioResponse<byte[]> media = download(recordingSid(), "");
		assertThat(media.statusCode()).isEqualTo(200);
		assertThat(media.headers().getFirst("Content-Type")).isEqualTo("audio/x-wav");
		assertThat(new String(media.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
	}

	@Test
	void recordingMediaWithMp3ExtensionIsMp3() {
		TwilioResponse<byte[]> media = download(recordingSid(), RecordingFormat.MP3.extension());
		assertThat(media.statusCode()).isEqualTo(200);
		// Twilio: the .mp3 extension returns the recording as MP3 (audio/mpeg)
		assertThat(media.headers().getFirst("Content-Type")).isEqualTo("audio/mpeg");
		byte[] body = media.body();
		assertThat(body.length).isGreaterThan(4);
		// An MPEG audio frame starts with eleven set sync bits
		assertThat(body[0] & 0xFF).isEqualTo(0xFF);
		assertThat(body[1] & 0xE0).isEqualTo(0xE0);
	}

	private String recordingSid() {
		recordedCall();
		return this.client.recordings().list().items().get(0).sid();
	}

	@Test
	void recordingMediaUrlRedirectsToALinkThatServesTheFileWithoutCredentials() throws Exception {
		URI mediaUrl = this.client.recordings().mediaUrl(recordingSid(), RecordingFormat.WAV);
		HttpResponse<byte[]> unauthenticated = send(HttpRequest.newBuilder(mediaUrl));
		assertThat(unauthenticated.statusCode()).isEqualTo(401);
		HttpResponse<byte[]> redirect = send(HttpRequest.newBuilder(mediaUrl).header("Authorization", credentials()));
		assertThat(redirect.statusCode()).isEqualTo(307);
		URI link = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		HttpResponse<byte[]> file = send(HttpRequest.newBuilder(link));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(new String(file.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
	}

	@Test
	void recordingMediaIsNotFoundInAnotherAccount() {
		String sid = recordingSid();
		Account subaccount = this.client.accounts().create(AccountCreateRequest.builder().build());
		TwilioResponse<byte[]> media = this.client.forAccount(subaccount.sid()).exchange(recordingMedia(sid, ""));
		assertThat(media.statusCode()).isEqualTo(404);
	}

	private TwilioResponse<byte[]> download(String sid, String extension) {
		return this.client.executeForResponse(recordingMedia(sid, extension), byte[].class);
	}

	private static TwilioRequest recordingMedia(String sid, String extension) {
		return TwilioRequest.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}" + extension)
			.pathVariable("Sid", sid)
			.build();
	}

	private String credentials() {
		String credentials = this.emulator.accountSid() + ":" + this.emulator.authToken();
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
