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
 *
 * @since 1.0.0
 * @see TwilioWebhookFilter#setSignatureValidatorResolver
 */
@FunctionalInterface
public interface WebhookSignatureValidatorResolver {

	/**
	 * Return the validator for the webhooks of an account.
	 * @param accountSid the {@code AccountSid} parameter of the request, as sent; not
	 * checked to be a well-formed SID
	 * @return the validator, or {@code null} to check the request with the configured
	 * auth tokens
	 */
	@Nullable TwilioSignatureValidator resolve(String accountSid);

}
