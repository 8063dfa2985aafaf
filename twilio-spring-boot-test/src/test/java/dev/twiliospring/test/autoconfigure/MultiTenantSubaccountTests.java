package dev.twiliospring.test.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.IncomingPhoneNumber;
import dev.twiliospring.client.api.IncomingPhoneNumberCreateRequest;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.api.MessageCreateRequest;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.test.webhook.InboundMessagePayload;
import dev.twiliospring.test.webhook.TwilioWebhookPayloads;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookSignatureValidatorResolver;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The multi-tenant recipe of the README runs against the emulator: a subaccount per
 * customer created at runtime, its messages sent with a client derived from the shared
 * one, its webhooks checked with its own auth token through a
 * {@link WebhookSignatureValidatorResolver}, and its suspension and closure.
 */
@SpringBootTest(classes = MultiTenantSubaccountTests.App.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTwilioEmulator
class MultiTenantSubaccountTests {

	private static final String CUSTOMER = "+14155550100";

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	TwilioClient twilio;

	@Autowired
	Tenants tenants;

	@Autowired
	App app;

	@LocalServerPort
	int port;

	@BeforeEach
	void forget() {
		this.app.received.clear();
		this.tenants.webhookLookups.set(0);
	}

	@Test
	void eachTenantSendsWithItsOwnCredentialsAndItsWebhooksAreCheckedWithItsOwnToken() {
		Account a = this.tenants.onboard("tenant-a");
		Account b = this.tenants.onboard("tenant-b");
		String numberA = buyNumber(a);
		String numberB = buyNumber(b);
		// A derived client shares the parent's transport: closing it leaves the parent open
		try (TwilioClient clientA = this.tenants.client(a.sid())) {
			Message sent = clientA.messages()
				.create(MessageCreateRequest.builder().to(CUSTOMER).from(numberA).body("Hi from A").build());
			assertThat(sent.accountSid()).isEqualTo(a.sid());
		}
		assertThat(this.twilio.messages().list().items()).isEmpty();
		assertThat(this.twilio.forAccount(a.sid()).messages().list().items()).extracting(Message::body)
			.containsExactly("Hi from A");
		TwimlReply toA = this.emulator.receiveSms(CUSTOMER, numberA, "HELP");
		TwimlReply toB = this.emulator.receiveSms(CUSTOMER, numberB, "HELP");
		assertThat(toA.statusCode()).isEqualTo(200);
		assertThat(toA.messages()).containsExactly("tenant " + a.sid());
		assertThat(toB.statusCode()).isEqualTo(200);
		assertThat(toB.messages()).containsExactly("tenant " + b.sid());
		this.emulator.receiveSms(CUSTOMER, numberA, "STOP");
		assertThat(this.app.received).containsExactly(a.sid(), b.sid(), a.sid());
		assertThat(this.tenants.webhookLookups).hasValue(2);
	}

	@Test
	void aTenantsTokenDoesNotSignForAnotherTenant() throws Exception {
		Account a = this.tenants.onboard("tenant-a");
		Account b = this.tenants.onboard("tenant-b");
		String url = "http://localhost:" + this.port + "/twilio/sms";
		InboundMessagePayload payload = TwilioWebhookPayloads.inboundSms()
			.accountSid(a.sid())
			.from(CUSTOMER)
			.to("+15005550006")
			.body("HELP");
		HttpResponse<String> response = post(url, payload.formBody(),
				TwilioSignatureValidator.computeSignature(b.authToken(), url, payload.params()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.app.received).isEmpty();
	}

	@Test
	void aSuspendedTenantCannotSendWithItsOwnCredentialsNorWithTheParents() {
		Account a = this.tenants.onboard("tenant-a");
		String numberA = buyNumber(a);
		this.twilio.accounts().suspend(a.sid());
		MessageCreateRequest message = MessageCreateRequest.builder().to(CUSTOMER).from(numberA).body("Hi").build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.tenants.client(a.sid()).messages().create(message))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(401));
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.twilio.forAccount(a.sid()).messages().create(message))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(10001));
		this.twilio.accounts().activate(a.sid());
		assertThat(this.tenants.client(a.sid()).messages().create(message).accountSid()).isEqualTo(a.sid());
	}

	@Test
	void aClosedTenantCannotBeReactivated() {
		Account a = this.tenants.onboard("tenant-a");
		this.twilio.accounts().close(a.sid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.twilio.accounts().activate(a.sid()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
		assertThat(this.twilio.accounts().fetch(a.sid()).status()).isEqualTo(Account.Status.CLOSED);
	}

	private static HttpResponse<String> post(String url, String form, String signature) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header(TwilioSignatureValidator.SIGNATURE_HEADER, signature)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String buyNumber(Account account) {
		IncomingPhoneNumber number = this.tenants.client(account.sid())
			.incomingPhoneNumbers()
			.create(IncomingPhoneNumberCreateRequest.builder()
				.areaCode("415")
				.smsUrl("http://localhost:" + this.port + "/twilio/sms")
				.build());
		return number.phoneNumber();
	}

	/**
	 * The application's own record of its tenants: each one's subaccount SID and auth
	 * token, as a database would keep them.
	 */
	static final class Tenants {

		private final TwilioClient twilio;

		private final Map<String, String> tokens = new ConcurrentHashMap<>();

		final AtomicInteger webhookLookups = new AtomicInteger();

		Tenants(TwilioClient twilio) {
			this.twilio = twilio;
		}

		Account onboard(String name) {
			Account account = this.twilio.accounts().create(AccountCreateRequest.builder().friendlyName(name).build());
			this.tokens.put(account.sid(), account.authToken());
			return account;
		}

		boolean isTenant(String accountSid) {
			return this.tokens.containsKey(accountSid);
		}

		String token(String accountSid) {
			this.webhookLookups.incrementAndGet();
			return this.tokens.get(accountSid);
		}

		TwilioClient client(String accountSid) {
			return this.twilio.withAuthToken(accountSid, this.tokens.get(accountSid));
		}

	}

	/**
	 * The README's resolver: one validator per tenant, kept until the tenant's tokens
	 * change.
	 */
	static class TenantWebhookValidators implements WebhookSignatureValidatorResolver {

		private final Map<String, TwilioSignatureValidator> validators = new ConcurrentHashMap<>();

		private final Tenants tenants;

		TenantWebhookValidators(Tenants tenants) {
			this.tenants = tenants;
		}

		@Override
		public @Nullable TwilioSignatureValidator resolve(String accountSid) {
			return this.tenants.isTenant(accountSid) ? this.validators.computeIfAbsent(accountSid,
					(sid) -> TwilioSignatureValidator.of(this.tenants.token(sid))) : null;
		}

		void forget(String accountSid) {
			this.validators.remove(accountSid);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		final List<String> received = new CopyOnWriteArrayList<>();

		@Bean
		Tenants tenants(TwilioClient twilio) {
			return new Tenants(twilio);
		}

		@Bean
		TenantWebhookValidators tenantWebhookValidators(Tenants tenants) {
			return new TenantWebhookValidators(tenants);
		}

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			this.received.add(message.accountSid());
			return MessagingResponse.builder().message("tenant " + message.accountSid()).build();
		}

	}

}
