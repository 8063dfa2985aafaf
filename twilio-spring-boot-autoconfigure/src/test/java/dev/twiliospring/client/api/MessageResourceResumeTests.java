package dev.twiliospring.client.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.RecordedRequest;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for resuming a list of {@link MessageResource} or {@link CallResource} from a
 * saved page URL.
 */
class MessageResourceResumeTests {

	private static final String SUBACCOUNT_SID = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	private static final int LAST_PAGE = 9;

	private final StubTwilioServer server = StubTwilioServer.start();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void exportResumesFromTheSavedNextPageUrlWithoutReadingEarlierPagesAgain() {
		servePages();
		List<String> firstRun = new ArrayList<>();
		String saved = null;
		Page<Message> page = this.server.client().messages().list(MessageListRequest.builder().pageSize(2).build());
		// The job finishes pages 0 to 3, saving where to go on after each, then crashes
		for (int i = 0; i < 4; i++) {
			page.items().forEach((message) -> firstRun.add(message.sid()));
			saved = page.nextPageUrl();
			page = this.server.client().messages().nextPage(page).orElseThrow();
		}
		int firstRunRequests = this.server.requestCount();
		TwilioClient restarted = this.server.client();
		List<String> secondRun = new ArrayList<>();
		Optional<Page<Message>> next = Optional.of(restarted.messages().page(saved));
		while (next.isPresent()) {
			next.get().items().forEach((message) -> secondRun.add(message.sid()));
			next = restarted.messages().nextPage(next.get());
		}
		assertThat(firstRun).hasSize(8).doesNotContainAnyElementsOf(secondRun);
		assertThat(secondRun).hasSize(12).first().isEqualTo("SM4a");
		List<RecordedRequest> requests = this.server.requests();
		requests = requests.subList(firstRunRequests, requests.size());
		assertThat(requests).hasSize(6);
		assertThat(requests.get(0).query()).containsEntry("Page", List.of("4")).containsEntry("PageSize", List.of("2"));
		assertThat(requests).allSatisfy((request) -> assertThat(request.query()).containsKey("PageToken"));
	}

