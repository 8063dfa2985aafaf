package dev.twiliospring.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioPages}.
 */
class TwilioPagesTests {

	private static final String LIST = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages.json";

	@Test
	void describeNamesThePageNumberOfAPageUrl() {
		assertThat(TwilioPages.describe(null)).isEmpty();
		assertThat(TwilioPages.describe(LIST + "?PageSize=2&Page=3&PageToken=PA2")).isEqualTo(" (page 3)");
		assertThat(TwilioPages.describe("https://messaging.twilio.com/v1/Services?Page=0")).isEqualTo(" (page 0)");
		assertThat(TwilioPages.describe(LIST + "?Page=4294967295")).isEqualTo(" (page 4294967295)");
	}

	@Test
	void describeSaysNextPageForAPageUrlWithoutAReadablePageNumber() {
		assertThat(TwilioPages.describe(LIST)).isEqualTo(" (next page)");
		assertThat(TwilioPages.describe("Page=3")).isEqualTo(" (next page)");
		assertThat(TwilioPages.describe(LIST + "?Page=")).isEqualTo(" (next page)");
		assertThat(TwilioPages.describe(LIST + "?Page=12345678901")).isEqualTo(" (next page)");
		assertThat(TwilioPages.describe(LIST + "?Page=-1")).isEqualTo(" (next page)");
		assertThat(TwilioPages.describe(LIST + "?To=%2B15558675310&FirstPage=3")).isEqualTo(" (next page)");
	}

	@Test
	void describeTakesTheFirstReadablePageNumberOfARepeatedPage() {
		assertThat(TwilioPages.describe(LIST + "?Page=3&Page=4")).isEqualTo(" (page 3)");
		assertThat(TwilioPages.describe(LIST + "?Page=three&Page=4")).isEqualTo(" (page 4)");
	}

	@Test
	void describeReadsTheWholeRestOfAPageUrlIncludingAFragment() {
		assertThat(TwilioPages.describe(LIST + "?Page=3#top")).isEqualTo(" (next page)");
		assertThat(TwilioPages.describe(LIST + "?PageSize=2#&Page=5")).isEqualTo(" (page 5)");
	}

	@Test
	void describeWithTokenAddsAPageTokenMadeOfTheCharactersOfACursor() {
		assertThat(TwilioPages.describeWithToken(LIST + "?PageSize=2&Page=3&PageToken=PA2"))
			.isEqualTo(" (page 3, PageToken=PA2)");
		assertThat(TwilioPages.describeWithToken(LIST + "?PageToken=PA_b-c.d")).isEqualTo(" (next page, PageToken=PA_b-c.d)");
		assertThat(TwilioPages.describeWithToken(LIST + "?Page=3&PageToken=%2B15558675310")).isEqualTo(" (page 3)");
		assertThat(TwilioPages.describeWithToken(LIST + "?Page=3&PageToken=" + "P".repeat(65))).isEqualTo(" (page 3)");
		assertThat(TwilioPages.describeWithToken(LIST + "?Page=3&PageToken=")).isEqualTo(" (page 3)");
	}

	@Test
	void describeWithTokenTakesOnlyTheFirstPageToken() {
		assertThat(TwilioPages.describeWithToken(LIST + "?PageToken=PA1&PageToken=PA2"))
			.isEqualTo(" (next page, PageToken=PA1)");
		assertThat(TwilioPages.describeWithToken(LIST + "?Page=3&PageToken=+1555&PageToken=PA2")).isEqualTo(" (page 3)");
	}

	@Test
	void describeWithTokenStopsAtAFragmentAfterTheQuery() {
		assertThat(TwilioPages.describeWithToken(LIST + "?Page=3&PageToken=PA2#top"))
			.isEqualTo(" (page 3, PageToken=PA2)");
		assertThat(TwilioPages.describeWithToken(LIST + "?Page=2&Size=1#&PageToken=PA2")).isEqualTo(" (page 2)");
		assertThat(TwilioPages.describeWithToken(LIST + "#PageToken=PA2")).isEqualTo(" (next page)");
		assertThat(TwilioPages.describeWithToken(LIST + "#top?PageToken=PA2")).isEqualTo(" (next page, PageToken=PA2)");
	}

}
