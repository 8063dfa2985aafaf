package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * A request factory that wraps others, such as one that buffers or intercepts its
 * requests, closing each of them that can be closed: the client closes the request
 * factory it sends with, but not one inside it, which holds the HTTP client. Only the
 * layers the client created are closed: not one the application gave it, a bean that
 * the application's own clients may send with and its context closes, nor any inside
 * that one, nor one that would close an HTTP client bean with it, as Spring's request
 * factory of Apache HttpClient closes the client it holds.
 */
final class RequestFactoryLayers implements ClientHttpRequestFactory, DisposableBean {

	static final @Nullable Field WRAPPED = ReflectionUtils.findField(AbstractClientHttpRequestFactoryWrapper.class,
			"requestFactory", ClientHttpRequestFactory.class);

	private static final boolean APACHE_CLIENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.classic.HttpClient", RequestFactoryLayers.class.getClassLoader());

	private final ClientHttpRequestFactory requestFactory;

	private final List<ClientHttpRequestFactory> created;

	private RequestFactoryLayers(ClientHttpRequestFactory requestFactory, List<ClientHttpRequestFactory> created) {
		this.requestFactory = requestFactory;
		this.created = created;
	}

	/**
	 * Return the request factory for the client to send with and close, which closes
	 * only the layers the client created.
	 * @param requestFactory the request factory
	 * @param given whether an object, a request factory or an HTTP client, is one the
	 * application gave and closes itself
	 * @return the request factory itself, if the client closes it alone, or one that
	 * sends with it and closes what the client created of it
	 */
	static ClientHttpRequestFactory owned(ClientHttpRequestFactory requestFactory, Predicate<Object> given) {
		List<ClientHttpRequestFactory> layers = layers(requestFactory, WRAPPED);
		List<ClientHttpRequestFactory> created = created(layers, given);
		return (layers.size() == 1 && created.size() == 1) ? requestFactory
				: new RequestFactoryLayers(requestFactory, created);
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return this.requestFactory.createRequest(uri, httpMethod);
	}

	@Override
	public void destroy() throws Exception {
		// A layer that fails to close still leaves the ones inside it, with the HTTP
		// client, to close
		Exception failure = null;
		for (ClientHttpRequestFactory layer : this.created) {
			try {
				if (layer instanceof DisposableBean disposable) {
					disposable.destroy();
				}
				else if (layer instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Close a request factory that cannot be used, with the ones inside it, but none
	 * that the application gave, adding any failure to close to the failure that
	 * refused it.
	 * @param requestFactory the request factory
	 * @param given whether an object is one the application gave
	 * @param failure why it cannot be used
	 */
	static void close(ClientHttpRequestFactory requestFactory, Predicate<Object> given, RuntimeException failure) {
		try {
			new RequestFactoryLayers(requestFactory, created(layers(requestFactory, WRAPPED), given)).destroy();
		}
		catch (Exception ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * Return the outer layers up to the first that was given or holds an HTTP client
	 * that was given: closing that one would close what the application still uses,
	 * and the layers inside it are the application's too.
	 */
	private static List<ClientHttpRequestFactory> created(List<ClientHttpRequestFactory> layers,
			Predicate<Object> given) {
		for (int i = 0; i < layers.size(); i++) {
			ClientHttpRequestFactory layer = layers.get(i);
			if (given.test(layer) || (APACHE_CLIENT && ApacheClient.isGiven(layer, given))) {
				return List.copyOf(layers.subList(0, i));
			}
		}
		return layers;
	}

	/**
	 * Return the request factory and each inside it in turn, as Boot finds the one
	 * that sends to set timeouts on, ending with a wrapping one if it cannot be read.
	 */
	static List<ClientHttpRequestFactory> layers(ClientHttpRequestFactory requestFactory,
			@Nullable Field wrappedField) {
		List<ClientHttpRequestFactory> layers = new ArrayList<>(2);
		ClientHttpRequestFactory layer = requestFactory;
		layers.add(layer);
		while (layer instanceof AbstractClientHttpRequestFactoryWrapper
				&& readField(wrappedField, layer) instanceof ClientHttpRequestFactory wrapped) {
			layer = wrapped;
			layers.add(layer);
		}
		return layers;
	}

	/**
	 * Return the value of a field of Spring's, or {@code null} if it is not there
	 * or cannot be read.
	 */
	static @Nullable Object readField(@Nullable Field field, Object target) {
		if (field == null || !field.getDeclaringClass().isInstance(target)) {
			return null;
		}
		try {
			ReflectionUtils.makeAccessible(field);
			return ReflectionUtils.getField(field, target);
		}
		catch (RuntimeException ex) {
			// Such as a native image without the field's reflection hint
			return null;
		}
	}

	/**
	 * Keeps Apache HttpClient types out of the class, which loads without them.
	 */
	private static final class ApacheClient {

		static boolean isGiven(ClientHttpRequestFactory layer, Predicate<Object> given) {
			// Spring's request factory closes the client it holds, created or given
			return layer instanceof HttpComponentsClientHttpRequestFactory httpComponents
					&& given.test(httpComponents.getHttpClient());
		}

	}

}
