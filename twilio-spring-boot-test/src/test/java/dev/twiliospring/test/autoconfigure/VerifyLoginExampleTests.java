package dev.twiliospring.test.autoconfigure;

import java.util.Map;

import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioErrorCodes;
import dev.twiliospring.client.verify.VerificationChannel;
import dev.twiliospring.client.verify.VerificationCreateRequest;
import dev.twiliospring.client.verify.VerificationNotFoundException;
import dev.twiliospring.test.emulator.EmulatedVerification;
import dev.twiliospring.test.emulator.Fault;
import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The testing guide's Verify login example runs as written, against an application that
 * signs users in with a texted code and tells the errors of a login page apart; the
 * second test method gets the Verify service again after the emulator was reset.
 * Security's filters are left out, as the example's application has none.
 */
@SpringBootTest(classes = VerifyLoginExampleTests.App.class,
		properties = "app.verify.service-sid=VA0123456789abcdef0123456789abcdef")
@AutoConfigureTwilioEmulator
@AutoConfigureMockMvc(addFilters = false)
class VerifyLoginExampleTests {

	private static final String SID = "VA0123456789abcdef0123456789abcdef";

	private static final String PHONE = "+14155550100";

	private static final String OTHER_PHONE = "+14155550101";

	@Autowired
	TwilioEmulator emulator;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void verifyService() {
		this.emulator.addVerifyService(SID, "My App");
	}

	@Test
	void signsInWithTheTextedCode() throws Exception {
		this.mvc.perform(post("/login/code").param("phone", PHONE)).andExpect(status().isOk());
		String code = this.emulator.verificationCode(PHONE).orElseThrow();
		this.mvc.perform(post("/login/check").param("phone", PHONE).param("code", code)).andExpect(status().isOk());
	}

	@Test
	void asksForANewCodeOnceTheOldOneExpired() throws Exception {
		this.mvc.perform(post("/login/code").param("phone", PHONE)).andExpect(status().isOk());
		EmulatedVerification sent = this.emulator.verification(PHONE).orElseThrow();
		assertThat(sent.parameter("Locale")).isEqualTo("pt-BR");
		this.emulator.expireVerification(sent.sid());
		this.mvc.perform(post("/login/check").param("phone", PHONE).param("code", sent.code()))
			.andExpect(status().isGone());
	}

	@Test
	void tellsWrongCodesAndTwiliosLimitsApart() throws Exception {
		this.mvc.perform(post("/login/code").param("phone", PHONE)).andExpect(status().isOk());
		String wrong = this.emulator.verificationCode(PHONE).orElseThrow() + "0";
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login/check").param("phone", PHONE).param("code", wrong))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(post("/login/check").param("phone", PHONE).param("code", wrong))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string("checks"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login/code").param("phone", OTHER_PHONE)).andExpect(status().isOk());
		}
		this.mvc.perform(post("/login/code").param("phone", OTHER_PHONE))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string("sends"));
		this.emulator.failNext(Fault.error(429, 60212, "Too many concurrent requests for phone number"));
		this.mvc.perform(post("/login/code").param("phone", PHONE))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string("concurrent"));
		this.mvc.perform(post("/login/code").param("phone", "4155550100")).andExpect(status().isBadRequest());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class App {

		@Autowired
		TwilioClient twilio;

		@Value("${app.verify.service-sid}")
		String serviceSid;

		@PostMapping("/login/code")
		ResponseEntity<String> code(@RequestParam String phone) {
			try {
				this.twilio.verify()
					.verifications(this.serviceSid)
					.create(VerificationCreateRequest.builder()
						.to(phone)
						.channel(VerificationChannel.SMS)
						.locale("pt-BR")
						.rateLimits(Map.of("end_user_ip_address", "203.0.113.7"))
						.build());
				return ResponseEntity.ok("sent");
			}
			catch (TwilioApiException ex) {
				if (ex.hasCode(TwilioErrorCodes.VERIFY_MAX_SEND_ATTEMPTS)) {
					return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body("sends");
				}
				if (ex.hasCode(TwilioErrorCodes.VERIFY_TOO_MANY_CONCURRENT_REQUESTS)) {
					return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body("concurrent");
				}
				if (ex.hasCode(TwilioErrorCodes.VERIFY_INVALID_PARAMETER)) {
					return ResponseEntity.badRequest().body("invalid");
				}
				throw ex;
			}
		}

		@PostMapping("/login/check")
		ResponseEntity<String> check(@RequestParam String phone, @RequestParam String code) {
			try {
				return this.twilio.verify().check(this.serviceSid, phone, code).isApproved() ? ResponseEntity.ok("in")
						: ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("wrong");
			}
			catch (VerificationNotFoundException ex) {
				return ResponseEntity.status(HttpStatus.GONE).body("expired");
			}
			catch (TwilioApiException ex) {
				if (ex.hasCode(TwilioErrorCodes.VERIFY_MAX_CHECK_ATTEMPTS)) {
					return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body("checks");
				}
				throw ex;
			}
		}

	}

}
