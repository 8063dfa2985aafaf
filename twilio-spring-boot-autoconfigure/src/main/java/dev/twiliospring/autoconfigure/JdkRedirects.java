package dev.twiliospring.autoconfigure;

import java.lang.reflect.Field;
import java.net.http.HttpClient;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ReflectionUtils;

/**
 * Refuses a JDK {@code HttpClient} that follows redirects in a request factory the
 * application built or customized, wrapped in another or not: it sends the request's
 * headers along to wherever a redirect points, the {@code Authorization} header with
 * the Twilio credentials among them. Spring's request factory has no public way to
 * tell its client, so its field is read, as Boot reads the wrapped request factory
 * to set timeouts; where either cannot be read (a field renamed in a later Spring
 * Framework, or left out of a native image) the request factory is refused too, as
 * it might take the credentials along.
 */
final class JdkRedirects {

	static final @Nullable Field HTTP_CLIENT = ReflectionUtils.findField(JdkClientHttpRequestFactory.class,
			"httpClient", HttpClient.class);

	private static final String OTHER_TRANSPORT = "Set twilio.transport=built-in, whose JDK HttpClient follows "
			+ "no redirects, or use another HTTP client library with Boot's transport, such as Jetty's or Apache "
			+ "HttpClient, which keep the credentials from another host.";

	private JdkRedirects() {
	}

	static void refuseFollowing(ClientHttpRequestFactory built) {
		refuseFollowing(built, HTTP_CLIENT, RequestFactoryLayers.WRAPPED);
	}

	/**
	 * Refuse the request factory if the JDK client inside it follows redirects, or
	 * if what is inside it cannot be told.
	 * @param built the request factory
	 * @param httpClientField the field of Spring's JDK request factory that holds its
	 * client, if found
	 * @param wrappedField the field of Spring's wrapping request factories that holds
	 * the wrapped one, if found
	 */
	static void refuseFollowing(ClientHttpRequestFactory built, @Nullable Field httpClientField,
			@Nullable Field wrappedField) {
		List<ClientHttpRequestFactory> layers = RequestFactoryLayers.layers(built, wrappedField);
		ClientHttpRequestFactory requestFactory = layers.get(layers.size() - 1);
		if (requestFactory instanceof AbstractClientHttpRequestFactoryWrapper) {
			throw new InvalidTwilioConfigurationException("twilio.transport", null,
					"The request factory wrapped in the " + requestFactory.getClass().getName()
							+ " of the application's ClientHttpRequestFactoryBuilder cannot be read, so whether it "
							+ "is a JDK HttpClient that would send the Twilio credentials along to wherever a "
							+ "redirect points cannot be told",
					"Build the request factory without wrapping it. " + OTHER_TRANSPORT);
		}
		if (!(requestFactory instanceof JdkClientHttpRequestFactory)) {
			return;
		}
		HttpClient httpClient = read(httpClientField, requestFactory);
		if (httpClient == null) {
			throw new InvalidTwilioConfigurationException("twilio.transport", null,
					"The JDK HttpClient of the " + requestFactory.getClass().getName()
							+ " that the application's ClientHttpRequestFactoryBuilder built cannot be read, so "
							+ "whether it would send the Twilio credentials along to wherever a redirect points "
							+ "cannot be told",
					OTHER_TRANSPORT);
		}
		if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
			throw new InvalidTwilioConfigurationException("twilio.transport", null,
					"The JDK HttpClient of the application's ClientHttpRequestFactoryBuilder, or of its "
							+ "HttpClient customizer, follows redirects (" + httpClient.followRedirects()
							+ "), and would send the Twilio credentials along to wherever a redirect points",
					"Build the HttpClient with followRedirects(HttpClient.Redirect.NEVER), its default, and "
							+ "set no other redirect policy in a withHttpClientCustomizer(...): the Twilio client "
							+ "follows the redirects it needs itself, without the credentials. "
							+ "Or set twilio.transport=built-in.");
		}
	}

	private static @Nullable HttpClient read(@Nullable Field field, Object target) {
		return (RequestFactoryLayers.readField(field, target) instanceof HttpClient httpClient) ? httpClient : null;
	}

}
