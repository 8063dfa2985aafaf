package dev.twiliospring.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioSpringBootVersion;

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
		details.put("version", TwilioSpringBootVersion.getVersion());
		details.put("account", AccountSids.mask(this.client.accountSid()));
		if (this.client.region() != null) {
			details.put("region", this.client.region());
		}
		if (this.client.edge() != null) {
			details.put("edge", this.client.edge());
		}
		builder.withDetail("twilio", details);
	}

}
