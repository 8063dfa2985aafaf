package dev.twiliospring.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The version of this library, which the client sends in its {@code User-Agent} and the
 * info endpoint shows, read once from the {@code version.properties} that the build
 * writes next to {@link TwilioClient}.
 *
 * @since 1.0.0
 */
public final class TwilioSpringBootVersion {

	private static final String VERSION = load();

	private TwilioSpringBootVersion() {
	}

	/**
	 * Return the version of this library.
	 * @return the version, or {@code unknown} if it cannot be determined
	 */
	public static String getVersion() {
		return VERSION;
	}

	private static String load() {
		String implementationVersion = TwilioClient.class.getPackage().getImplementationVersion();
		try (InputStream in = TwilioClient.class.getResourceAsStream("version.properties")) {
			return read(in, implementationVersion);
		}
		catch (IOException ex) {
			return read(null, implementationVersion);
		}
	}

	/**
	 * Read the version from the properties the build wrote, or, where there are none or
	 * they were not filtered (sources run as they are), from the jar's manifest.
	 * @param properties the {@code version.properties}, or {@code null} if there are none
	 * @param implementationVersion the manifest's {@code Implementation-Version}, if any
	 * @return the version, or {@code unknown}
	 */
	static String read(@Nullable InputStream properties, @Nullable String implementationVersion) {
		if (properties != null) {
			try {
				Properties loaded = new Properties();
				loaded.load(properties);
				String version = loaded.getProperty("version");
				if (version != null && !version.isBlank() && !version.startsWith("${")) {
					return version.trim();
				}
			}
			catch (IOException ex) {
				// The version is informative only: a missing one must not stop the client
			}
		}
		return (implementationVersion != null) ? implementationVersion : "unknown";
	}

}
