package dev.twiliospring.sample;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.twiliospring.test.autoconfigure.TwilioEmulatorConnectionDetails;
import dev.twiliospring.test.emulator.TwilioEmulator;
import dev.twiliospring.test.emulator.TwimlReply;
import dev.twiliospring.test.emulator.WebhookDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Runs the sample against a local Twilio emulator, with no Twilio account and no
 * network: {@code ./mvnw -pl twilio-spring-sample -am spring-boot:test-run}. It lives in
 * the test sources so that the emulator never ships with the application.
 * <p>
 * The emulator gives the sample the number {@code sample.from}, whose webhooks point at
 * the running application, and {@code /emulator/**} endpoints play the part of phones:
 * <ul>
 * <li>{@code POST /emulator/sms?from=...&body=...}: a text to the sample's number</li>
 * <li>{@code POST /emulator/calls?from=...}: a call to the sample's number</li>
 * <li>{@code POST /emulator/calls/{sid}/digits?digits=1}: the caller presses keys</li>
 * <li>{@code POST /emulator/calls/{sid}/recording}: the caller finishes a voicemail</li>
 * <li>{@code GET /emulator/messages} and {@code GET /emulator/callbacks}: what the
 * emulator sent and the requests it made to the sample</li>
 * </ul>
 */
public class TestSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).with(EmulatorConfiguration.class).run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmulatorConfiguration {

		private static final Logger logger = LoggerFactory.getLogger(TestSampleApplication.class);

		@Bean(destroyMethod = "close")
		TwilioEmulator twilioEmulator() {
			// Slow enough to watch a message go from queued to delivered
			return TwilioEmulator.builder().stepDelay(Duration.ofSeconds(1)).start();
		}

		@Bean
		TwilioEmulatorConnectionDetails twilioEmulatorConnectionDetails(TwilioEmulator twilioEmulator) {
			return new TwilioEmulatorConnectionDetails(twilioEmulator);
		}

		@Bean
		ApplicationListener<WebServerInitializedEvent> emulatedNumber(TwilioEmulator emulator,
				SampleProperties properties) {
			return (event) -> {
				if (event.getApplicationContext().getServerNamespace() != null) {
					// Actuator on a port of its own starts a second server: webhooks go to the
					// application's
					return;
				}
				String base = "http://localhost:" + event.getWebServer().getPort();
				emulator.addIncomingNumber(properties.getFrom(), base + "/twilio/sms", base + "/twilio/voice");
				logger.info("Twilio emulator at {} plays Twilio; number {} sends webhooks to {}. Try: curl -X POST "
						+ "'{}/emulator/sms?from=%2B14155550100&body=HELP'", emulator.baseUrl(), properties.getFrom(),
						base, base);
			};
		}

		@Bean
		RouterFunction<ServerResponse> emulatorRoutes(TwilioEmulator emulator, SampleProperties properties) {
			return RouterFunctions.route()
				.POST("/emulator/sms", (request) -> reply(emulator.receiveSms(param(request, "from", "+14155550100"),
						properties.getFrom(), param(request, "body", "HELP"))))
				.POST("/emulator/calls", (request) -> reply(
						emulator.receiveCall(param(request, "from", "+14155550100"), properties.getFrom())))
				.POST("/emulator/calls/{sid}/digits", (request) -> {
					String sid = request.pathVariable("sid");
					if (emulator.call(sid).isEmpty()) {
						return problem(HttpStatus.NOT_FOUND, "No call " + sid);
					}
					return reply(emulator.sendDigits(sid, param(request, "digits", "")));
				})
				.POST("/emulator/calls/{sid}/recording", (request) -> {
					String sid = request.pathVariable("sid");
					TwimlReply waiting = emulator.call(sid).map((call) -> call.lastReply()).orElse(null);
					if (waiting == null) {
						return problem(HttpStatus.NOT_FOUND, "No call " + sid);
					}
					return reply(emulator.finishRecording(waiting));
				})
				.GET("/emulator/messages", (request) -> ServerResponse.ok().body(emulator.messages()))
				.GET("/emulator/callbacks", (request) -> ServerResponse.ok()
					.body(emulator.callbacks().stream().map(EmulatorConfiguration::describe).toList()))
				.onError(MalformedQueryException.class,
						(ex, request) -> problem(HttpStatus.BAD_REQUEST, ex.getMessage()))
				.onError(IllegalStateException.class,
						(ex, request) -> problem(HttpStatus.CONFLICT, ex.getMessage()))
				.build();
		}

		private static String param(ServerRequest request, String name, String defaultValue) {
			try {
				return request.param(name).orElse(defaultValue);
			}
			catch (IllegalStateException ex) {
				// The server could not decode the query; its message is meant for its log
				throw new MalformedQueryException();
			}
		}

		private static ServerResponse reply(TwimlReply reply) {
			Map<String, Object> body = new LinkedHashMap<>();
			if (reply.callSid() != null) {
				body.put("callSid", reply.callSid());
			}
			body.put("url", reply.url());
			body.put("status", reply.statusCode());
			body.put("messages", reply.messages());
			body.put("says", reply.says());
			reply.gather().ifPresent((gather) -> body.put("gather", Map.of("action", String.valueOf(gather.action()),
					"numDigits", String.valueOf(gather.numDigits()))));
			reply.record().ifPresent((record) -> body.put("record", Map.of("action", String.valueOf(record.action()))));
			List<String> dials = reply.dials();
			if (!dials.isEmpty()) {
				body.put("dials", dials);
			}
			body.put("twiml", reply.xml());
			if (reply.error() != null) {
				body.put("error", reply.error());
			}
			return ServerResponse.ok().body(body);
		}

		private static Map<String, Object> describe(WebhookDelivery delivery) {
			Map<String, Object> description = new LinkedHashMap<>();
			description.put("time", delivery.time().toString());
			description.put("request", delivery.method() + " " + delivery.url());
			description.put("status", delivery.statusCode());
			description.put("params", delivery.params());
			return description;
		}

		private static ServerResponse problem(HttpStatus status, String detail) {
			return ServerResponse.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
		}

		/**
		 * Thrown for a query string that is not UTF-8 percent-encoding.
		 */
		static class MalformedQueryException extends RuntimeException {

			private static final long serialVersionUID = 1L;

			MalformedQueryException() {
				super("The query string is malformed: percent-encode it as UTF-8, such as from=%2B14155550100");
			}

		}

	}

}
