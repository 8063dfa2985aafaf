package dev.twiliospring.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.client.api.MessageListRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ClientBenchmark} and {@link LoopbackTwilioServer}: the contenders of
 * the client benchmark are checked to send the same create, and the paging footprint can
 * look at the heap while a client fetches a page.
 */
class BenchmarkSetUpChecksTests {

	@Test
	void clientBenchmarkSetUpChecksThatEveryContenderSentTheSameCreate() throws IOException {
		ClientBenchmark benchmark = new ClientBenchmark.OneThread();
		benchmark.setUp();
		benchmark.tearDown();
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

	private static TwilioClient client(LoopbackTwilioServer server) {
		return TwilioClient.builder()
			.accountSid(LoopbackTwilioServer.ACCOUNT_SID)
			.authToken(LoopbackTwilioServer.AUTH_TOKEN)
			.baseUrl(server.baseUrl())
			.build();
	}

}
