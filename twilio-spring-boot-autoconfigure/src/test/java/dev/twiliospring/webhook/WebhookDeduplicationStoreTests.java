package dev.twiliospring.webhook;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.twiliospring.webhook.WebhookDeduplicationStore.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

	@Test
	void claimIsCreatedOnlyByItsFactoriesAndAcquiredOnlyWithAnOwner() {
		// A record's components are its public shape: each new one broke every record
		// pattern and canonical constructor written against it
		assertThat(Claim.class.isRecord()).isFalse();
		assertThat(Modifier.isFinal(Claim.class.getModifiers())).isTrue();
		// A claim without an owner would complete or release a key whoever holds it
		assertThat(Claim.class.getDeclaredConstructors())
			.allSatisfy((constructor) -> assertThat(Modifier.isPrivate(constructor.getModifiers())).isTrue());
		assertThat(Arrays.stream(Claim.class.getDeclaredMethods())
			.filter((method) -> !method.isSynthetic() && Modifier.isStatic(method.getModifiers())
					&& !Modifier.isPrivate(method.getModifiers()))
			.map(WebhookDeduplicationStoreTests::signature)).containsExactlyInAnyOrder("acquired(String)",
					"inProgress()", "completed(RecordedWebhookResponse)");
	}

	@Test
	void claimsAreEqualWhenTheirStatusResponseAndOwnerAre() {
		assertThat(Claim.completed(response("first"))).isEqualTo(Claim.completed(response("first")))
			.hasSameHashCodeAs(Claim.completed(response("first")))
			.isNotEqualTo(Claim.completed(response("second")));
		assertThat(Claim.acquired("owner-1")).isEqualTo(Claim.acquired("owner-1"))
			.hasSameHashCodeAs(Claim.acquired("owner-1"))
			.isNotEqualTo(Claim.acquired("owner-2"));
		assertThat(Claim.inProgress()).isEqualTo(Claim.inProgress()).isNotEqualTo(Claim.acquired("owner-1"));
		assertThat(Claim.acquired("owner-1")).hasToString("Claim[status=ACQUIRED, owner=owner-1]");
		assertThat(Claim.inProgress()).hasToString("Claim[status=IN_PROGRESS]");
	}

	@Test
	void onlyAnAcquiredClaimHasAnOwnerAndOnlyACompletedOneAResponse() {
		Claim acquired = Claim.acquired("owner-1");
		assertThat(acquired.status()).isEqualTo(Claim.Status.ACQUIRED);
		assertThat(acquired.owner()).isEqualTo("owner-1");
		assertThat(acquired.response()).isNull();
		assertThat(Claim.inProgress().status()).isEqualTo(Claim.Status.IN_PROGRESS);
		assertThat(Claim.inProgress().owner()).isNull();
		assertThat(Claim.inProgress().response()).isNull();
		Claim completed = Claim.completed(response("first"));
		assertThat(completed.status()).isEqualTo(Claim.Status.COMPLETED);
		assertThat(completed.owner()).isNull();
		assertThat(completed.response()).isEqualTo(response("first"));
	}

	@Test
	void acquiredClaimRefusesAMissingOrBlankOwnerAndACompletedOneAMissingResponse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Claim.acquired(null))
			.withMessageContaining("must not be null")
			.withMessageContaining("random UUID");
		assertThatIllegalArgumentException().isThrownBy(() -> Claim.acquired(" "))
			.withMessageContaining("must not be blank")
			.withMessageContaining("random UUID");
		assertThatIllegalArgumentException().isThrownBy(() -> Claim.completed(null))
			.withMessage("A completed claim requires the response that was recorded");
	}

	private static String signature(Method method) {
		return method.getName() + Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", ", "(", ")"));
	}

	private static RecordedWebhookResponse response(String body) {
		return new RecordedWebhookResponse(200, "application/xml", body.getBytes(StandardCharsets.UTF_8));
	}

}
