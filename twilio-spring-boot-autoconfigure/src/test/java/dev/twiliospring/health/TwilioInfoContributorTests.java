package dev.twiliospring.health;

import java.util.Map;

import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.info.Info;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioInfoContributor}.
 */
class TwilioInfoContributorTests {

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private static final String AUTH_TOKEN = "s3cr3t-auth-token-value-0123456789";

	@Test
	void contributesVersionRoutingAndMaskedAccount() {
		TwilioClient client = TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken(AUTH_TOKEN)
			.region("au1")
			.edge("sydney")
			.build();
		Map<String, Object> twilio = contribute(client);
		assertThat(twilio).containsOnlyKeys("version", "account", "region", "edge")
			.containsEntry("account", "AC01\u2026cdef")
			.containsEntry("region", "au1")
			.containsEntry("edge", "sydney");
		assertThat((String) twilio.get("version")).isNotEqualTo("unknown").doesNotContain("${");
		assertThat(twilio.toString()).doesNotContain(AUTH_TOKEN).doesNotContain(ACCOUNT_SID);
	}

	@Test
	void leavesOutRegionAndEdgeWhenTwilioDefaultsApply() {
		TwilioClient client = TwilioClient.builder().accountSid(ACCOUNT_SID).authToken(AUTH_TOKEN).build();
		assertThat(contribute(client)).containsOnlyKeys("version", "account");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> contribute(TwilioClient client) {
		Info.Builder builder = new Info.Builder();
		new TwilioInfoContributor(client).contribute(builder);
		Info info = builder.build();
		assertThat(info.getDetails()).containsOnlyKeys("twilio");
		return (Map<String, Object>) info.getDetails().get("twilio");
	}

}
