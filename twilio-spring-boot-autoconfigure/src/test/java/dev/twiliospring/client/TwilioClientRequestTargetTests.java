package dev.twiliospring.client;

import java.net.URI;
import java.util.Iterator;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.StubTwilioServer.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TwilioClient}: where requests, and the
 * credentials they carry, go.
 */
class TwilioClientRequestTargetTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void baseUrlWithFragmentIsRefusedRatherThanSendingEveryCallToTheRootPath() {
		URI withFragment = URI.create(this.server.baseUrl() + "#emulator");
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.clientBuilder().baseUrl(withFragment))
			.withMessageContaining("scheme, host and port only");
	}

	@Test
	void baseUrlWithEmptyFragmentIsRefused() {
		URI withFragment = URI.create(this.server.baseUrl() + "/#");
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.clientBuilder().baseUrl(withFragment))
			.withMessageContaining("scheme, host and port only");
	}

	@Test
	void nextPageUrlOnAnotherHostIsFetchedFromTheClientsHost() {
		this.server.enqueue(
				Response.json(200, "{\"messages\":[{\"body\":\"a\"}],\"page\":0,\"page_size\":1,"
						+ "\"next_page_uri\":\"https://attacker.invalid:1/2010-04-01/Next.json?Page=1\"}"),
				Response.json(200, "{\"messages\":[{\"body\":\"b\"}],\"page\":1,\"page_size\":1}"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES).build();
		assertThat(this.server.client().stream(request, "messages", JsonNode.class).toList()).hasSize(2);
		assertThat(this.server.requests().get(1).path()).isEqualTo("/2010-04-01/Next.json");
		assertThat(this.server.requests().get(1).rawQuery()).isEqualTo("Page=1");
	}

	@Test
	void malformedNextPageUrlFailsTheStreamWithATwilioExceptionThatDoesNotShowIt() {
		this.server.enqueue(Response.json(200, "{\"messages\":[{\"body\":\"a\"}],\"page\":0,\"page_size\":1,"
				+ "\"next_page_uri\":\"https://[::1/2010-04-01/Next.json?To=%2B15558675310&Page=1\"}"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES).build();
		Iterator<JsonNode> messages = this.server.client().stream(request, "messages", JsonNode.class).iterator();
		assertThat(messages.next().get("body").asString()).isEqualTo("a");
		assertThatExceptionOfType(TwilioException.class).isThrownBy(messages::hasNext)
			.withMessageContaining("is not a valid URL")
			.withMessageNotContaining("5558675310");
		assertThat(this.server.requestCount()).isOne();
	}

	@Test
	void schemeRelativeNextPageUrlIsFetchedFromTheClientsHost() {
		this.server.enqueue(
				Response.json(200, "{\"messages\":[{\"body\":\"a\"}],\"page\":0,\"page_size\":1,"
						+ "\"next_page_uri\":\"//attacker.invalid/2010-04-01/Next.json?Page=1\"}"),
				Response.json(200, "{\"messages\":[{\"body\":\"b\"}],\"page\":1,\"page_size\":1}"));
		TwilioRequest request = TwilioRequest.get(TwilioDomain.API, MESSAGES).build();
		assertThat(this.server.client().stream(request, "messages", JsonNode.class).toList()).hasSize(2);
		assertThat(this.server.requests().get(1).path()).isEqualTo("/2010-04-01/Next.json");
	}

	@Test
	void pathVariableCannotLeaveItsSegmentOrStartAQuery() {
		this.server.enqueue(Response.json(200, "{}"));
		TwilioRequest request = TwilioRequest
			.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json")
			.pathVariable("Sid", "../../x?y#z")
			.build();
		this.server.client().exchange(request);
		assertThat(this.server.requests().get(0).path())
			.endsWith("/Messages/..%2F..%2Fx%3Fy%23z.json");
		assertThat(this.server.requests().get(0).rawQuery()).isNull();
	}

	@Test
	void requestWithAPathVariableWithoutValueIsRefusedWhenBuiltNamingTheVariable() {
		String template = "/v1/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}";
		TwilioRequest.Builder builder = TwilioRequest.get(TwilioDomain.VERIFY, template)
			.pathVariable("ServiceSid", "VA1")
			.pathVariable("Sid", "YF1");
		assertThatIllegalArgumentException().isThrownBy(builder::build)
			.withMessage("Path variable {Identity} of " + template + " has no value");
		// A name that only starts or ends like a variable's is not its value
		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.pathVariable("Identit", "x").pathVariable("Identityy", "x").build())
			.withMessageContaining("{Identity}");
		TwilioRequest request = builder.pathVariable("Identity", "alice").build();
		assertThat(request.pathVariables()).containsEntry("Identity", "alice");
		// AccountSid is the client's to fill in
		assertThat(TwilioRequest.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json")
			.build()
			.pathVariables()).isEmpty();
		// Braces that open no variable could never be sent, so they are refused at once
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TwilioRequest.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/{}/{a/b}.json"))
			.withMessageContaining("opens no variable");
	}

	@Test
	void eachCallGoesToItsOwnUrlWhenCallsAlternateBetweenResources() {
		for (int i = 0; i < 4; i++) {
			this.server.enqueue(Response.json(200, "{}"));
		}
		TwilioRequest messages = TwilioRequest.get(TwilioDomain.API, MESSAGES).build();
		TwilioRequest first = TwilioRequest
			.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json")
			.pathVariable("Sid", "SM1")
			.build();
		TwilioRequest second = TwilioRequest
			.get(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json")
			.pathVariable("Sid", "SM2")
			.build();
		TwilioClient client = this.server.client();
		client.exchange(messages);
		client.exchange(first);
		client.exchange(first);
		client.exchange(second);
		assertThat(this.server.requests()).extracting(StubTwilioServer.RecordedRequest::path)
			.map((path) -> path.substring(path.lastIndexOf('/')))
			.containsExactly("/Messages.json", "/SM1.json", "/SM1.json", "/SM2.json");
	}

	@Test
	void eachCallGoesToItsOwnAccountAndQueryWhenCallsToOnePathAlternate() {
		for (int i = 0; i < 6; i++) {
			this.server.enqueue(Response.json(200, "{}"));
		}
		String subaccount = "AC" + "b".repeat(32);
		TwilioRequest messages = TwilioRequest.get(TwilioDomain.API, MESSAGES).build();
		TwilioRequest firstPage = TwilioRequest.get(TwilioDomain.API, MESSAGES).queryParam("PageSize", 5).build();
		TwilioClient client = this.server.client();
		TwilioClient sub = client.forAccount(subaccount);
		client.exchange(messages);
		sub.exchange(messages);
		client.exchange(firstPage);
		client.exchange(messages);
		sub.exchange(messages);
		client.exchange(messages);
		assertThat(this.server.requests())
			.extracting((request) -> request.path() + ((request.rawQuery() != null) ? "?" + request.rawQuery() : ""))
			.containsExactly(messagesOf(StubTwilioServer.ACCOUNT_SID), messagesOf(subaccount),
					messagesOf(StubTwilioServer.ACCOUNT_SID) + "?PageSize=5", messagesOf(StubTwilioServer.ACCOUNT_SID),
					messagesOf(subaccount), messagesOf(StubTwilioServer.ACCOUNT_SID));
	}

	private static String messagesOf(String accountSid) {
		return "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
	}

}
