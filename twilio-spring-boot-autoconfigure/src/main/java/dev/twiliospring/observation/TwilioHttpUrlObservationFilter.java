package dev.twiliospring.observation;

import dev.twiliospring.client.TwilioRequest;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientRequestObservationContext;

/**
 * {@link ObservationFilter} that keeps SIDs and phone numbers out of the
 * {@code http.client.requests} observations of Twilio's HTTP attempts. Spring's
 * convention puts the full request URL in the {@code http.url} key, which tracing exports
 * as a span attribute; Twilio's URLs hold the account SID, resource SIDs and, in Lookups
 * paths and list filters, phone numbers. For a request that a {@code TwilioClient} sent
 * (one with the {@link TwilioRequest#ATTRIBUTE} attribute), every key whose value is the
 * request's URL gets the URL template instead, such as
 * {@code https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json}. Other
 * requests are left alone.
 * <p>
 * Spring Boot applies it to its observation registry through the auto-configuration.
 * Elsewhere, register it where the {@code RestClient.Builder} given to the client gets its
 * registry:
 * <pre class="code">
 * observationRegistry.observationConfig().observationFilter(new TwilioHttpUrlObservationFilter());
 * </pre>
 *
 * @since 1.0.0
 */
public final class TwilioHttpUrlObservationFilter implements ObservationFilter {

	@Override
	public Observation.Context map(Observation.Context context) {
		if (context instanceof ClientRequestObservationContext requestContext) {
			ClientHttpRequest request = requestContext.getCarrier();
			String template = requestContext.getUriTemplate();
			if (request != null && template != null && request.getAttributes().get(TwilioRequest.ATTRIBUTE) != null) {
				String url = request.getURI().toASCIIString();
				String unencoded = request.getURI().toString();
				for (KeyValue keyValue : context.getHighCardinalityKeyValues()) {
					if (isUrl(keyValue.getValue(), url, unencoded)) {
						context.addHighCardinalityKeyValue(KeyValue.of(keyValue.getKey(), template));
					}
				}
				for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
					if (isUrl(keyValue.getValue(), url, unencoded)) {
						context.addLowCardinalityKeyValue(KeyValue.of(keyValue.getKey(), template));
					}
				}
			}
		}
		return context;
	}

	private static boolean isUrl(@Nullable String value, String url, String unencoded) {
		return url.equals(value) || unencoded.equals(value);
	}

}
