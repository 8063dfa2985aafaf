package dev.twiliospring.client;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TwilioClient} calls with the JVM's SOCKS proxy settings
 * ({@code socksProxyHost}), which the JDK {@code HttpClient} does not support: the
 * built-in transport's own sockets must go through the proxy instead of around it.
 */
class TwilioClientSocksProxyTests {

	private final List<String> targets = new CopyOnWriteArrayList<>();

	private ServerSocket proxy;

	@BeforeEach
	void startProxy() throws IOException {
		this.proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::refuseConnects, "socks-proxy");
		thread.setDaemon(true);
		thread.start();
		System.setProperty("socksProxyHost", this.proxy.getInetAddress().getHostAddress());
		System.setProperty("socksProxyPort", String.valueOf(this.proxy.getLocalPort()));
	}

	@AfterEach
	void stopProxy() throws IOException {
		System.clearProperty("socksProxyHost");
		System.clearProperty("socksProxyPort");
		this.proxy.close();
	}

	@Test
	void builtInTransportConnectsToTheRegionalHostThroughTheJvmsSocksProxy() {
		try (TwilioClient client = TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.region("ie1")
			.connectTimeout(Duration.ofSeconds(5))
			.build()) {
			assertThatExceptionOfType(TwilioConnectionException.class).isThrownBy(() -> client.messages().list());
		}
		assertThat(this.targets).containsExactly("api.dublin.ie1.twilio.com:443");
	}

	/**
	 * Answer SOCKS 5 greetings without authentication, record the host and port each
	 * client asks to connect to, and refuse the connection.
	 */
	private void refuseConnects() {
		while (!this.proxy.isClosed()) {
			try (Socket socket = this.proxy.accept()) {
				DataInputStream in = new DataInputStream(socket.getInputStream());
				OutputStream out = socket.getOutputStream();
				if (in.readUnsignedByte() != 5) {
					continue;
				}
				in.readNBytes(in.readUnsignedByte());
				out.write(new byte[] { 5, 0 });
				out.flush();
				in.readNBytes(3);
				int addressType = in.readUnsignedByte();
				String host = (addressType == 3)
						? new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII)
						: InetAddress.getByAddress(in.readNBytes((addressType == 1) ? 4 : 16)).getHostAddress();
				this.targets.add(host + ":" + in.readUnsignedShort());
				// Reply 5: connection refused
				out.write(new byte[] { 5, 5, 0, 1, 0, 0, 0, 0, 0, 0 });
				out.flush();
			}
			catch (IOException ex) {
				// Closed by the test, or a client that gave up
			}
		}
	}

}
