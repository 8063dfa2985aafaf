package dev.twiliospring.autoconfigure;

import java.net.URI;

import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioClientListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the {@link TwilioClient}. The client is built on Spring Boot's
 * {@code RestClient.Builder} and HTTP client settings when the application has
 * {@code spring-boot-restclient} or {@code spring-boot-http-client}, and on its own JDK
 * transport otherwise; nothing here needs either of them.
 *
 * @since 1.0.0
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@ConditionalOnClass({ TwilioClient.class, RestClient.class })
@EnableConfigurationProperties(TwilioProperties.class)
public final class TwilioAutoConfiguration {

	@Bean
	static TwilioApiKeyBindHandlerAdvisor twilioApiKeyBindHandlerAdvisor() {
		return new TwilioApiKeyBindHandlerAdvisor();
	}

	@Bean
	@ConditionalOnMissingBean(TwilioConnectionDetails.class)
	PropertiesTwilioConnectionDetails twilioConnectionDetails(TwilioProperties properties, Environment environment) {
		return new PropertiesTwilioConnectionDetails(properties, environment);
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnTwilioAccountCondition.class)
	static class TwilioClientConfiguration {

		@Bean
		@ConditionalOnMissingBean
		TwilioClient twilioClient(TwilioProperties properties, TwilioConnectionDetails connectionDetails,
				ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<TwilioClientListener> listeners,
				ObjectProvider<TwilioClientCustomizer> customizers) {
			TwilioCredentialsValidator.validate(connectionDetails);
			TwilioClient.Builder builder = TwilioClient.builder();
			restClientBuilder.ifAvailable(builder::restClientBuilder);
			applyConnectionDetails(connectionDetails, builder);
			TwilioProperties.Retry retry = properties.getRetry();
			builder.maxRetries(properties.getMaxRetries())
				.initialBackoff(retry.getInitialBackoff())
				.maxBackoff(retry.getMaxBackoff())
				.maxRetryAfter(retry.getMaxRetryAfter())
				.retryDeadline(retry.getDeadline())
				.connectTimeout(properties.getConnectTimeout())
				.readTimeout(properties.getReadTimeout());
			listeners.orderedStream().forEach(builder::listener);
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

		private static void applyConnectionDetails(TwilioConnectionDetails details, TwilioClient.Builder builder) {
			String accountSid = details.getAccountSid();
			if (accountSid != null) {
				builder.accountSid(accountSid);
			}
			String authToken = details.getAuthToken();
			if (authToken != null) {
				builder.authToken(authToken);
			}
			String apiKeySid = details.getApiKeySid();
			String apiKeySecret = details.getApiKeySecret();
			if (apiKeySid != null && apiKeySecret != null) {
				builder.apiKey(apiKeySid, apiKeySecret);
			}
			builder.region(details.getRegion()).edge(details.getEdge());
			URI baseUrl = details.getBaseUrl();
			if (baseUrl != null) {
				builder.baseUrl(baseUrl);
			}
		}

	}

	/**
	 * Builds the client's transport with Boot's HTTP client settings (factory choice, SSL
	 * bundle) and the Twilio timeouts; redirects are never followed.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpRequestFactoryBuilder.class)
	@ConditionalOnBean(ClientHttpRequestFactoryBuilder.class)
	static class TwilioHttpClientConfiguration {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		TwilioClientCustomizer twilioHttpClientSettingsCustomizer(TwilioProperties properties,
				ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder, ObjectProvider<HttpClientSettings> settings) {
			return (builder) -> {
				HttpClientSettings base = settings.getIfAvailable(HttpClientSettings::defaults);
				// Twilio answers with redirects only as results, such as the download link of
				// GET /v1/Deactivations, and following one would send the credentials along.
				builder.requestFactory(withoutTransportRetries(requestFactoryBuilder)
					.build(base.withTimeouts(properties.getConnectTimeout(), properties.getReadTimeout())
						.withRedirects(HttpRedirects.DONT_FOLLOW)));
			};
		}

		/**
		 * Apache HttpClient re-executes 429 and 503 answers on its own by default. The
		 * Twilio client retries itself (with its idempotency token, deadline and
		 * metrics), so transport retries would multiply attempts and hide them.
		 */
		private static ClientHttpRequestFactoryBuilder<?> withoutTransportRetries(
				ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder) {
			if (requestFactoryBuilder instanceof HttpComponentsClientHttpRequestFactoryBuilder httpComponents) {
				return HttpComponentsRetries.disable(httpComponents);
			}
			return requestFactoryBuilder;
		}

	}

	/**
	 * Keeps Apache HttpClient types out of the configuration class, which loads without
	 * them.
	 */
	private static final class HttpComponentsRetries {

		static ClientHttpRequestFactoryBuilder<?> disable(HttpComponentsClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer((httpClient) -> httpClient.disableAutomaticRetries());
		}

	}

}
