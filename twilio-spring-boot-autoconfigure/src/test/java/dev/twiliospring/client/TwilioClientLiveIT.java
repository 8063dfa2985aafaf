package dev.twiliospring.client;

import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.Balance;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageListRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Read-only checks of {@link TwilioClient} against the real Twilio API. They run only
 * when {@code TWILIO_ACCOUNT_SID} (with {@code TWILIO_AUTH_TOKEN}, or an API key) is set,
 * and neither send nor buy anything.
 */
@EnabledIfEnvironmentVariable(named = "TWILIO_ACCOUNT_SID", matches = "AC[0-9a-fA-F]{32}")
@EnabledIf("credentialsAreSet")
class TwilioClientLiveIT {

	private final TwilioClient twilio = TwilioClient.builder().fromEnvironment().maxRetries(2).build();

	@Test
	void fetchesTheConfiguredAccount() {
		Account account = this.twilio.accounts().fetch();
		assertThat(account.sid()).isEqualTo(this.twilio.accountSid());
		assertThat(account.status()).isNotNull();
	}

	@Test
	void fetchesTheBalance() {
		Balance balance = this.twilio.balance().fetch();
		assertThat(balance.currency()).isNotBlank();
	}

	@Test
	void readsOnePageOfMessages() {
		Page<Message> page = this.twilio.messages().list(MessageListRequest.builder().pageSize(5).build());
		// The account may have no messages: the page Twilio describes shows it read the request
		assertThat(page.pageNumber()).isZero();
		assertThat(page.pageSize()).isEqualTo(5);
		assertThat(page.url()).contains("/Accounts/" + this.twilio.accountSid() + "/Messages.json")
			.contains("PageSize=5");
		assertThat(page.hasPrevious()).isFalse();
		assertThat(page.items()).hasSizeLessThanOrEqualTo(5)
			.allSatisfy((message) -> assertThat(message.accountSid()).isEqualTo(this.twilio.accountSid()));
	}

	@Test
	void unknownMessageIsTwilios20404() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.twilio.messages().fetch("SM00000000000000000000000000000000"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getCode()).isEqualTo(20404);
				assertThat(ex.getRequestId()).isNotBlank();
			});
	}

	/**
	 * Whether the environment holds credentials to go with the account SID: without
	 * them, the tests are skipped rather than failing to build a client.
	 */
	static boolean credentialsAreSet() {
		return isSet(TwilioClient.Builder.AUTH_TOKEN_ENV)
				|| (isSet(TwilioClient.Builder.API_KEY_ENV) && isSet(TwilioClient.Builder.API_SECRET_ENV));
	}

	private static boolean isSet(String name) {
		String value = System.getenv(name);
		return value != null && !value.isBlank();
	}

}
