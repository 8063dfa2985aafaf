package dev.twiliospring.test.web.servlet.request;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;
import dev.twiliospring.webhook.WebhookParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import static dev.twiliospring.test.web.servlet.request.TwilioMockMvcRequestPostProcessors.twilioSignature;
import static dev.twiliospring.test.webhook.TwilioWebhookPayloads.inboundSms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Tests for {@link TwilioMockMvcRequestPostProcessors} against the real webhook filter.
 */
@SpringBootTest(classes = TwilioMockMvcRequestPostProcessorsTests.WebhookApplication.class,
		properties = { "twilio.auth-token=the-auth-token", "twilio.webhook.paths=/json" })
@AutoConfigureMockMvc
class TwilioMockMvcRequestPostProcessorsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void signsFormBodyWithTheApplicationsAuthToken() throws Exception {
		this.mvc.perform(post("/sms").formFields(inboundSms().body("Hi there").params()).with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("Echo: Hi there"));
	}

	@Test
	void signsPayloadShortcutWithQueryString() throws Exception {
		this.mvc.perform(inboundSms().body("query").post("/sms?tenant=a%2Bb").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("Echo: query"));
	}

	@Test
	void movesParametersIntoTheSignedBody() throws Exception {
		this.mvc.perform(post("/sms").params(inboundSms().body("as params").params()).with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("Echo: as params"));
	}

	@Test
	void addsBodyHashToJsonRequests() throws Exception {
		this.mvc.perform(post("/json").contentType(MediaType.APPLICATION_JSON)
			.content("{\"event\":\"ping\"}")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.event").value("ping"));
	}

	@Test
	void signsGetRequestByItsUrlAlone() throws Exception {
		this.mvc.perform(get("/sms").queryParam("From", "+14155550100").queryParam("Body", "by GET")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(xpath("/Response/Message").string("Echo: by GET"));
	}

	@Test
	void queryParameterThatMockMvcDecodesOtherwiseIsNotAddedToTheBody() throws Exception {
		// MockMvc keeps the '+' of a query value that form decoding reads as a space
		this.mvc.perform(post("/params?To=+14155550100").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("{To=[ 14155550100]}"))
			.andExpect((result) -> assertThat(result.getRequest().getContentLength()).isLessThanOrEqualTo(0));
	}

	@Test
	void bodyParameterThatMockMvcDecodesTwiceIsNotAddedAgain() throws Exception {
		this.mvc.perform(post("/params").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("Body=%2541")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("{Body=[%41]}"));
	}

	@Test
	void parameterMovedIntoABodyOfAnotherCharsetIsEscapedInThatCharset() throws Exception {
		this.mvc.perform(post("/params").contentType("application/x-www-form-urlencoded;charset=ISO-8859-1")
			.content("Body=Gr%FC%DFe")
			.param("FromCity", "MÜNCHEN")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("{Body=[Grüße], FromCity=[MÜNCHEN]}"));
	}

	@Test
	void parameterBesideAQueryValueOfTheSameNameIsMovedIntoTheBody() throws Exception {
		this.mvc.perform(post("/params?To=+1").param("To", "+2").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("{To=[ 1, +2]}"));
	}

	@Test
	void parametersOfAGetAreMovedIntoTheSignedQueryString() throws Exception {
		this.mvc.perform(get("/from").param("From", "+14155550100").with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string("+14155550100"));
	}

	@Test
	void parametersOfAJsonRequestAreMovedIntoTheSignedQueryString() throws Exception {
		this.mvc.perform(post("/params").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.param("Tenant", "a b")
			.with(twilioSignature()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("{Tenant=[a b], bodySHA256=[")));
	}

	@Test
	void bodyOfAWildcardContentTypeIsNotSignedAsJson() throws Exception {
		// Compatible with JSON, but the filter reads no body of a wildcard type as JSON
		this.mvc.perform(post("/params").contentType("application/*").content("{}").with(twilioSignature()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect((result) -> assertThat(result.getRequest().getQueryString()).isNull());
	}

	@Test
	void requestSignedWithAnotherTokenIsRejected() throws Exception {
		this.mvc.perform(post("/sms").formFields(inboundSms().params()).with(twilioSignature("another-token")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("signature-mismatch")));
	}

	@Test
	void requestSignedForAnotherUrlIsRejected() throws Exception {
		this.mvc.perform(post("/sms").formFields(inboundSms().params())
			.with(twilioSignature().url("https://example.com/sms")))
			.andExpect(status().isForbidden());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@RestController
	static class WebhookApplication {

		@TwilioWebhook
		@RequestMapping(path = "/sms", method = { RequestMethod.GET, RequestMethod.POST })
		MessagingResponse sms(InboundMessage message) {
			return MessagingResponse.builder().message("Echo: " + message.body()).build();
		}

		@TwilioWebhook
		@RequestMapping(path = "/params", method = { RequestMethod.GET, RequestMethod.POST },
				produces = MediaType.TEXT_PLAIN_VALUE)
		String params(WebhookParameters params) {
			return params.asMap().toString();
		}

		@TwilioWebhook
		@GetMapping(path = "/from", produces = MediaType.TEXT_PLAIN_VALUE)
		String from(WebhookParameters params) {
			return String.valueOf(params.get("From"));
		}

		@PostMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
		String json(@RequestBody String body, WebhookParameters params) {
			return params.contains("bodySHA256") ? body : "{}";
		}

	}

}
