package dev.twiliospring.test.emulator;

import java.time.Duration;
import java.util.List;

import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioApiException;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.AvailablePhoneNumber;
import dev.twiliospring.client.api.AvailablePhoneNumberListRequest;
import dev.twiliospring.client.api.IncomingPhoneNumber;
import dev.twiliospring.client.api.IncomingPhoneNumberCreateRequest;
import dev.twiliospring.client.api.IncomingPhoneNumberListRequest;
import dev.twiliospring.client.api.IncomingPhoneNumberUpdateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the phone numbers of {@link TwilioEmulator}, as an application that provisions
 * numbers for its customers uses them through the real {@link TwilioClient}.
 */
class TwilioEmulatorPhoneNumberTests {

	private static final String APPLICATION_SID = "AP" + "a".repeat(32);

	private static final String ADDRESS_SID = "AD" + "b".repeat(32);

	private static final String EMERGENCY_ADDRESS_SID = "AD" + "c".repeat(32);

	private static final String BUNDLE_SID = "BU" + "d".repeat(32);

	private static final String TRUNK_SID = "TK" + "e".repeat(32);

	private final TwilioEmulator emulator = TwilioEmulator.builder().stepDelay(Duration.ofMillis(5)).start();

	private final TwilioClient client = this.emulator.client();

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void numberBoughtWithRegulatoryAndRoutingSidsKeepsThem() {
		IncomingPhoneNumber bought = this.client.incomingPhoneNumbers()
			.create(IncomingPhoneNumberCreateRequest.builder()
				.areaCode("415")
				.voiceApplicationSid(APPLICATION_SID)
				.smsApplicationSid(APPLICATION_SID)
				.addressSid(ADDRESS_SID)
				.emergencyAddressSid(EMERGENCY_ADDRESS_SID)
				.emergencyStatus(IncomingPhoneNumber.EmergencyStatus.ACTIVE)
				.bundleSid(BUNDLE_SID)
				.voiceReceiveMode(IncomingPhoneNumber.VoiceReceiveMode.FAX)
				.build());
		IncomingPhoneNumber fetched = this.client.incomingPhoneNumbers().fetch(bought.sid());
		assertThat(fetched.voiceApplicationSid()).isEqualTo(APPLICATION_SID);
		assertThat(fetched.smsApplicationSid()).isEqualTo(APPLICATION_SID);
		assertThat(fetched.addressSid()).isEqualTo(ADDRESS_SID);
		assertThat(fetched.emergencyAddressSid()).isEqualTo(EMERGENCY_ADDRESS_SID);
		assertThat(fetched.emergencyStatus()).isEqualTo(IncomingPhoneNumber.EmergencyStatus.ACTIVE);
		assertThat(fetched.bundleSid()).isEqualTo(BUNDLE_SID);
		assertThat(fetched.voiceReceiveMode()).isEqualTo(IncomingPhoneNumber.VoiceReceiveMode.FAX);
		IncomingPhoneNumber updated = this.client.incomingPhoneNumbers()
			.update(bought.sid(),
					IncomingPhoneNumberUpdateRequest.builder().trunkSid(TRUNK_SID).voiceApplicationSid("").build());
		assertThat(updated.trunkSid()).isEqualTo(TRUNK_SID);
		assertThat(updated.voiceApplicationSid()).isEmpty();
		assertThat(updated.addressSid()).isEqualTo(ADDRESS_SID);
	}

