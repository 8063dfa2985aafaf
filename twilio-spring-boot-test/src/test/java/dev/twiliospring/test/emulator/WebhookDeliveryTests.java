package dev.twiliospring.test.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebhookDelivery}.
 */
class WebhookDeliveryTests {

	@Test
	void parametersAreCopiedWithTheirValues() {
		List<String> statuses = new ArrayList<>(List.of("sent"));
		Map<String, List<String>> params = new LinkedHashMap<>();
		params.put("MessageStatus", statuses);
		WebhookDelivery delivery = delivery(params);
		statuses.add("delivered");
		params.put("ErrorCode", List.of("30003"));
		assertThat(delivery.params()).containsOnlyKeys("MessageStatus");
		assertThat(delivery.params().get("MessageStatus")).containsExactly("sent");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> delivery.params().get("MessageStatus").add("failed"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> delivery.params().remove("MessageStatus"));
	}

	@Test
	void parametersKeepTheirOrder() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String name : List.of("To", "From", "Body", "MessageSid", "AccountSid", "SmsStatus", "NumMedia")) {
			params.put(name, List.of(name.toLowerCase(Locale.ROOT)));
		}
		assertThat(delivery(params).params().keySet()).containsExactlyElementsOf(params.keySet());
	}

	private static WebhookDelivery delivery(Map<String, List<String>> params) {
		return new WebhookDelivery("POST", "http://127.0.0.1/status", params, 204, "", null, Instant.now());
	}

}
