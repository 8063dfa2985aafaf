package dev.twiliospring.client;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.function.Consumer;

import dev.twiliospring.RestartClassLoader;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.token.AccessToken;
import dev.twiliospring.client.token.VoiceGrant;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationCreateRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of an application's own classes written as JSON by the client (an access token's
 * grant parameters, a verification's JSON parameters, a message's content variables) and the class loader of an
 * application restarted in the same JVM, as Spring DevTools restarts it: the client's jar
 * stays in the base class loader, and must not keep the restart class loader it drops.
 */
class ApplicationValuesClassLoaderTests {

	@Test
	void controlWithoutTheClientTheRestartedLoaderIsCollected() throws Exception {
		assertThat(collectedAfter((customer) -> {
		})).isTrue();
	}

	@Test
	void accessTokenDoesNotKeepTheRestartedLoaderOfAGrantParameter() throws Exception {
		assertThat(collectedAfter((customer) -> {
			String jwt = AccessToken.builder("AC00000000000000000000000000000000", "SK00000000000000000000000000000000",
					"secret")
				.identity("alice")
				.grant(VoiceGrant.builder()
					.outgoingApplicationSid("AP00000000000000000000000000000000")
					.outgoingApplicationParams(Map.of("customer", customer))
					.build())
				.build()
				.toJwt();
			assertThat(jwt).isNotEmpty();
		})).as("restart class loader collected").isTrue();
	}

	@Test
	void verificationDoesNotKeepTheRestartedLoaderOfAJsonParameter() throws Exception {
		assertThat(collectedAfter((customer) -> VerificationCreateRequest.builder()
			.to("+14155550100")
			.channel(VerificationChannel.SMS)
			.templateCustomSubstitutions(Map.of("customer", customer))
			.build())).as("restart class loader collected").isTrue();
	}

	@Test
	void messageDoesNotKeepTheRestartedLoaderOfAContentVariable() throws Exception {
		assertThat(collectedAfter((customer) -> MessageCreateRequest.builder()
			.to("+14155550100")
			.from("+14155550101")
			.contentSid("HX00000000000000000000000000000000")
			.contentVariables(Map.of("1", customer))
			.build())).as("restart class loader collected").isTrue();
	}

	private static boolean collectedAfter(Consumer<Object> use) throws Exception {
		WeakReference<ClassLoader> loader = useValueOfARestartedApplication(use);
		for (int i = 0; i < 20 && loader.get() != null; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return loader.get() == null;
	}

	private static WeakReference<ClassLoader> useValueOfARestartedApplication(Consumer<Object> use)
			throws Exception {
		RestartClassLoader loader = new RestartClassLoader(ApplicationValuesClassLoaderTests.class.getClassLoader(),
				Customer.class);
		Class<?> type = loader.loadClass(Customer.class.getName());
		assertThat(type.getClassLoader()).isSameAs(loader);
		use.accept(type.getDeclaredConstructor().newInstance());
		return new WeakReference<>(loader);
	}

	public static class Customer {

		public String getName() {
			return "Alice";
		}

	}

}
