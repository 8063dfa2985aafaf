package dev.twiliospring.autoconfigure.webhook;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.twiliospring.autoconfigure.TestEnvironments;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioSignatureValidator;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookSignatureValidatorResolver;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.mockMvc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tests for {@link WebhookSignatureValidatorResolver}: webhooks of subaccounts, which
 * Twilio signs with each subaccount's own auth token.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookSignatureValidatorResolverTests {

	private static final String MAIN_TOKEN = "main-token";

	private static final String TENANT_A = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	private static final String TENANT_B = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final String URL = "http://localhost/sms";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioWebhookAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				JacksonAutoConfiguration.class))
		.withInitializer(TestEnvironments::isolate)
		.withUserConfiguration(TenantsConfiguration.class);

	@Test
	void acceptsWebhookOfSubaccountSignedWithItsOwnToken() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi"))
				.andExpect(status().isOk())
				.andExpect(content().string(TENANT_A + ":hi"));
			mvc.perform(signedPost("token-b", "AccountSid", TENANT_B, "Body", "hi")).andExpect(status().isOk());
		});
	}

	@Test
	void rejectsWebhookSignedWithAnotherSubaccountsToken() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_B, "Body", "hi"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("signature-mismatch"));
			mvc.perform(signedPost(MAIN_TOKEN, "AccountSid", TENANT_B, "Body", "hi"))
				.andExpect(status().isForbidden());
		});
	}

	@Test
	void checksWebhookOfAccountTheResolverDoesNotKnowWithConfiguredTokens() {
		this.contextRunner
			.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN, "twilio.webhook.additional-auth-tokens=old-token")
			.run((context) -> {
				MockMvc mvc = mockMvc(context);
				String main = "AC00000000000000000000000000000000";
				mvc.perform(signedPost(MAIN_TOKEN, "AccountSid", main, "Body", "hi")).andExpect(status().isOk());
				mvc.perform(signedPost("old-token", "AccountSid", main, "Body", "hi")).andExpect(status().isOk());
				mvc.perform(signedPost(MAIN_TOKEN, "Body", "no account")).andExpect(status().isOk());
				mvc.perform(signedPost("token-a", "AccountSid", main, "Body", "hi")).andExpect(status().isForbidden());
				mvc.perform(signedPost("token-a", "Body", "no account")).andExpect(status().isForbidden());
			});
	}

	@Test
	void checksWebhookThatNamesTwoAccountsWithConfiguredTokens() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			String url = URL + "?AccountSid=" + TENANT_A;
			Map<String, List<String>> params = WebhookRequests.params("AccountSid", TENANT_B, "Body", "hi");
			mvc.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(WebhookRequests.form(params))
				.header(TwilioSignatureValidator.SIGNATURE_HEADER,
						TwilioSignatureValidator.computeSignature("token-a", url, params)))
				.andExpect(status().isForbidden());
		});
	}

	@Test
	void readsAccountOfGetWebhookFromItsQuery() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			String url = URL + "?AccountSid=" + TENANT_A + "&Body=hi";
			mvc.perform(get(URI.create(url)).header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature("token-a", url)))
				.andExpect(status().isOk())
				.andExpect(content().string(TENANT_A + ":hi"));
			mvc.perform(get(URI.create(url)).header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature("token-b", url)))
				.andExpect(status().isForbidden());
		});
	}

	@Test
	void followsRotationOfSubaccountToken() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			Map<String, TwilioSignatureValidator> validators = context.getBean(TenantsConfiguration.class).validators;
			validators.put(TENANT_A, TwilioSignatureValidator.of("token-a2", "token-a"));
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi")).andExpect(status().isOk());
			mvc.perform(signedPost("token-a2", "AccountSid", TENANT_A, "Body", "hi")).andExpect(status().isOk());
			validators.put(TENANT_A, TwilioSignatureValidator.of("token-a2"));
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi"))
				.andExpect(status().isForbidden());
			mvc.perform(signedPost("token-a2", "AccountSid", TENANT_A, "Body", "hi")).andExpect(status().isOk());
		});
	}

	@Test
	void startsWithoutAuthTokenWhenResolverIsDefined(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			MockMvc mvc = mockMvc(context);
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi")).andExpect(status().isOk());
			mvc.perform(signedPost("token-a", "Body", "no account"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("signature-not-verifiable"));
		});
		// The application has no token on purpose: the log names what had no validator
		assertThat(output).contains("The WebhookSignatureValidatorResolver has no validator for the request's "
				+ "AccountSid").doesNotContain("No auth token is configured");
	}

	@Test
	void unsignedWebhookIsRefusedWithoutAskingTheResolver() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			TenantsConfiguration tenants = context.getBean(TenantsConfiguration.class);
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi")).andExpect(status().isOk());
			assertThat(tenants.lookups).hasValue(1);
			mvc.perform(post(URI.create(URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("AccountSid=" + TENANT_A + "&Body=hi"))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.reason").value("missing-signature"));
			assertThat(tenants.lookups).hasValue(1);
		});
	}

	@Test
	void refusesWebhookWhoseAccountSidIsMalformedWithoutAskingTheResolver(CapturedOutput output) {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			TenantsConfiguration tenants = context.getBean(TenantsConfiguration.class);
			for (String accountSid : List.of("' OR 1=1 --", "AC123", TENANT_A + "0", "SK" + TENANT_A.substring(2),
					"ACgggggggggggggggggggggggggggggggg", "")) {
				mvc.perform(signedPost(MAIN_TOKEN, "AccountSid", accountSid, "Body", "hi"))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.reason").value("signature-not-verifiable"))
					.andExpect(jsonPath("$.detail").value(containsString(
							"the AccountSid is not an account SID (AC followed by 32 hexadecimal digits)")));
			}
			assertThat(tenants.lookups).hasValue(0);
			// Well formed, in either letter case, but not a tenant: the configured token checks it
			mvc.perform(signedPost(MAIN_TOKEN, "AccountSid", "AC" + "0123456789ABCDEF".repeat(2), "Body", "hi"))
				.andExpect(status().isOk());
			assertThat(tenants.lookups).hasValue(1);
		});
		// A bad request, not the configuration error that a missing token is
		assertThat(output).doesNotContain("has no validator for the request's AccountSid");
	}

	@Test
	void answersWebhookWhoseResolverFailsWithServiceUnavailable(CapturedOutput output) {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			context.getBean(TenantsConfiguration.class).failure = new IllegalStateException("tenant database is down");
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.reason").value("signature-validator-unavailable"))
				.andExpect(jsonPath("$.detail")
					.value("The validator for the request's account is unavailable; the request can be retried"))
				.andExpect(content().string(not(
						containsString("tenant database is down"))))
				.andExpect(content().string(not(
						containsString("IllegalStateException"))));
		});
		assertThat(output).contains("The WebhookSignatureValidatorResolver failed")
			.contains("java.lang.IllegalStateException: tenant database is down");
	}

	@Test
	void answersWebhookWhoseResolverThrowsCheckedExceptionWithServiceUnavailable(CapturedOutput output) {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			context.getBean(TenantsConfiguration.class).failure = new IOException("tenant service is unreachable");
			mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.reason").value("signature-validator-unavailable"))
				.andExpect(content().string(not(containsString("unreachable"))));
		});
		assertThat(output).contains("The WebhookSignatureValidatorResolver failed")
			.contains("java.io.IOException: tenant service is unreachable");
	}

	@Test
	void keepsThreadInterruptedWhenResolverIsInterrupted() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			context.getBean(TenantsConfiguration.class).failure = new InterruptedException();
			try {
				mvc.perform(signedPost("token-a", "AccountSid", TENANT_A, "Body", "hi"))
					.andExpect(status().isServiceUnavailable())
					.andExpect(jsonPath("$.reason").value("signature-validator-unavailable"));
				assertThat(Thread.currentThread().isInterrupted()).isTrue();
			}
			finally {
				Thread.interrupted();
			}
		});
	}

	@Test
	void checksJsonWebhookWithConfiguredTokensWhateverAccountItsQueryNames() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			byte[] body = ("{\"AccountSid\":\"" + TENANT_B + "\"}").getBytes(StandardCharsets.UTF_8);
			String url = TwilioSignatureValidator.withBodySha256("http://localhost/events?AccountSid=" + TENANT_A, body);
			mvc.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header(TwilioSignatureValidator.SIGNATURE_HEADER,
						TwilioSignatureValidator.computeSignature("token-a", url)))
				.andExpect(status().isForbidden());
			mvc.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header(TwilioSignatureValidator.SIGNATURE_HEADER,
						TwilioSignatureValidator.computeSignature(MAIN_TOKEN, url)))
				.andExpect(status().isOk())
				.andExpect(content().string(TENANT_B));
		});
	}

	@Test
	void checksWebhookThatNamesItsAccountInAnotherLetterCaseWithConfiguredTokens() {
		this.contextRunner.withPropertyValues("twilio.auth-token=" + MAIN_TOKEN).run((context) -> {
			MockMvc mvc = mockMvc(context);
			String url = "http://localhost/form";
			// Spring's data binding takes these for the accountSid property, after AccountSid
			for (String name : List.of("accountSid", "!accountSid")) {
				Map<String, List<String>> params = WebhookRequests.params("AccountSid", TENANT_A, name, TENANT_B);
				mvc.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content(WebhookRequests.form(params))
					.header(TwilioSignatureValidator.SIGNATURE_HEADER,
							TwilioSignatureValidator.computeSignature("token-a", url, params)))
					.andExpect(status().isForbidden());
				mvc.perform(post(URI.create(url)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content(WebhookRequests.form(params))
					.header(TwilioSignatureValidator.SIGNATURE_HEADER,
							TwilioSignatureValidator.computeSignature(MAIN_TOKEN, url, params)))
					.andExpect(status().isOk())
					.andExpect(content().string(TENANT_B));
			}
		});
	}

	private static MockHttpServletRequestBuilder signedPost(String authToken, String... namesAndValues) {
		Map<String, List<String>> params = WebhookRequests.params(namesAndValues);
		return post(URI.create(URL)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(WebhookRequests.form(params))
			.header(TwilioSignatureValidator.SIGNATURE_HEADER,
					TwilioSignatureValidator.computeSignature(authToken, URL, params));
	}

	@Configuration(proxyBeanMethods = false)
	static class TenantsConfiguration {

		final Map<String, TwilioSignatureValidator> validators = new ConcurrentHashMap<>(
				Map.of(TENANT_A, TwilioSignatureValidator.of("token-a"), TENANT_B,
						TwilioSignatureValidator.of("token-b")));

		final AtomicInteger lookups = new AtomicInteger();

		volatile @Nullable Exception failure;

		@Bean
		WebhookSignatureValidatorResolver tenantSignatureValidators() {
			return (accountSid) -> {
				this.lookups.incrementAndGet();
				Exception failure = this.failure;
				if (failure != null) {
					// As a resolver written in Kotlin throws a checked exception
					TenantsConfiguration.<RuntimeException>sneakyThrow(failure);
				}
				return this.validators.get(accountSid);
			};
		}

		@SuppressWarnings("unchecked")
		private static <E extends Exception> void sneakyThrow(Exception ex) throws E {
			throw (E) ex;
		}

		@Bean
		SmsController smsController() {
			return new SmsController();
		}

	}

	@RestController
	@TwilioWebhook
	static class SmsController {

		@RequestMapping("/sms")
		String sms(InboundMessage message) {
			return message.accountSid() + ":" + message.body();
		}

		@RequestMapping("/events")
		Object events(@RequestBody Map<String, Object> event) {
			return event.get("AccountSid");
		}

		@RequestMapping("/form")
		String form(@ModelAttribute TenantForm form) {
			return String.valueOf(form.getAccountSid());
		}

	}

	static class TenantForm {

		private String accountSid;

		public String getAccountSid() {
			return this.accountSid;
		}

		public void setAccountSid(String accountSid) {
			this.accountSid = accountSid;
		}

	}

}
