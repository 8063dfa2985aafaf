package dev.twiliospring.autoconfigure;

import java.util.List;

import dev.twiliospring.client.TwilioClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.util.StringUtils;

/**
 * Finds the SSL bundle of {@code twilio.ssl.bundle} and gives the client's built-in
 * transport an SSL bundle's TLS context, protocols and ciphers.
 */
final class TwilioSslBundle {

	static final String PROPERTY = "twilio.ssl.bundle";

	private TwilioSslBundle() {
	}

	/**
	 * Return the bundle that {@code twilio.ssl.bundle} names.
	 * @param properties the client's properties
	 * @param sslBundles the application's SSL bundles
	 * @return the bundle, or {@code null} when the property is not set
	 * @throws InvalidTwilioConfigurationException if no such bundle is defined
	 */
	static @Nullable SslBundle resolve(TwilioProperties properties, ObjectProvider<SslBundles> sslBundles) {
		String name = properties.getSsl().getBundle();
		if (!StringUtils.hasText(name)) {
			return null;
		}
		String trimmed = name.trim();
		SslBundles bundles = sslBundles.getIfAvailable();
		if (bundles == null) {
			throw new InvalidTwilioConfigurationException(PROPERTY, null,
					PROPERTY + " names SSL bundle '" + trimmed + "', but the application has no SSL bundles",
					"Keep Spring Boot's SslAutoConfiguration, which defines the bundles of spring.ssl.bundle.*, or "
							+ "remove " + PROPERTY + ".");
		}
		try {
			return bundles.getBundle(trimmed);
		}
		catch (NoSuchSslBundleException ex) {
			List<String> defined = bundles.getBundleNames();
			throw new InvalidTwilioConfigurationException(PROPERTY, null,
					PROPERTY + " names SSL bundle '" + trimmed + "', which is not defined",
					"Define it with spring.ssl.bundle.pem." + trimmed + ".* or spring.ssl.bundle.jks." + trimmed
							+ ".*, or set " + PROPERTY + " to "
							+ (defined.isEmpty() ? "a bundle defined there: there is none yet"
									: "one of the bundles defined: " + String.join(", ", defined))
							+ ".");
		}
	}

	/**
	 * Have the built-in transport make its TLS connections with the bundle.
	 * @param bundle the bundle
	 * @param property the property that names the bundle
	 * @param builder the client's builder
	 * @throws InvalidTwilioConfigurationException if the bundle's options name a protocol
	 * or cipher that its TLS context does not support
	 */
	static void applyTo(SslBundle bundle, String property, TwilioClient.Builder builder) {
		SslOptions options = bundle.getOptions();
		try {
			builder.sslContext(bundle.createSslContext(), nullIfEmpty(options.getEnabledProtocols()),
					nullIfEmpty(options.getCiphers()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTwilioConfigurationException(property, null,
					"The SSL bundle that " + property + " names cannot be applied: " + ex.getMessage(),
					"Set the bundle's options.enabled-protocols and options.ciphers to ones that the JVM supports, "
							+ "or remove them for the JVM's defaults.");
		}
	}

	private static String @Nullable [] nullIfEmpty(String @Nullable [] values) {
		return (values != null && values.length > 0) ? values : null;
	}

}
