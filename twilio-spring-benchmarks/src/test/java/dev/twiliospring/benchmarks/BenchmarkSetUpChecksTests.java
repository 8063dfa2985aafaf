package dev.twiliospring.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageListRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ClientBenchmark} and {@link LoopbackTwilioServer}: the contenders of
 * the client benchmark, the bare round trip included, are checked to send the same
 * create, set-up refuses one that does not, and the paging footprint can
 * look at the heap while a client fetches a page.
 */
class BenchmarkSetUpChecksTests {

	private static final String TO = ClientBenchmark.TO;

	private static final String FROM = ClientBenchmark.FROM;

	private static final String BODY = ClientBenchmark.BODY;

	private static final String MEDIA = "https://example.com/parcel.png";

	private static final String MESSAGES = "/2010-04-01/Accounts/" + LoopbackTwilioServer.ACCOUNT_SID
			+ "/Messages.json";

	private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
		.encodeToString((LoopbackTwilioServer.ACCOUNT_SID + ":" + LoopbackTwilioServer.AUTH_TOKEN)
			.getBytes(StandardCharsets.UTF_8));

	@Test
	void clientBenchmarkSetUpChecksThatEveryContenderSentTheSameCreate() throws IOException {
		ClientBenchmark benchmark = new ClientBenchmark.OneThread();
		benchmark.setUp();
		benchmark.tearDown();
	}

	@Test
	void clientBenchmarkSetUpRefusesAContenderThatSendsAnotherCreate() {
		ClientBenchmark benchmark = new ClientBenchmark.OneThread() {

			@Override
			public Message oursOnApache() {
				return client(baseUrl()).messages()
					.create(MessageCreateRequest.builder().to(TO).from(FROM).body(BODY + " ").build());
			}

		};
		assertSetUpRefuses(benchmark, "another create");
	}

	@Test
	void clientBenchmarkSetUpRefusesAnAutoConfiguredContenderThatSendsAnotherCreate() {
		ClientBenchmark benchmark = new ClientBenchmark.OneThread() {

			@Override
			public Message oursAutoConfigured() {
				return client(baseUrl()).messages()
					.create(MessageCreateRequest.builder().to(TO).from(FROM).body(BODY).mediaUrl(MEDIA).build());
			}

		};
		assertSetUpRefuses(benchmark, "another create");
	}

	@Test
	void clientBenchmarkSetUpRefusesAnAutoConfiguredContenderThatIsNotObserved() {
		ClientBenchmark benchmark = new ClientBenchmark.OneThread() {

			@Override
			public Message oursAutoConfigured() {
				return client(baseUrl()).messages()
					.create(MessageCreateRequest.builder().to(TO).from(FROM).body(BODY).build());
			}

		};
		assertSetUpRefuses(benchmark, "not observed");
	}

	@Test
	void observedCheckWantsOneTimingOfTheCallAndOneOfItsHttpRequest() {
		SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
		assertThatIllegalStateException().isThrownBy(() -> ClientBenchmark.requireObserved(meterRegistry))
			.withMessageContaining("twilio.client.requests");
		meterRegistry.timer("twilio.client.requests").record(Duration.ofMillis(1));
		assertThatIllegalStateException().isThrownBy(() -> ClientBenchmark.requireObserved(meterRegistry))
			.withMessageContaining("http.client.requests");
		meterRegistry.timer("http.client.requests").record(Duration.ofMillis(1));
		ClientBenchmark.requireObserved(meterRegistry);
		meterRegistry.timer("http.client.requests").record(Duration.ofMillis(1));
		assertThatIllegalStateException().isThrownBy(() -> ClientBenchmark.requireObserved(meterRegistry))
			.withMessageContaining("found 2");
	}

	@Test
	void clientBenchmarkSetUpRefusesAContenderThatCreatesNothing() {
		ClientBenchmark benchmark = new ClientBenchmark.OneThread() {

			@Override
			public int floor() {
				return 201;
			}

		};
		assertSetUpRefuses(benchmark, "did not create the message");
	}

