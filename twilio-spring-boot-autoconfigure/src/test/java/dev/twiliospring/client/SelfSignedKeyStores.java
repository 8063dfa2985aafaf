package dev.twiliospring.client;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key stores with a self-signed certificate for {@code localhost}, made with the JDK's
 * {@code keytool}, for TLS servers on a loopback port that only such a key store trusts.
 */
public final class SelfSignedKeyStores {

	/** Password of the key store and of its key. */
	public static final String PASSWORD = "changeit";

	private SelfSignedKeyStores() {
	}

	/**
	 * Create a PKCS #12 key store, valid for two days, in a directory.
	 * @param directory the directory
	 * @return the key store's file
	 * @throws Exception if keytool cannot be run or fails
	 */
	public static Path create(Path directory) throws Exception {
		Path keyStore = directory.resolve("server.p12");
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
				"secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2", "-keystore",
				keyStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return keyStore;
	}

	/**
	 * Return a TLS context with the key store's key and certificate, which also trusts
	 * that certificate, for a server or a client.
	 * @param keyStore a key store made by {@link #create(Path)}
	 * @return the TLS context
	 * @throws Exception if the key store cannot be read
	 */
	public static SSLContext tls(Path keyStore) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, PASSWORD.toCharArray());
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
		return context;
	}

	/**
	 * Return a TLS context for a client that trusts the key store's certificate and no
	 * other, and has no key of its own.
	 * @param keyStore a key store made by {@link #create(Path)}
	 * @return the TLS context
	 * @throws Exception if the key store cannot be read
	 */
	public static SSLContext trusting(Path keyStore) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

}
