package dev.twiliospring.autoconfigure.sdk;

import com.twilio.http.TwilioRestClient;
import dev.twiliospring.autoconfigure.TwilioAutoConfiguration;
import dev.twiliospring.autoconfigure.TwilioConnectionDetails;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.sdk.TwilioSdkHttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for Twilio's Java SDK, when it is on the classpath: a
 * {@link TwilioRestClient} configured from the same {@code twilio.*} properties as the
 * {@link TwilioClient}, whose requests go through that client. {@code Twilio.init} is
 * never called, so no global state is set; pass the bean to the SDK's
 * {@code create(client)}, {@code fetch(client)} and {@code read(client)} methods. It
 * needs a single {@code TwilioClient}, or a primary one among several.
 *
 * @since 1.0.0
 */
@AutoConfiguration(after = TwilioAutoConfiguration.class)
@ConditionalOnClass({ TwilioRestClient.class, TwilioClient.class })
@ConditionalOnSingleCandidate(TwilioClient.class)
public final class TwilioSdkAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TwilioRestClient twilioRestClient(TwilioClient twilioClient,
			ObjectProvider<TwilioConnectionDetails> connectionDetailsProvider) {
		// Account, region and edge are the client's, which were built from the same
		// connection details and are normalized. The credentials stay the SDK's own:
		// requests are sent and authenticated by the TwilioClient, so an application that
		// defines its client without connection details (TwilioAutoConfiguration
		// excluded) gets the account SID as the SDK's user name and no password.
		String accountSid = twilioClient.accountSid();
		TwilioConnectionDetails connectionDetails = connectionDetailsProvider.getIfAvailable();
		String apiKeySid = (connectionDetails != null) ? connectionDetails.getApiKeySid() : null;
		String apiKeySecret = (connectionDetails != null) ? connectionDetails.getApiKeySecret() : null;
		String authToken = (connectionDetails != null) ? connectionDetails.getAuthToken() : null;
		boolean apiKey = apiKeySid != null && apiKeySecret != null;
		TwilioRestClient.Builder builder = new TwilioRestClient.Builder(apiKey ? apiKeySid : accountSid,
				apiKey ? apiKeySecret : ((authToken != null) ? authToken : ""))
			.accountSid(accountSid)
			.httpClient(new TwilioSdkHttpClient(twilioClient));
		if (twilioClient.region() != null) {
			builder.region(twilioClient.region());
		}
		if (twilioClient.edge() != null) {
			builder.edge(twilioClient.edge());
		}
		return builder.build();
	}

}