	@Test
	void sameCreateCheckRefusesAnotherTargetOtherCredentialsAndAMissingCreate() {
		LoopbackTwilioServer.Create same = create(MESSAGES, AUTHORIZATION);
		ClientBenchmark.requireSameCreate(List.of(same, same), 2);
		assertThatIllegalStateException()
			.isThrownBy(() -> ClientBenchmark.requireSameCreate(
					List.of(same, create(MESSAGES.replace(".json", ""), AUTHORIZATION)), 2))
			.withMessageContaining("target");
		assertThatIllegalStateException()
			.isThrownBy(() -> ClientBenchmark.requireSameCreate(List.of(same, create(MESSAGES,
					AUTHORIZATION.substring(0, AUTHORIZATION.length() - 4) + "AAAA")), 2))
			.withMessageContaining("other credentials");
		assertThatIllegalStateException()
			.isThrownBy(() -> ClientBenchmark.requireSameCreate(List.of(same, create(MESSAGES, null)), 2))
			.withMessageContaining("other credentials");
		assertThatIllegalStateException().isThrownBy(() -> ClientBenchmark.requireSameCreate(List.of(same), 2))
			.withMessageContaining("Expected 2 creates")
			.withMessageContaining(MESSAGES)
			.withMessageNotContaining(AUTHORIZATION.substring("Basic ".length()));
	}

	@Test
	void sameCreateCheckRefusesAContenderThatSendsOtherParameters() throws IOException {
		try (LoopbackTwilioServer server = LoopbackTwilioServer.start(0)) {
			TwilioClient client = client(server);
			server.recordCreates(true);
			client.messages()
				.create(MessageCreateRequest.builder()
					.to(ClientBenchmark.TO)
					.from(ClientBenchmark.FROM)
					.body(ClientBenchmark.BODY)
					.build());
			client.messages()
				.create(MessageCreateRequest.builder().to(ClientBenchmark.TO).from(ClientBenchmark.FROM).body("hi").build());
			List<LoopbackTwilioServer.Create> creates = server.recordedCreates();
			assertThat(creates).hasSize(2);
			assertThat(creates.get(0).parameters()).isEqualTo(Map.of("Body", List.of(ClientBenchmark.BODY), "From",
					List.of(ClientBenchmark.FROM), "To", List.of(ClientBenchmark.TO)));
			ClientBenchmark.requireSameCreate(creates.subList(0, 1), 1);
			assertThatIllegalStateException().isThrownBy(() -> ClientBenchmark.requireSameCreate(creates, 2))
				.withMessageContaining("parameters")
				.withMessageNotContaining(LoopbackTwilioServer.AUTH_TOKEN);
		}
	}

	@Test
	void serverRunsThePageActionWhileTheClientWaitsForEachPage() throws IOException {
		try (LoopbackTwilioServer server = LoopbackTwilioServer.start(2_500)) {
			TwilioClient client = client(server);
			AtomicInteger pageRequests = new AtomicInteger();
			server.onPageRequest(pageRequests::incrementAndGet);
			assertThat(client.messages().stream(MessageListRequest.builder().pageSize(1000).build()).count())
				.isEqualTo(2_500);
			assertThat(pageRequests).hasValue(3);
		}
	}

	private static void assertSetUpRefuses(ClientBenchmark benchmark, String reason) {
		try {
			assertThatIllegalStateException().isThrownBy(benchmark::setUp).withMessageContaining(reason);
		}
		finally {
			benchmark.tearDown();
		}
	}

	private static LoopbackTwilioServer.Create create(String target, @Nullable String authorization) {
		return new LoopbackTwilioServer.Create(target, authorization,
				Map.of("Body", List.of(BODY), "From", List.of(FROM), "To", List.of(TO)));
	}

	private static TwilioClient client(LoopbackTwilioServer server) {
		return client(server.baseUrl());
	}

	private static TwilioClient client(URI baseUrl) {
		return TwilioClient.builder()
			.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
			.authToken(LoopbackTwilioServer.AUTH_TOKEN)
			.baseUrl(baseUrl)
			.build();
	}

}
