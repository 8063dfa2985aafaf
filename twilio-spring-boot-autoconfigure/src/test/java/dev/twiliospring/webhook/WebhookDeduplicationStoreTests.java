package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import dev.twiliospring.webhook.WebhookDeduplicationStore.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WebhookDeduplicationStore}.
 */
class WebhookDeduplicationStoreTests {

	@Test
	void storeMustImplementEveryMethodAndCompletesAndReleasesOnlyWithAClaim() {
		List<Method> methods = Arrays.stream(WebhookDeduplicationStore.class.getDeclaredMethods())
			.filter((method) -> !method.isSynthetic() && !Modifier.isStatic(method.getModifiers()))
			.toList();
		// A default body would let a store that lacks the method compile and fail at runtime
		assertThat(methods).noneMatch(Method::isDefault);
		assertThat(methods).extracting(Method::getName).containsExactlyInAnyOrder("claim", "complete", "release");
		assertThat(methods).filteredOn((method) -> !method.getName().equals("claim"))
			.allSatisfy((method) -> assertThat(method.getParameterTypes()).contains(Claim.class));
	}

}
