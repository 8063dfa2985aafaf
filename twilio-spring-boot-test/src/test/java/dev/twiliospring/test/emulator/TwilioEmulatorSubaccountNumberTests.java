package dev.twiliospring.test.emulator;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;
import dev.twiliospring.client.api.AccountCreateRequest;
import dev.twiliospring.client.api.IncomingPhoneNumber;
import dev.twiliospring.client.api.IncomingPhoneNumberCreateRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for what {@link TwilioEmulator} delivers to the numbers of a subaccount that
 * its parent suspended or closed.
 */
class TwilioEmulatorSubaccountNumberTests extends EmulatorWithApplicationTests {

	private static final String CUSTOMER = "+14155550100";

	private static final String TENANT_NUMBER = "+14155550142";

	private static final String MAIN_NUMBER = "+14155550199";

	@Test
	void suspendedSubaccountsNumbersReceiveNoMessagesOrCallsUntilItIsActiveAgain() {
		Account tenant = tenantWithNumber();
		assertThat(this.emulator.receiveSms(CUSTOMER, TENANT_NUMBER, "Hi").messages()).containsExactly("Thanks");
		this.client.accounts().suspend(tenant.sid());
		int requests = this.app.requests.size();
		int messages = this.emulator.messages().size();
		TwimlReply sms = this.emulator.receiveSms(CUSTOMER, TENANT_NUMBER, "Anyone there?");
		assertThat(sms.statusCode()).isZero();
		assertThat(sms.verbs()).isEmpty();
		assertThat(sms.error()).contains(TENANT_NUMBER).contains(tenant.sid()).contains("suspended");
		TwimlReply call = this.emulator.receiveCall(CUSTOMER, TENANT_NUMBER);
		assertThat(call.callSid()).isNull();
		assertThat(call.verbs()).isEmpty();
		assertThat(call.error()).contains(tenant.sid()).contains("suspended");
		assertThat(this.app.requests).hasSize(requests);
		assertThat(this.emulator.messages()).hasSize(messages);
		assertThat(this.emulator.calls()).isEmpty();
		// Suspension keeps the numbers, which are the tenant's again once it is active
		assertThat(this.client.forAccount(tenant.sid()).incomingPhoneNumbers().list().items())
			.extracting(IncomingPhoneNumber::phoneNumber)
			.containsExactly(TENANT_NUMBER);
		this.client.accounts().activate(tenant.sid());
		assertThat(this.emulator.receiveCall(CUSTOMER, TENANT_NUMBER).says()).containsExactly("Hello");
	}

	@Test
	void closingSubaccountReleasesItsNumbers() {
		Account tenant = tenantWithNumber();
		this.emulator.addIncomingNumber(MAIN_NUMBER, this.app.url("/sms"), this.app.url("/voice"));
		this.client.accounts().close(tenant.sid());
		assertThat(this.client.forAccount(tenant.sid()).incomingPhoneNumbers().list().items()).isEmpty();
		assertThat(this.emulator.incomingNumbers()).extracting(EmulatedPhoneNumber::phoneNumber)
			.containsExactly(MAIN_NUMBER);
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.receiveSms(CUSTOMER, TENANT_NUMBER, "Hi"))
			.withMessageContaining("has no phone number " + TENANT_NUMBER);
		assertThatIllegalStateException().isThrownBy(() -> this.emulator.receiveCall(CUSTOMER, TENANT_NUMBER))
			.withMessageContaining("has no phone number " + TENANT_NUMBER);
		assertThat(this.emulator.receiveSms(CUSTOMER, MAIN_NUMBER, "Hi").messages()).containsExactly("Thanks");
	}

	private Account tenantWithNumber() {
		this.app.twiml("/sms", "<Response><Message>Thanks</Message></Response>");
		this.app.twiml("/voice", "<Response><Say>Hello</Say></Response>");
		Account tenant = this.client.accounts()
			.create(AccountCreateRequest.builder().friendlyName("Tenant A").build());
		TwilioClient tenantClient = this.client.forAccount(tenant.sid());
		tenantClient.incomingPhoneNumbers()
			.create(IncomingPhoneNumberCreateRequest.builder()
				.phoneNumber(TENANT_NUMBER)
				.smsUrl(this.app.url("/sms"))
				.voiceUrl(this.app.url("/voice"))
				.build());
		return tenant;
	}

}