	@Test
	void pageUrlOnTwilioHostIsFetchedFromThisClientsHost() {
		servePages();
		Page<Message> page = this.server.client()
			.messages()
			.page("https://api.twilio.com" + messagesPath(StubTwilioServer.ACCOUNT_SID) + "?PageSize=2&Page=3"
					+ "&PageToken=PA2");
		assertThat(page.items()).extracting(Message::sid).containsExactly("SM3a", "SM3b");
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.rawQuery()).isEqualTo("PageSize=2&Page=3&PageToken=PA2"));
	}

	@Test
	void failureOfAPageUrlPastedWithSpacesAroundItNamesItsPage() {
		this.server.dispatcher(
				(request) -> Response.json(503, "{\"code\":20503,\"message\":\"Unavailable\",\"status\":503}"));
		TwilioClient client = this.server.clientBuilder().maxRetries(0).build();
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> client.messages()
				.page(" " + messagesPath(StubTwilioServer.ACCOUNT_SID) + "?PageSize=2&PageToken=PA5&Page=6\n"))
			.withMessageContaining("on GET /2010-04-01/Accounts/{AccountSid}/Messages.json (page 6)");
	}

	@Test
	void subaccountViewResumesFromAPageUrlOfTheSubaccount() {
		servePages();
		TwilioClient subaccount = this.server.client().forAccount(SUBACCOUNT_SID);
		Page<Message> page = subaccount.messages().page(messagesPath(SUBACCOUNT_SID) + "?PageSize=2&Page=5&PageToken=PA4");
		assertThat(page.items()).extracting(Message::sid).containsExactly("SM5a", "SM5b");
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo(messagesPath(SUBACCOUNT_SID)));
	}

	@Test
	void pageUrlOfAnotherAccountIsRefusedWithoutARequest() {
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messages().page(messagesPath(SUBACCOUNT_SID) + "?Page=5&PageToken=PA4"))
			.withMessageContaining("is a page of " + messagesPath(SUBACCOUNT_SID))
			.withMessageContaining("this client's account " + StubTwilioServer.ACCOUNT_SID)
			.withMessageContaining("forAccount(subaccountSid)")
			.withMessageNotContaining("PA4");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void pageUrlOfAnotherListIsRefusedWithoutARequest() {
		TwilioClient client = this.server.client();
		String callsPath = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Calls.json";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messages().page(callsPath + "?To=%2B15558675310&Page=1&PageToken=PA0"))
			.withMessageStartingWith("Page URL is not a page of /2010-04-01/Accounts/{AccountSid}/Messages.json on "
					+ "this client's account " + StubTwilioServer.ACCOUNT_SID)
			.withMessageNotContaining("forAccount")
			.withMessageNotContaining("15558675310");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void pageUrlOfAnotherListIsRefusedWithoutShowingItsPathWhichMayHoldAPhoneNumber() {
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messages().page("https://lookups.twilio.com/v2/PhoneNumbers/+15558675310"))
			.withMessageContaining("not a page of /2010-04-01/Accounts/{AccountSid}/Messages.json")
			.withMessageNotContaining("15558675310");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messages()
				.page("/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Messages.json/%2B15558675310"))
			.withMessageNotContaining("15558675310")
			.withMessageNotContaining("forAccount");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void pageUrlOfAnotherHostIsRefusedWithoutShowingItsUserInformation() {
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.messages()
				.page("https://ACaaaa:secret-token@twilio.example.com" + messagesPath(StubTwilioServer.ACCOUNT_SID)
						+ "?Page=1&PageToken=PA0"))
			.withMessageContaining("names host twilio.example.com, which is neither Twilio's nor this client's")
			.withMessageNotContaining("secret-token");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void pageUrlThatIsNoPathIsRefused() {
		TwilioClient client = this.server.client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.messages().page("Page=4&PageToken=PA3"))
			.withMessageContaining("must be absolute or start with '/'");
		assertThatIllegalArgumentException().isThrownBy(() -> client.messages().page(" "))
			.withMessage("Page URL must not be empty");
		assertThat(this.server.requestCount()).isZero();
	}

	@Test
	void callsResumeFromASavedPageUrlAndRefuseOneOfMessages() {
		this.server.dispatcher((request) -> Response.json(200,
				"{\"calls\":[{\"sid\":\"CA1\"}],\"page\":1,\"page_size\":1,\"next_page_uri\":null}"));
		TwilioClient client = this.server.client();
		String callsPath = "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + "/Calls.json";
		Page<Call> page = client.calls().page(callsPath + "?PageSize=1&Page=1&PageToken=PA0");
		assertThat(page.items()).extracting(Call::sid).containsExactly("CA1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.calls().page(messagesPath(StubTwilioServer.ACCOUNT_SID) + "?Page=1"))
			.withMessageContaining("not a page of /2010-04-01/Accounts/{AccountSid}/Calls.json");
		assertThat(this.server.requestCount()).isOne();
	}

	/**
	 * Serve pages 0 to {@link #LAST_PAGE} of two messages each, for whichever account
	 * the request names, as the 2010-04-01 API pages them.
	 */
	private void servePages() {
		this.server.dispatcher((request) -> {
			Map<String, List<String>> query = request.query();
			int number = query.containsKey("Page") ? Integer.parseInt(query.get("Page").get(0)) : 0;
			String path = request.path();
			String next = (number < LAST_PAGE)
					? "\"" + path + "?PageSize=2&Page=" + (number + 1) + "&PageToken=PA" + number + "\"" : "null";
			return Response.json(200,
					"{\"messages\":[{\"sid\":\"SM" + number + "a\"},{\"sid\":\"SM" + number + "b\"}],\"page\":" + number
							+ ",\"page_size\":2,\"uri\":\"" + path + "?Page=" + number + "\",\"next_page_uri\":" + next
							+ "}");
		});
	}

	private static String messagesPath(String accountSid) {
		return "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
	}

}
