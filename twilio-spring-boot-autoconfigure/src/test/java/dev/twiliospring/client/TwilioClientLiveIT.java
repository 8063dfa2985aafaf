package dev.twiliospring.client;

import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.Balance;
import dev.twiliospring.client.api.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Read-only checks of {@link TwilioClient} against the real Twilio API. They run only
 * when {@code TWILIO_ACCOUNT_SID} (with {@code TWILIO_AUTH_TOKEN}, or an API key) is set,
 * and neither send nor buy anything.
 */
@EnabledIfEnvironmentVariable(named = "TWILIO_ACCOUNT_SID", matches = "AC[0-9a-fA-F]{32}")
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
		Page<Message> page = this.twilio.messages()
			.list(dev.twiliospring.client.api.MessageListRequest.builder().pageSize(5).build());
		assertThat(page.items()).hasSizeLessThanOrEqualTo(5);
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

}