	@Test
	void numberUpdateRejectsSidOfAnotherKind() {
		IncomingPhoneNumber bought = this.client.incomingPhoneNumbers()
			.create(IncomingPhoneNumberCreateRequest.builder().areaCode("415").build());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.incomingPhoneNumbers()
				.update(bought.sid(), IncomingPhoneNumberUpdateRequest.builder().bundleSid(ADDRESS_SID).build()))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getErrorMessage()).contains("BundleSid");
			});
	}

	@Test
	void numberMovesToSubaccountAndBack() {
		Account customer = this.client.accounts().create(AccountCreateRequest.builder().friendlyName("Customer").build());
		IncomingPhoneNumber bought = this.client.incomingPhoneNumbers()
			.create(IncomingPhoneNumberCreateRequest.builder().areaCode("415").build());
		IncomingPhoneNumber moved = this.client.incomingPhoneNumbers()
			.update(bought.sid(), IncomingPhoneNumberUpdateRequest.builder().accountSid(customer.sid()).build());
		assertThat(moved.accountSid()).isEqualTo(customer.sid());
		assertThat(moved.uri()).contains(customer.sid());
		assertThat(this.client.incomingPhoneNumbers().list().items()).isEmpty();
		TwilioClient customerClient = this.client.forAccount(customer.sid());
		assertThat(customerClient.incomingPhoneNumbers().list().items()).extracting(IncomingPhoneNumber::sid)
			.containsExactly(bought.sid());
		assertThat(this.emulator.incomingNumbers()).extracting(EmulatedPhoneNumber::accountSid)
			.containsExactly(customer.sid());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.incomingPhoneNumbers().fetch(bought.sid()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
		IncomingPhoneNumber back = customerClient.incomingPhoneNumbers()
			.update(bought.sid(), IncomingPhoneNumberUpdateRequest.builder().accountSid(this.emulator.accountSid()).build());
		assertThat(back.accountSid()).isEqualTo(this.emulator.accountSid());
	}

	@Test
	void numberDoesNotMoveToAccountOutsideTheFamily() {
		IncomingPhoneNumber bought = this.client.incomingPhoneNumbers()
			.create(IncomingPhoneNumberCreateRequest.builder().areaCode("415").build());
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> this.client.incomingPhoneNumbers()
				.update(bought.sid(), IncomingPhoneNumberUpdateRequest.builder()
					.accountSid("AC" + "0".repeat(32))
					.friendlyName("Not applied")
					.build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
		IncomingPhoneNumber unchanged = this.client.incomingPhoneNumbers().fetch(bought.sid());
		assertThat(unchanged.accountSid()).isEqualTo(this.emulator.accountSid());
		assertThat(unchanged.friendlyName()).isNotEqualTo("Not applied");
	}

	@Test
	void searchFindsOnlyNumbersWithTheCapabilitiesAskedFor() {
		AvailablePhoneNumberListRequest sms = AvailablePhoneNumberListRequest.builder().smsEnabled(true).pageSize(5).build();
		assertThat(this.client.availablePhoneNumbers().local("GB", sms).items()).isEmpty();
		assertThat(this.client.availablePhoneNumbers().mobile("GB", sms).items()).hasSize(5)
			.allSatisfy((number) -> assertThat(number.capabilities().hasSms()).isTrue());
		AvailablePhoneNumberListRequest voiceOnly = AvailablePhoneNumberListRequest.builder()
			.smsEnabled(false)
			.voiceEnabled(true)
			.pageSize(5)
			.build();
		assertThat(this.client.availablePhoneNumbers().local("GB", voiceOnly).items()).hasSize(5);
		assertThat(this.client.availablePhoneNumbers().local("US", voiceOnly).items()).isEmpty();
		AvailablePhoneNumberListRequest fax = AvailablePhoneNumberListRequest.builder().faxEnabled(true).build();
		assertThat(this.client.availablePhoneNumbers().local("US", fax).items()).isEmpty();
	}

	@Test
	void listOfHostedNumbersHasNoneOfTwilios() {
		this.client.incomingPhoneNumbers().create(IncomingPhoneNumberCreateRequest.builder().areaCode("415").build());
		assertThat(this.client.incomingPhoneNumbers()
			.list(IncomingPhoneNumberListRequest.builder().origin("hosted").build())
			.items()).isEmpty();
		assertThat(this.client.incomingPhoneNumbers()
			.list(IncomingPhoneNumberListRequest.builder().origin("twilio").build())
			.items()).extracting(IncomingPhoneNumber::origin).containsExactly("twilio");
	}

	@Test
	void searchFindsNumbersThatSpellOrContainThePattern() {
		assertThat(search("US", AvailablePhoneNumber.Type.TOLL_FREE, "STORM")).hasSize(5)
			.allSatisfy((number) -> assertThat(number).matches("\\+18(00|33|44|55|66|77|88)[0-9]*78676[0-9]*"));
		assertThat(search("US", AvailablePhoneNumber.Type.LOCAL, "1234")).hasSize(5)
			.allSatisfy((number) -> assertThat(number).contains("1234"));
		assertThat(search("US", AvailablePhoneNumber.Type.LOCAL, "+1510*55")).hasSize(5)
			.allSatisfy((number) -> assertThat(number).matches("\\+1510[0-9]55[0-9]{4}"));
		assertThat(search("US", AvailablePhoneNumber.Type.LOCAL, "pizza$")).hasSize(5)
			.allSatisfy((number) -> assertThat(number).endsWith("74992"));
		assertThat(search("GB", AvailablePhoneNumber.Type.MOBILE, "12*4")).hasSize(5)
			.allSatisfy((number) -> assertThat(number).matches("\\+447[0-9]*12[0-9]4[0-9]*"));
	}

	@Test
	void searchWithAreaCodeAndPatternKeepsTheAreaCode() {
		Page<AvailablePhoneNumber> page = this.client.availablePhoneNumbers()
			.local("US", AvailablePhoneNumberListRequest.builder().areaCode(415).contains("HELP").pageSize(3).build());
		assertThat(page.items()).extracting(AvailablePhoneNumber::phoneNumber)
			.hasSize(3)
			.allSatisfy((number) -> assertThat(number).matches("\\+1415[0-9]*4357"));
	}

	@Test
	void searchRejectsPatternWithOtherCharacters() {
		assertThatExceptionOfType(TwilioApiException.class)
			.isThrownBy(() -> search("US", AvailablePhoneNumber.Type.LOCAL, "55-12"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
	}

	private List<String> search(String country, AvailablePhoneNumber.Type type, String contains) {
		return this.client.availablePhoneNumbers()
			.list(country, type, AvailablePhoneNumberListRequest.builder().contains(contains).pageSize(5).build())
			.items()
			.stream()
			.map(AvailablePhoneNumber::phoneNumber)
			.toList();
	}

}
