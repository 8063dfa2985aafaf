package dev.twiliospring.test.web.servlet.request;

import dev.twiliospring.test.ReadmeSecurityConfiguration;
import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Tests for {@link TwilioMockMvcRequestPostProcessors} in {@code @WebMvcTest} slices of an
 * application that uses Spring Security: with the README's security configuration, and
 * with Spring Boot's default one and Spring Security's own request post-processors.
 */
class TwilioMockMvcRequestPostProcessorsWithSpringSecurityTests {

	@Nested
	@WebMvcTest(properties = { "spring.autoconfigure.exclude=", "twilio.auth-token=the-auth-token" })
	@ContextConfiguration(classes = { WebhookApplication.class, ReadmeSecurityConfiguration.class })
	class WithTheReadmeSecurityFilterChain {

		@Autowired
		MockMvc mvc;

		@Test
		void signedWebhookReachesItsHandler() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
				.andExpect(xpath("/Response/Message").string("Echo: HELP"));
		}

		@Test
		void signedWebhookWithParametersReachesItsHandler() throws Exception {
			this.mvc.perform(post("/twilio/sms").params(inboundSms().body("as params").params()).with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(xpath("/Response/Message").string("Echo: as params"));
		}

		@Test
		void unsignedWebhookGetsTheLibrarysProblem() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(content().string(containsString("missing-signature")));
		}

		@Test
		void webhookSignedWithAnotherTokenGetsTheLibrarysProblem() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature("another-token")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(content().string(containsString("signature-mismatch")));
		}

		@Test
		void otherPathsStayProtected() throws Exception {
			// The chain has no login mechanism, so Spring Security answers 403
			this.mvc.perform(get("/account")).andExpect(status().isForbidden());
			this.mvc.perform(get("/account").with(user("alice"))).andExpect(status().isOk());
		}

	}

	@Nested
	@WebMvcTest(properties = { "spring.autoconfigure.exclude=", "twilio.auth-token=the-auth-token" })
	@ContextConfiguration(classes = WebhookApplication.class)
	class WithSpringBootsDefaultSecurity {

		@Autowired
		MockMvc mvc;

		@Test
		void signedWebhookAloneIsRefusedBySpringSecurity() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(""));
		}

		@Test
		void signedWebhookWithUserAndCsrfBeforeSigningReachesItsHandler() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(user("alice")).with(csrf())
				.with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(xpath("/Response/Message").string("Echo: HELP"));
		}

		@Test
		void csrfTokenParameterAddedAfterSigningIsNotSeenBySpringSecurity() throws Exception {
			// The filter hands on only signed parameters; the documented order is csrf() first
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature()).with(user("alice"))
				.with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(""));
		}

		@Test
		void signedParametersWithCsrfBeforeSigningReachHandler() throws Exception {
			this.mvc.perform(post("/twilio/sms").params(inboundSms().body("as params").params()).with(user("alice"))
				.with(csrf()).with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(xpath("/Response/Message").string("Echo: as params"));
		}

		@Test
		void signedWebhookWithCsrfHeaderBeforeSigningReachesItsHandler() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(user("alice")).with(csrf().asHeader())
				.with(twilioSignature()))
				.andExpect(status().isOk())
				.andExpect(xpath("/Response/Message").string("Echo: HELP"));
		}

		@Test
		void signedWebhookWithCsrfHeaderAfterSigningReachesItsHandler() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(twilioSignature()).with(user("alice"))
				.with(csrf().asHeader()))
				.andExpect(status().isOk())
				.andExpect(xpath("/Response/Message").string("Echo: HELP"));
		}

		@Test
		void unsignedWebhookGetsTheLibrarysProblem() throws Exception {
			this.mvc.perform(inboundSms().body("HELP").post("/twilio/sms").with(user("alice")).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("missing-signature")));
		}

	}

	@SpringBootConfiguration
	@Import(Webhooks.class)
	static class WebhookApplication {

	}

	@RestController
	static class Webhooks {

		@TwilioWebhook
		@PostMapping("/twilio/sms")
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

		@GetMapping("/account")
		String account() {
			return "account";
		}

	}

}
