package dev.twiliospring.health;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link TwilioHealthIndicator}.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioHealthIndicatorTests {

	private static final String ACCOUNT_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json";

	private static final String BALANCE_PATH = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID
			+ "/Balance.json";

	private static final String MASKED_SID = "ACaa\u2026aaaa";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final MutableClock clock = new MutableClock();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void upWhenAccountIsActive() {
		this.server.enqueue(account("active", "Full").header("Twilio-Request-Id", "RQ123"));
		Health health = indicator(null).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("account", MASKED_SID)
			.containsEntry("status", "active")
			.containsEntry("type", "Full")
			.containsEntry("host", this.server.baseUrl().getAuthority())
			.containsKey("latency")
			.doesNotContainKeys("balance", "error");
		assertThat((String) health.getDetails().get("latency")).matches("\\d+ms");
		assertThat(this.server.takeRequest().path()).isEqualTo(ACCOUNT_PATH);
	}

	@Test
	void reportsTrialAccounts() {
		this.server.enqueue(account("active", "Trial"));
		Health health = indicator(null).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("type", "Trial");
	}

	@Test
	void detailsHoldNoSecretAndNoFullAccountSid() {
		this.server.enqueue(account("active", "Full"));
		Health health = indicator(null).health();
		assertThat(health.toString()).doesNotContain(StubTwilioServer.AUTH_TOKEN)
			.doesNotContain(StubTwilioServer.ACCOUNT_SID)
			.doesNotContain("account-auth-token-in-response");
	}

	@Test
	void reportsRegionAndEdgeOfTheClient() {
		TwilioClient client = TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.region("ie1")
			.edge("dublin")
			.baseUrl(this.server.baseUrl())
			.build();
		this.server.enqueue(account("active", "Full"));
		Health health = new TwilioHealthIndicator(client, Duration.ofSeconds(5), Duration.ZERO, null).health();
		assertThat(health.getDetails()).containsEntry("region", "ie1").containsEntry("edge", "dublin");
	}

	@Test
	void downWhenCredentialsAreRejected() {
		this.server.enqueue(Response.json(401, """
				{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003",
				 "status": 401}""").header("Twilio-Request-Id", "RQ401"));
		// Wrong credentials are refused by the resource that Standard API keys may read too
		this.server.enqueue(Response.json(401, """
				{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003",
				 "status": 401}""").header("Twilio-Request-Id", "RQ401b"));
		Health health = indicator(null).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("account", MASKED_SID)
			.containsEntry("httpStatus", 401)
			.containsEntry("errorCode", 20003)
			.containsEntry("requestId", "RQ401")
			.containsKey("hint");
		assertThat((String) health.getDetails().get("error")).contains("20003").contains("Authenticate");
		assertThat(health.toString()).doesNotContain(StubTwilioServer.AUTH_TOKEN);
	}

	@Test
	void hintForRejectedCredentialsNamesASuspendedOrClosedAccountToo() {
		// Twilio refuses a suspended or closed account's own credentials with 20003 as well
		this.server.enqueue(Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"),
				Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"));
		Health health = indicator(null).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("hint")).contains("credentials").contains("suspended or closed");
	}

	@Test
	void unknownRatherThanDownWhenTwilioRateLimitsTheCheck(CapturedOutput output) {
		this.server.enqueue(rateLimited().header("Twilio-Request-Id", "RQ429"));
		Health health = indicator(null).health();
		// DOWN would turn /actuator/health into a 503 because of other traffic on the account
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("account", MASKED_SID)
			.containsEntry("httpStatus", 429)
			.containsEntry("errorCode", 20429)
			.containsEntry("requestId", "RQ429")
			.doesNotContainKey("hint");
		assertThat((String) health.getDetails().get("error")).contains("20429");
		assertThat(health.toString()).doesNotContain(StubTwilioServer.AUTH_TOKEN);
		assertThat(output).contains("Twilio health check rate limited, status unknown: Twilio error 20429")
			.doesNotContain("health check failed: Twilio error 20429");
	}

	@Test
	void unknownRatherThanDownWhenTwilioRateLimitsTheCallThatStandardApiKeysMayMake() {
		this.server.enqueue(Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"), rateLimited());
		Health health = indicator(null).health();
		assertThat(this.server.requestCount()).isEqualTo(2);
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 429).doesNotContainKey("hint");
	}

	@Test
	void unknownRatherThanDownWhenTwilioRateLimitsTheBalanceCheck(CapturedOutput output) {
		this.server.enqueue(account("active", "Full"), rateLimited());
		Health health = indicator(new BigDecimal("1")).health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat((String) health.getDetails().get("error")).startsWith("Could not fetch the balance")
			.contains("20429");
		assertThat(output).contains("Twilio health check rate limited, status unknown: Could not fetch the balance")
			.doesNotContain("health check failed: Could not fetch the balance");
	}

	@Test
	void downWhenTwilioAnswersWithServerError() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Service unavailable\"}"));
		Health health = indicator(null).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("httpStatus", 503)
			.containsEntry("errorCode", 20503)
			.doesNotContainKey("hint");
	}

	@Test
	void downWhenTwilioIsUnreachable() throws IOException {
		URI closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		TwilioClient client = TwilioClient.builder()
			.accountSid(StubTwilioServer.ACCOUNT_SID)
			.authToken(StubTwilioServer.AUTH_TOKEN)
			.baseUrl(closedPort)
			.build();
		Health health = new TwilioHealthIndicator(client, Duration.ofSeconds(10), Duration.ZERO, null).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("account", MASKED_SID)
			.containsKey("error")
			.doesNotContainKeys("httpStatus", "errorCode");
		assertThat((String) health.getDetails().get("error")).contains("/2010-04-01/Accounts/{Sid}.json");
	}

	@Test
	void downWhenTwilioDoesNotAnswerWithinTheTimeout() {
		this.server.enqueue(account("active", "Full").delay(Duration.ofSeconds(5)));
		Health health = new TwilioHealthIndicator(this.server.client(), Duration.ofMillis(100), Duration.ZERO, null)
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "No answer from Twilio within 100 ms");
	}

	@Test
	void checkThatIsStillRunningIsAwaitedInsteadOfStartingAnother() {
		this.server.enqueue(account("active", "Full").delay(Duration.ofSeconds(5)));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofMillis(100),
				Duration.ZERO, null);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.server.requestCount() == 1);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void warnsOnceOfACallThatEveryCheckGivesUpWaitingFor(CapturedOutput output) {
		this.server.enqueue(account("active", "Full").delay(Duration.ofSeconds(5)));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofMillis(100),
				Duration.ZERO, null);
		// Probes, or anyone who can reach /actuator/health, while Twilio is silent
		for (int i = 0; i < 4; i++) {
			assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> this.server.requestCount() == 1);
		assertThat(output.getAll().lines().filter((line) -> line.contains("No answer from Twilio within 100 ms")))
			.singleElement()
			.asString()
			.contains("WARN");
	}

	@Test
	void cachesTheAnswerThatCameAfterTheCheckGaveUpWaiting() {
		this.server.enqueue(account("active", "Full").delay(Duration.ofMillis(400)), account("suspended", "Full"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofMillis(100),
				Duration.ofSeconds(60), null, this.clock);
		// Not cached: the next checks wait for the same call, then report its answer
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		await().atMost(Duration.ofSeconds(5)).until(() -> indicator.health().getStatus().equals(Status.UP));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void concurrentChecksWaitForOneCallSideBySide() throws Exception {
		CountDownLatch answer = new CountDownLatch(1);
		this.server.dispatcher((request) -> {
			try {
				answer.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return account("active", "Full");
		});
		// Long enough that no check gives up before Twilio is let to answer
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(20),
				Duration.ZERO, null);
		List<FutureTask<Health>> checks = new ArrayList<>();
		List<Thread> probes = new ArrayList<>();
		try {
			for (int i = 0; i < 6; i++) {
				FutureTask<Health> check = new FutureTask<>(indicator::health);
				Thread probe = new Thread(check, "probe-" + i);
				probe.setDaemon(true);
				checks.add(check);
				probes.add(probe);
				probe.start();
			}
			// Checks that waited inside the lock would wait one after another, each up to
			// the timeout: all but one would be blocked on the lock, not waiting for the call
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (!probes.stream().allMatch((probe) -> probe.getState() == Thread.State.TIMED_WAITING)) {
				if (System.nanoTime() - deadline > 0) {
					fail("Concurrent checks did not all wait for Twilio at once; probe states: "
							+ probes.stream().map(Thread::getState).toList());
				}
				Thread.sleep(1);
			}
			answer.countDown();
			for (FutureTask<Health> check : checks) {
				assertThat(check.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.UP);
			}
			assertThat(this.server.requestCount()).isOne();
		}
		finally {
			answer.countDown();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "suspended", "closed" })
	void outOfServiceWhenAccountIsSuspendedOrClosed(String status) {
		this.server.enqueue(account(status, "Full"));
		Health health = indicator(new BigDecimal("1.00")).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("status", status).doesNotContainKey("balance");
		assertThat(this.server.requestCount()).as("no balance check for an inactive account").isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "suspended", "closed" })
	void warnsWhenAccountIsSuspendedOrClosed(String status, CapturedOutput output) {
		this.server.enqueue(account(status, "Full"));
		indicator(null).health();
		assertThat(output.getAll().lines().filter((line) -> line.contains(" is " + status + ", so Twilio")))
			.singleElement()
			.asString()
			.contains("WARN")
			.contains("Twilio health check failed: account " + MASKED_SID + " is " + status)
			.doesNotContain(StubTwilioServer.ACCOUNT_SID);
	}

	@Test
	void unknownWhenAccountStatusIsNew() {
		this.server.enqueue(account("pending-review", "Full"));
		Health health = indicator(null).health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("status", "unknown");
	}

	@Test
	void downWhenBalanceIsBelowTheMinimum() {
		this.server.enqueue(account("active", "Full"), balance("0.05", "USD"));
		Health health = indicator(new BigDecimal("1.00")).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("balance", new BigDecimal("0.05"))
			.containsEntry("currency", "USD")
			.containsEntry("minBalance", new BigDecimal("1.00"))
			.containsEntry("error", "Balance 0.05 is below the minimum of 1.00");
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.containsExactly(ACCOUNT_PATH, BALANCE_PATH);
	}

	@Test
	void downAndWarnsWhenTwilioReportsNoBalance(CapturedOutput output) {
		this.server.enqueue(account("active", "Full"), Response.json(200, """
				{"account_sid": "%s", "currency": "USD"}""".formatted(StubTwilioServer.ACCOUNT_SID)));
		Health health = indicator(new BigDecimal("1.00")).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "Twilio reported no balance");
		assertThat(output.getAll()).contains("WARN").contains("Twilio health check failed: Twilio reported no balance");
	}

	@Test
	void upWhenBalanceIsAtTheMinimum() {
		this.server.enqueue(account("active", "Full"), balance("1.00", "EUR"));
		Health health = indicator(new BigDecimal("1")).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("balance", new BigDecimal("1.00"))
			.containsEntry("currency", "EUR")
			.doesNotContainKey("error");
	}

	@Test
	void balanceIsNotFetchedWithoutMinimum() {
		this.server.enqueue(account("active", "Full"));
		indicator(null).health();
		assertThat(this.server.takeRequest().path()).isEqualTo(ACCOUNT_PATH);
	}

	@Test
	void downWhenBalanceCannotBeFetched() {
		this.server.enqueue(account("active", "Full"),
				Response.json(403, "{\"code\": 20403, \"message\": \"Forbidden\"}"));
		Health health = indicator(new BigDecimal("1")).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).startsWith("Could not fetch the balance")
			.contains("20403");
	}

	@Test
	void resultIsReusedWithinTheCacheTimeToLive() {
		this.server.enqueue(account("active", "Full"), account("suspended", "Full"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ofSeconds(60), null, this.clock);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.server.requestCount()).isOne();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void failuresAreCachedToo() {
		this.server.enqueue(Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"),
				Response.json(401, "{\"code\": 20003, \"message\": \"Authenticate\"}"), account("active", "Full"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ofSeconds(30), null, this.clock);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.server.requestCount()).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void failuresHaveATimeToLiveOfTheirOwn() {
		this.server.enqueue(Response.json(503, "{\"code\": 20503, \"message\": \"Unavailable\"}"),
				account("active", "Full"), account("suspended", "Full"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ofSeconds(60), Duration.ofSeconds(10), null, this.clock);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		this.clock.advance(Duration.ofSeconds(9));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		int failedCheckRequests = this.server.requestCount();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.server.requestCount()).isEqualTo(failedCheckRequests + 1);
		// UP keeps the longer time to live
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(indicator).hasToString("TwilioHealthIndicator[account=" + MASKED_SID
				+ ", timeout=PT5S, cacheTtl=PT1M, failureCacheTtl=PT10S, minBalance=null]");
	}

	@Test
	void zeroCacheTimeToLiveAsksTwilioEveryTime() {
		this.server.enqueue(account("active", "Full"), account("active", "Full"));
		TwilioHealthIndicator indicator = new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5),
				Duration.ZERO, null, this.clock);
		indicator.health();
		indicator.health();
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void toStringMasksTheAccountSid() {
		assertThat(indicator(null)).hasToString(
				"TwilioHealthIndicator[account=" + MASKED_SID
						+ ", timeout=PT5S, cacheTtl=PT0S, failureCacheTtl=PT0S, minBalance=null]");
	}

	private TwilioHealthIndicator indicator(BigDecimal minBalance) {
		return new TwilioHealthIndicator(this.server.client(), Duration.ofSeconds(5), Duration.ZERO, minBalance,
				this.clock);
	}

	private static Response account(String status, String type) {
		return Response.json(200, """
				{"sid": "%s", "friendly_name": "Main", "status": "%s", "type": "%s",
				 "auth_token": "account-auth-token-in-response", "owner_account_sid": "%s"}"""
			.formatted(StubTwilioServer.ACCOUNT_SID, status, type, StubTwilioServer.ACCOUNT_SID));
	}

	private static Response rateLimited() {
		return Response.json(429, """
				{"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429",
				 "status": 429}""").header("Retry-After", "1");
	}

	private static Response balance(String balance, String currency) {
		return Response.json(200, """
				{"account_sid": "%s", "balance": "%s", "currency": "%s"}"""
			.formatted(StubTwilioServer.ACCOUNT_SID, balance, currency));
	}

}
