package dev.twiliospring.client;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioClient} in a JVM without the {@code java.net.http} module, as
 * on the module path, where nothing requires it, or in a runtime made with jlink.
 */
class TwilioClientWithoutJavaNetHttpTests {

	// What the client and its libraries use, java.net.http left out
	private static final String MODULES = "java.base,java.logging,java.xml,java.sql,java.desktop,java.management,"
			+ "java.naming,jdk.unsupported";

	@Test
	void connectionRefusedIsAConnectionExceptionWithoutJavaNetHttp() throws Exception {
		int port;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort();
		}
		assertThat(callInJvmWithoutJavaNetHttp(port)).startsWith("TwilioConnectionException timeout=false");
	}

	@Test
	void readTimeoutIsATimeoutWithoutJavaNetHttp() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThat(callInJvmWithoutJavaNetHttp(silent.getLocalPort()))
				.startsWith("TwilioConnectionException timeout=true");
		}
	}

	private static String callInJvmWithoutJavaNetHttp(int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "--limit-modules", MODULES, "-cp",
				System.getProperty("java.class.path"), Caller.class.getName(), String.valueOf(port))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
		return output.strip();
	}

	/**
	 * Calls Twilio at a local port with the built-in transport and prints how the call
	 * failed.
	 */
	static final class Caller {

		public static void main(String[] args) {
			TwilioClient client = TwilioClient.builder()
				.accountSid("AC" + "0".repeat(32))
				.authToken("0".repeat(32))
				.baseUrl(URI.create("http://127.0.0.1:" + args[0]))
				.readTimeout(Duration.ofMillis(300))
				.build();
			try {
				client.accounts().fetch("AC" + "0".repeat(32));
				System.out.println("no failure");
			}
			catch (TwilioConnectionException ex) {
				System.out.println("TwilioConnectionException timeout=" + ex.isTimeout());
			}
			catch (Throwable ex) {
				System.out.println(ex);
			}
		}

	}

}
