package dev.twiliospring.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.twiliospring.resilience.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header values reach the rejection log line (the Content-Type is echoed in the
 * 415 message). HTTP allows obs-text bytes 0x80-0xFF in header values, which Tomcat
 * decodes as ISO-8859-1, so the C1 controls U+0080-U+009F arrive in the log, among them
 * NEL (U+0085), a line break for many log tools, and CSI (U+009B), an escape sequence
 * introducer for terminals.
 */
@SpringBootTest(classes = BadInputTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "twilio.auth-token=log-token-0123456789abcdef" })
@ExtendWith(OutputCaptureExtension.class)
class WebhookLogInjectionTests {

	@LocalServerPort
	int port;

	@Test
	void rejectionLogLineHasNoC1ControlCharacters(CapturedOutput output) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		head.writeBytes(("POST /twilio/sms HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
				+ "\r\nConnection: close\r\nX-Twilio-Signature: c2ln\r\nContent-Length: 7\r\nContent-Type: text/x")
			.getBytes(StandardCharsets.ISO_8859_1));
		// NEL, then "2026-01-01 ERROR forged entry", then CSI "31m"
		head.write(0x85);
		head.writeBytes("2026-01-01T00:00:00Z ERROR forged entry ".getBytes(StandardCharsets.ISO_8859_1));
		head.write(0x9b);
		head.writeBytes("31m\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		Response response = new RawHttp(this.port, "x").exchange(head.toByteArray(),
				"Body=hi".getBytes(StandardCharsets.US_ASCII), false, 10_000);
		assertThat(response.status()).isEqualTo(415);
		String rejection = output.getAll()
			.lines()
			.filter((line) -> line.contains("Rejected Twilio webhook"))
			.findFirst()
			.orElseThrow();
		assertThat(rejection.chars().filter((c) -> c >= 0x80 && c <= 0x9f).count())
			.as("C1 control characters in: %s", rejection)
			.isZero();
	}

}
