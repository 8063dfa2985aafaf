package dev.twiliospring.health;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import dev.twiliospring.client.TwilioClient;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.util.Assert;

/**
 * {@link InfoContributor} that adds a {@code twilio} entry to the info endpoint: the
 * library version and the region, edge and masked account SID of a {@link TwilioClient}.
 * It never calls Twilio.
 *
 * @since 1.0.0
 */
public class TwilioInfoContributor implements InfoContributor {

	private static final String VERSION = loadVersion();

	private final TwilioClient client;

	/**
	 * Create a contributor.
	 * @param client the client to describe
	 */
	public TwilioInfoContributor(TwilioClient client) {
		Assert.notNull(client, "Client must not be null");
		this.client = client;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", VERSION);
		details.put("account", AccountSids.mask(this.client.accountSid()));
		if (this.client.region() != null) {
			details.put("region", this.client.region());
		}
		if (this.client.edge() != null) {
			details.put("edge", this.client.edge());
		}
		builder.withDetail("twilio", details);
	}

	/**
	 * Return the version of this library.
	 * @return the version, or {@code unknown} if it cannot be determined
	 */
	static String version() {
		return VERSION;
	}

	private static String loadVersion() {
		try (InputStream in = TwilioClient.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.isBlank() && !version.startsWith("${")) {
					return version.trim();
				}
			}
		}
		catch (IOException ex) {
			// The version is informative only: fall through to the placeholder
		}
		String implementationVersion = TwilioClient.class.getPackage().getImplementationVersion();
		return (implementationVersion != null) ? implementationVersion : "unknown";
	}

}
