package dev.twiliospring.client;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.lookups.LookupField;
import dev.twiliospring.client.verify.VerificationChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the product clients ({@link TwilioClient#messaging()},
 * {@link TwilioClient#verify()}, {@link TwilioClient#lookups()},
 * {@link TwilioClient#video()}) on a {@link TwilioClient#forAccount subaccount view}.
 */
class TwilioClientSubaccountViewTests {

	private static final String SUBACCOUNT = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void subaccountViewRefusesProductHostsThatParentCredentialsCannotReach() {
		// Twilio lets a parent's credentials reach a subaccount's 2010-04-01 resources
		// only; the other products act on the account whose credentials sign the
		// request, so these calls would silently work on the parent account.
		TwilioClient sub = this.server.client().forAccount(SUBACCOUNT);
		assertRefused(() -> sub.messaging().services().list());
		assertRefused(() -> sub.verify().start("VA" + "a".repeat(32), "+15017122661", VerificationChannel.SMS));
		assertRefused(() -> sub.lookups().lookup("+14159929960", LookupField.LINE_TYPE_INTELLIGENCE));
		assertRefused(() -> sub.video().rooms().fetch("RM" + "a".repeat(32)));
		assertRefused(() -> sub.execute(TwilioRequest.get(TwilioDomain.CONVERSATIONS, "/v1/Conversations").build(),
				JsonNode.class));
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void viewOfTheCredentialsOwnAccountStillReachesProductHosts() {
		this.server.enqueue(Response.fixture(200, "services-page-0.json"));
		this.server.client().forAccount(StubTwilioServer.ACCOUNT_SID).messaging().services().list();
		assertThat(this.server.takeRequest().path()).isEqualTo("/v1/Services");
	}

	private void assertRefused(Executable call) {
		assertThatIllegalStateException().isThrownBy(call::execute)
			.withMessageContaining(SUBACCOUNT)
			.withMessageContaining(StubTwilioServer.ACCOUNT_SID)
			.withMessageContaining("own credentials");
	}

}
