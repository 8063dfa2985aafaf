package dev.twiliospring.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Strategy that picks the {@link TwilioSignatureValidator} for the account that a webhook
 * names in its {@code AccountSid} parameter. Twilio signs the webhooks of a subaccount
 * with the subaccount's own auth token, so an application that serves several
 * subaccounts defines a bean of this type that returns a validator holding the auth
 * token of the given subaccount (and its secondary token while it is rotated), for
 * example from a cache of validators kept per tenant.
 * <p>
 * The validator returned is the only one the request is checked with: a signature made
 * with another account's token, or the configured ones, is rejected. A request whose
 * account the strategy does not know ({@code null}), that names none, or that names
 * several, is checked with the configured auth tokens. So is a JSON webhook, whatever
 * its query names (the body, which a handler reads, is what tells its account), and a
 * form webhook that also has a parameter that Spring's data binding takes for an
 * {@code accountSid} property, such as {@code accountSid}.
 * <p>
 * The strategy is only asked about an {@code AccountSid} of the form of an account SID,
 * {@code AC} followed by 32 hexadecimal digits: another value is refused with 403
 * ({@code signature-not-verifiable}) without asking it. An exception that it throws, as
 * when the store of tenants is unreachable, answers the request with 503
 * ({@code signature-validator-unavailable}), as it is not the caller's fault, and is
 * logged; the response never contains it.
 *
 * @since 1.0.0
 * @see TwilioWebhookFilter#setSignatureValidatorResolver
 */
@FunctionalInterface
public interface WebhookSignatureValidatorResolver {

	/**
	 * Return the validator for the webhooks of an account.
	 * @param accountSid the {@code AccountSid} parameter of the request: {@code AC}
	 * followed by 32 hexadecimal digits, in either letter case
	 * @return the validator, or {@code null} to check the request with the configured
	 * auth tokens
	 */
	@Nullable TwilioSignatureValidator resolve(String accountSid);

}
