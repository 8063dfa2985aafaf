package dev.twiliospring.autoconfigure.webhook;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.twiliospring.twiml.MessagingResponse;
import dev.twiliospring.twiml.TwimlDocument;
import dev.twiliospring.twiml.VoiceResponse;
import dev.twiliospring.webhook.InboundMessage;
import dev.twiliospring.webhook.TwilioWebhook;

import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.AUTH_TOKEN;
import static dev.twiliospring.autoconfigure.webhook.WebhookRequests.signedPost;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content negotiation for handlers that return TwiML: TwiML has no JSON form, so a
 * client that accepts only JSON gets 406 rather than an empty JSON object, while Twilio's
 * requests get the document.
 */
@SpringBootTest(classes = TwimlContentNegotiationTests.App.class, properties = "twilio.auth-token=" + AUTH_TOKEN)
@AutoConfigureMockMvc
class TwimlContentNegotiationTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void voiceResponseForAClientThatAcceptsOnlyJsonIsNotAcceptable() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(signedPost("http://localhost/hooks/voice", "CallSid", "CA1").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(406);
		assertThat(response.getContentAsString()).doesNotContain("{}");
	}

	@Test
	void messagingResponseForAClientThatAcceptsOnlyJsonIsNotAcceptable() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(signedPost("http://localhost/hooks/sms", "Body", "hi").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(406);
		assertThat(response.getContentAsString()).doesNotContain("{}");
	}

	@Test
	void twimlIsRenderedForAnyAcceptedXmlOrEverythingEvenWhenJsonComesFirst() throws Exception {
		for (String url : new String[] { "http://localhost/hooks/sms", "http://localhost/hooks/entity" }) {
			for (MediaType accept : new MediaType[] { MediaType.ALL, MediaType.APPLICATION_XML, MediaType.TEXT_XML }) {
				MockHttpServletResponse response = this.mvc
					.perform(signedPost(url, "Body", "hi").accept(MediaType.APPLICATION_JSON, accept))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(url + " " + accept).isEqualTo(200);
				// text/xml when that is what the client names, else application/xml; UTF-8 always
				String expected = MediaType.TEXT_XML.equals(accept) ? "text/xml;charset=UTF-8"
						: "application/xml;charset=UTF-8";
				assertThat(response.getContentType()).as(url + " " + accept).isEqualTo(expected);
				assertThat(response.getContentAsString()).as(url + " " + accept)
					.contains("<Message>You said hi</Message>");
			}
		}
	}

	@Test
	void responseEntityOfTwimlForAClientThatAcceptsOnlyJsonIsNotAcceptable() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(signedPost("http://localhost/hooks/entity", "Body", "hi").accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(406);
	}

	@Test
	void producesOfTheMappingIsRespected() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(signedPost("http://localhost/hooks/text", "Body", "hi").accept(MediaType.ALL))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/xml");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Hooks.class)
	static class App {

		@RestController
		@TwilioWebhook
		static class Hooks {

			@PostMapping("/hooks/voice")
			VoiceResponse voice() {
				return VoiceResponse.builder().say("Hello").build();
			}

			@PostMapping("/hooks/sms")
			TwimlDocument sms(InboundMessage message) {
				return MessagingResponse.builder().message("You said " + message.body()).build();
			}

			@PostMapping("/hooks/entity")
			ResponseEntity<MessagingResponse> entity(InboundMessage message) {
				return ResponseEntity.ok(MessagingResponse.builder().message("You said " + message.body()).build());
			}

			@PostMapping(path = "/hooks/text", produces = "text/xml")
			MessagingResponse text(InboundMessage message) {
				return MessagingResponse.builder().message("You said " + message.body()).build();
			}

		}

	}

}
