package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioClient} calls through an HTTP proxy that demands Basic
 * credentials, given with {@link TwilioClient.Builder#proxy(String, int)} and
 * {@link TwilioClient.Builder#proxyCredentials(String, String)}.
 */
class TwilioClientProxyCredentialsTests {

	private static final String ACCOUNT_SID = TwilioClientProxiedCloseTests.ACCOUNT_SID;

	private static final String PROXY_PASSWORD = "s3cret-proxy-password";

	private final List<String> twilioProxyAuthorizations = new CopyOnWriteArrayList<>();

	private final List<String> twilioAuthorizations = new CopyOnWriteArrayList<>();

	private final List<String> tlsProtocols = new CopyOnWriteArrayList<>();

	private HttpServer twilio;

	private AuthenticatingProxy proxy;

	@BeforeEach
	void start() throws IOException {
		this.twilio = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.twilio.createContext("/", this::answer);
		this.twilio.start();
		this.proxy = new AuthenticatingProxy(this.twilio.getAddress(), "proxy-user", PROXY_PASSWORD);
	}

	@AfterEach
	void stop() throws IOException {
		this.proxy.close();
		this.twilio.stop(0);
	}

	@Test
	void sendsTheCredentialsToTheProxyGivenAndNeverToTwilio() {
		TwilioClient client = client().proxy("127.0.0.1", this.proxy.port())
			.proxyCredentials("proxy-user", PROXY_PASSWORD)
			.build();
		assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
		assertThat(this.proxy.requestLines())
			.containsExactly("GET http://twilio.test:8080/2010-04-01/Accounts/" + ACCOUNT_SID + ".json HTTP/1.1");
		assertThat(this.proxy.authorizations()).containsExactly(basic("proxy-user", PROXY_PASSWORD));
		assertThat(this.twilioProxyAuthorizations).containsExactly("none");
		assertThat(this.twilioAuthorizations).containsExactly(basic(ACCOUNT_SID, "twilio-auth-token"));
	}

	@Test
	void sendsTheCredentialsToTheProxyThatTheJvmChooses() {
		ProxySelector previous = ProxySelector.getDefault();
		ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("127.0.0.1", this.proxy.port())));
		try {
			TwilioClient client = client().proxyCredentials("proxy-user", PROXY_PASSWORD).build();
			assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
		}
		finally {
			ProxySelector.setDefault(previous);
		}
		assertThat(this.proxy.authorizations()).containsExactly(basic("proxy-user", PROXY_PASSWORD));
		assertThat(this.twilioProxyAuthorizations).containsExactly("none");
	}

	@Test
	void aProxyThatWantsCredentialsThatWereNotGivenSaysToSetThem() {
		TwilioClient client = client().proxy("127.0.0.1", this.proxy.port()).build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407))
			.withMessageStartingWith("HTTP 407 (Proxy Authentication Required) from a proxy between the application "
					+ "and Twilio")
			.withMessageContaining("set twilio.proxy.username and twilio.proxy.password");
		assertThat(this.proxy.authorizations()).containsExactly("none");
		assertThat(this.twilioAuthorizations).isEmpty();
	}

	@Test
	void aProxyThatRefusesTheCredentialsSaysSoWithoutShowingThem() {
		TwilioClient client = client().proxy("127.0.0.1", this.proxy.port())
			.proxyCredentials("proxy-user", "wrong-" + PROXY_PASSWORD)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407))
			.withMessageContaining("missing or wrong")
			.withMessageNotContaining(PROXY_PASSWORD)
			.withMessageNotContaining(basic("proxy-user", "wrong-" + PROXY_PASSWORD).substring(6));
	}

	@Test
	void aProxyThatRepeatsTheRefusedCredentialsHasThemHiddenInTheMessage() {
		this.proxy.echoingCredentials();
		String refused = basic("proxy-user", "wrong-" + PROXY_PASSWORD);
		TwilioClient client = client().proxy("127.0.0.1", this.proxy.port())
			.proxyCredentials("proxy-user", "wrong-" + PROXY_PASSWORD)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407))
			.withMessageContaining("Proxy login required (Proxy-Authorization: Basic [hidden])")
			.withMessageNotContaining(refused.substring(6));
		assertThat(this.proxy.authorizations()).containsExactly(refused);
	}

	@Test
	void aTunnelThatTheProxyRefusesWithTheCredentialsRepeatedHasThemHidden() {
		this.proxy.echoingCredentials();
		String refused = basic("proxy-user", "wrong-" + PROXY_PASSWORD);
		TwilioClient client = client().baseUrl(URI.create("https://api.twilio.test"))
			.proxy("127.0.0.1", this.proxy.port())
			.proxyCredentials("proxy-user", "wrong-" + PROXY_PASSWORD)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch())
			.withMessageContaining("Proxy login required (Proxy-Authorization: Basic [hidden])")
			.withMessageNotContaining(refused.substring(6));
		assertThat(this.proxy.requestLines()).containsExactly("CONNECT api.twilio.test:443 HTTP/1.1");
	}

	@Test
	void aTunnelThatTheProxyRefusesAnswersWithItsRefusal() {
		TwilioClient client = client().baseUrl(URI.create("https://api.twilio.test"))
			.proxy("127.0.0.1", this.proxy.port())
			.proxyCredentials("proxy-user", "wrong-" + PROXY_PASSWORD)
			.build();
		assertThatExceptionOfType(TwilioApiException.class).isThrownBy(() -> client.accounts().fetch())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(407))
			.withMessageStartingWith("HTTP 407 (Proxy Authentication Required) from a proxy between the application "
					+ "and Twilio")
			.withMessageContaining("Proxy login required")
			.withMessageNotContaining(PROXY_PASSWORD);
		assertThat(this.proxy.requestLines()).containsExactly("CONNECT api.twilio.test:443 HTTP/1.1");
	}

	@Test
	void aTunnelToAnIpv6HostNamesItInBracketsAndItsRefusalKeepsNoConnection() throws IOException {
		Http1TwilioRequestFactory factory = new Http1TwilioRequestFactory(Duration.ofSeconds(5),
				Duration.ofSeconds(5), () -> {
					throw new IllegalStateException("No TLS expected through a refused tunnel");
				}, () -> {
					throw new IllegalStateException("No JDK client expected");
				}, HttpProxy.of("127.0.0.1", this.proxy.port(), "proxy-user", "wrong-" + PROXY_PASSWORD));
		URI uri = URI.create("https://[2001:db8::1]:8443/2010-04-01/Accounts/" + ACCOUNT_SID + ".json");
		try (ClientHttpResponse response = factory.createRequest(uri, HttpMethod.GET).execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(407);
			assertThat(new String(response.getBody().readAllBytes(), StandardCharsets.ISO_8859_1))
				.contains("Proxy login required");
		}
		assertThat(factory.idleConnections()).isZero();
		factory.close();
		assertThat(this.proxy.requestLines()).containsExactly("CONNECT [2001:db8::1]:8443 HTTP/1.1");
		assertThat(this.twilioAuthorizations).isEmpty();
	}

	@Test
	void tunnelsTlsThroughTheProxyWithItsCredentials(@TempDir Path directory) throws Exception {
		SSLContext tls = SelfSignedKeyStores.tls(SelfSignedKeyStores.create(directory));
		HttpsServer secure = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		secure.setHttpsConfigurator(new HttpsConfigurator(tls));
		secure.createContext("/", this::answer);
		secure.start();
		try (AuthenticatingProxy tunnelling = new AuthenticatingProxy(secure.getAddress(), "proxy-user",
				PROXY_PASSWORD)) {
			Http1TwilioRequestFactory factory = new Http1TwilioRequestFactory(Duration.ofSeconds(5),
					Duration.ofSeconds(5), tls::getSocketFactory, () -> {
						throw new IllegalStateException("No JDK client expected");
					}, HttpProxy.of("127.0.0.1", tunnelling.port(), "proxy-user", PROXY_PASSWORD));
			// The certificate names localhost: the handshake is with the host, not the proxy
			URI uri = URI.create("https://localhost:" + secure.getAddress().getPort() + "/2010-04-01/Accounts/"
					+ ACCOUNT_SID + ".json");
			try (ClientHttpResponse response = factory.createRequest(uri, HttpMethod.GET).execute()) {
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				assertThat(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))
					.isEqualTo(TwilioClientProxiedCloseTests.ACCOUNT_JSON);
			}
			factory.close();
			assertThat(tunnelling.requestLines())
				.containsExactly("CONNECT localhost:" + secure.getAddress().getPort() + " HTTP/1.1");
			assertThat(tunnelling.authorizations()).containsExactly(basic("proxy-user", PROXY_PASSWORD));
			assertThat(this.twilioProxyAuthorizations).containsExactly("none");
		}
		finally {
			secure.stop(0);
		}
	}

	@Test
	void tunnelsTlsToAHostThatOnlyTheGivenContextTrusts(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		HttpsServer secure = secureTwilio(keyStore);
		try (AuthenticatingProxy tunnelling = new AuthenticatingProxy(secure.getAddress(), "proxy-user",
				PROXY_PASSWORD)) {
			TwilioClient client = throughProxy(secure, tunnelling)
				.sslContext(SelfSignedKeyStores.trusting(keyStore), null, null)
				.build();
			assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
			client.close();
			assertThat(tunnelling.requestLines())
				.containsExactly("CONNECT localhost:" + secure.getAddress().getPort() + " HTTP/1.1");
			assertThat(tunnelling.authorizations()).containsExactly(basic("proxy-user", PROXY_PASSWORD));
			assertThat(this.twilioAuthorizations).containsExactly(basic(ACCOUNT_SID, "twilio-auth-token"));
		}
		finally {
			secure.stop(0);
		}
	}

	@Test
	void aHostThatOnlyAnotherContextTrustsFailsTheCallWithTheTlsError(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		HttpsServer secure = secureTwilio(keyStore);
		try (AuthenticatingProxy tunnelling = new AuthenticatingProxy(secure.getAddress(), "proxy-user",
				PROXY_PASSWORD)) {
			TwilioClient client = throughProxy(secure, tunnelling).build();
			assertThatExceptionOfType(TwilioException.class).isThrownBy(() -> client.accounts().fetch())
				.withRootCauseInstanceOf(CertPathBuilderException.class)
				.withMessageContaining("PKIX path building failed")
				.withMessageEndingWith("; the certificate that the host, or a proxy that inspects TLS, presented is "
						+ "issued by no CA that the client trusts: trust that CA with an SSL bundle named in "
						+ "twilio.ssl.bundle under Spring Boot, with TwilioClient.Builder.sslContext(...), or in the "
						+ "JVM's trust store (javax.net.ssl.trustStore)")
				.withMessageNotContaining(PROXY_PASSWORD);
			client.close();
			assertThat(tunnelling.requestLines()).hasSize(1);
			assertThat(this.twilioAuthorizations).isEmpty();
		}
		finally {
			secure.stop(0);
		}
	}

	@Test
	void enablesTheTlsProtocolsGivenWithTheContext(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		HttpsServer secure = secureTwilio(keyStore);
		try (AuthenticatingProxy tunnelling = new AuthenticatingProxy(secure.getAddress(), "proxy-user",
				PROXY_PASSWORD)) {
			TwilioClient client = throughProxy(secure, tunnelling)
				.sslContext(SelfSignedKeyStores.trusting(keyStore), new String[] { "TLSv1.2" }, null)
				.build();
			assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
			client.close();
			assertThat(this.tlsProtocols).containsExactly("TLSv1.2");
		}
		finally {
			secure.stop(0);
		}
	}

	/**
	 * Routes that the JVM's proxy selector sends through a proxy go through the JDK
	 * client, which is given the context and the protocols too.
	 */
	@Test
	void theJdkClientForTheJvmsProxyUsesTheGivenContextAndProtocols(@TempDir Path directory) throws Exception {
		Path keyStore = SelfSignedKeyStores.create(directory);
		HttpsServer secure = secureTwilio(keyStore);
		List<String> tunnels = new CopyOnWriteArrayList<>();
		ServerSocket tunnelling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread proxyThread = new Thread(() -> tunnel(tunnelling, secure.getAddress(), tunnels), "tunnel");
		proxyThread.setDaemon(true);
		proxyThread.start();
		ProxySelector previous = ProxySelector.getDefault();
		ProxySelector.setDefault(ProxySelector
			.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), tunnelling.getLocalPort())));
		try {
			TwilioClient client = secureClient(secure)
				.sslContext(SelfSignedKeyStores.trusting(keyStore), new String[] { "TLSv1.2" }, null)
				.build();
			assertThat(client.accounts().fetch().sid()).isEqualTo(ACCOUNT_SID);
			client.close();
			assertThat(tunnels).containsExactly("CONNECT localhost:" + secure.getAddress().getPort() + " HTTP/1.1");
			assertThat(this.tlsProtocols).containsExactly("TLSv1.2");
		}
		finally {
			ProxySelector.setDefault(previous);
			tunnelling.close();
			secure.stop(0);
		}
	}

	/**
	 * A proxy without credentials that opens every tunnel asked for, to the given
	 * target.
	 */
	private static void tunnel(ServerSocket proxy, InetSocketAddress target, List<String> tunnels) {
		while (!proxy.isClosed()) {
			try {
				Socket client = proxy.accept();
				InputStream in = client.getInputStream();
				StringBuilder head = new StringBuilder();
				while (!head.toString().endsWith("\r\n\r\n")) {
					int b = in.read();
					if (b < 0) {
						break;
					}
					head.append((char) b);
				}
				tunnels.add(head.substring(0, head.indexOf("\r\n")));
				Socket server = new Socket(target.getAddress(), target.getPort());
				client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n"
					.getBytes(StandardCharsets.ISO_8859_1));
				pipe(in, server.getOutputStream(), server);
				pipe(server.getInputStream(), client.getOutputStream(), client);
			}
			catch (IOException ex) {
				// Closed by the test
			}
		}
	}

	private static void pipe(InputStream in, OutputStream out, Socket closing) {
		Thread thread = new Thread(() -> {
			try (closing) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// The other end closed
			}
		}, "pipe");
		thread.setDaemon(true);
		thread.start();
	}

	@Test
	void refusesTlsProtocolsWithoutAContext() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().sslContext(null, new String[] { "TLSv1.3" }, null))
			.withMessage("TLS protocols and cipher suites need the TLS context that they are for");
	}

	@Test
	void refusesATlsProtocolThatTheContextDoesNotSupport() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, null, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().sslContext(context, new String[] { "TLSv1.2", "TLSv9" }, null))
			.withMessageStartingWith("The TLS context given does not support TLS protocol 'TLSv9': it supports ")
			.withMessageContaining("TLSv1.2");
	}

	@Test
	void refusesACipherSuiteThatTheContextDoesNotSupport() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, null, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder()
				.sslContext(context, null, new String[] { "TLS_AES_128_GCM_SHA256", "TLS_NO_SUCH_CIPHER" }))
			.withMessage("The TLS context given does not support cipher suite 'TLS_NO_SUCH_CIPHER': see its "
					+ "getSupportedSSLParameters()");
	}

	@Test
	void refusesCredentialsWithAPartMissing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().proxyCredentials("proxy-user", null))
			.withMessage("Proxy credentials need both a user name and a password, but only one is set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioClient.builder().proxyCredentials("proxy:user", PROXY_PASSWORD))
			.withMessageNotContaining(PROXY_PASSWORD);
		assertThatIllegalArgumentException().isThrownBy(() -> TwilioClient.builder().proxy("proxy.example.com", 0));
	}

	@Test
	void proxySettingsNeverShowTheCredentials() {
		HttpProxy proxy = HttpProxy.of("proxy.example.com", 3128, "proxy-user", PROXY_PASSWORD);
		assertThat(proxy).hasToString("HttpProxy[address=proxy.example.com:3128, credentials=******]");
	}

	private HttpsServer secureTwilio(Path keyStore) throws Exception {
		HttpsServer secure = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		secure.setHttpsConfigurator(new HttpsConfigurator(SelfSignedKeyStores.tls(keyStore)));
		secure.createContext("/", this::answer);
		secure.start();
		return secure;
	}

	/**
	 * A client of a TLS stub: its certificate names localhost, which the JVM's trust
	 * store does not trust.
	 */
	private TwilioClient.Builder secureClient(HttpsServer secure) {
		return client().baseUrl(URI.create("https://localhost:" + secure.getAddress().getPort()));
	}

	/**
	 * A client of the secure stub, through the authenticating proxy with its credentials.
	 */
	private TwilioClient.Builder throughProxy(HttpsServer secure, AuthenticatingProxy tunnelling) {
		return secureClient(secure).proxy("127.0.0.1", tunnelling.port())
			.proxyCredentials("proxy-user", PROXY_PASSWORD);
	}

	private TwilioClient.Builder client() {
		return TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("twilio-auth-token")
			.baseUrl(URI.create("http://twilio.test:8080"))
			.maxRetries(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		if (exchange instanceof HttpsExchange secure) {
			this.tlsProtocols.add(secure.getSSLSession().getProtocol());
		}
		String proxyAuthorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
		this.twilioProxyAuthorizations.add((proxyAuthorization != null) ? proxyAuthorization : "none");
		this.twilioAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
		JsonAnswers.ok(exchange, TwilioClientProxiedCloseTests.ACCOUNT_JSON);
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
