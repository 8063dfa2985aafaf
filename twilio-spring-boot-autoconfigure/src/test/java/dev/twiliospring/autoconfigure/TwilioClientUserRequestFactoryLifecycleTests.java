package dev.twiliospring.autoconfigure;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.twiliospring.client.StubTwilioServer;
import dev.twiliospring.client.StubTwilioServer.Response;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.api.Account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the request factories that {@link TwilioAutoConfiguration} has a
 * {@link ClientHttpRequestFactoryBuilder} of the application's own, made with
 * {@link ClientHttpRequestFactoryBuilder#of(Supplier)}, supply: how often the supplier
 * runs and which of its request factories are closed, and when.
 * <p>
 * Spring Boot's RestClient auto-configuration is left out: its {@code RestClient.Builder}
 * bean takes a request factory of its own from the same builder, which the application
 * owns, so every request factory supplied here is one the Twilio client asked for.
 */
class TwilioClientUserRequestFactoryLifecycleTests {

	private static final String ACCOUNT_JSON = "{\"sid\": \"" + StubTwilioServer.ACCOUNT_SID
			+ "\", \"status\": \"active\", \"type\": \"Full\"}";

	private final StubTwilioServer server = StubTwilioServer.start();

	private final List<ClientHttpRequestFactory> supplied = new CopyOnWriteArrayList<>();

	private final List<ClientHttpRequestFactory> closed = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer(TestEnvironments::isolate)
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, TwilioAutoConfiguration.class))
		.withPropertyValues("twilio.account-sid=" + StubTwilioServer.ACCOUNT_SID,
				"twilio.auth-token=" + StubTwilioServer.AUTH_TOKEN, "twilio.base-url=" + this.server.baseUrl(),
				"twilio.transport=spring-boot");

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void supplierRunsOnceForARequestFactoryThatTakesTheTimeouts() {
		assertSupplierRunsOnceAndItsRequestFactoryClosesWithTheContext(ClosingSimpleRequestFactory::new);
	}

	@Test
	void supplierRunsOnceForARequestFactoryThatRefusesTheTimeouts() {
		assertSupplierRunsOnceAndItsRequestFactoryClosesWithTheContext(
				() -> new ClosingJdkRequestFactory(HttpClient.newHttpClient()));
	}

	private void assertSupplierRunsOnceAndItsRequestFactoryClosesWithTheContext(
			Supplier<ClientHttpRequestFactory> requestFactory) {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		withBuilderOf(requestFactory).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
				.isEqualTo(Account.Status.ACTIVE);
			assertThat(this.supplied).hasSize(1);
			assertThat(this.closed).isEmpty();
		});
		assertThat(this.closed).containsExactlyElementsOf(this.supplied);
	}

	@Test
	void requestFactoryWhoseJdkClientFollowsRedirectsIsClosedWhenItIsRefused() {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		withBuilderOf(() -> new ClosingJdkRequestFactory(following)).run((context) -> {
			assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidTwilioConfigurationException.class)
				.hasMessageContaining("follows redirects (NORMAL)");
			assertThat(this.supplied).hasSize(1);
			assertThat(this.closed).containsExactlyElementsOf(this.supplied);
		});
	}

	@Test
	void requestFactoryInsideABufferingOneClosesWithTheContext() {
		withBuilderOf(() -> new BufferingClientHttpRequestFactory(new ClosingSimpleRequestFactory()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(this.closed).isEmpty();
			});
		assertThat(this.closed).hasSize(1);
	}

	@Test
	void requestFactoryInsideOneThatFailsToCloseIsClosedStill() {
		ClosingSimpleRequestFactory inner = new ClosingSimpleRequestFactory();
		withBuilderOf(() -> new FailingToCloseBufferingRequestFactory(inner)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(this.closed).isEmpty();
		});
		assertThat(this.closed).containsExactly(inner);
	}

	@Test
	void apacheClientOfARequestFactoryInsideABufferingOneIsClosedWithTheContext() {
		CloseableHttpClient client = HttpClients.createDefault();
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		withBuilderOf(() -> new BufferingClientHttpRequestFactory(new HttpComponentsClientHttpRequestFactory(client)))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
					.isEqualTo(Account.Status.ACTIVE);
			});
		HttpGet get = new HttpGet(this.server.baseUrl() + "/2010-04-01/Accounts.json");
		assertThatIllegalStateException().isThrownBy(() -> client.execute(get, (response) -> response.getCode()))
			.withMessageContaining("shut down");
	}

	@Test
	void requestFactoryBeanOfTheApplicationIsClosedOnlyByItsContext() {
		ClosingSimpleRequestFactory shared = new ClosingSimpleRequestFactory();
		this.contextRunner.withBean("sharedRequestFactory", ClientHttpRequestFactory.class, () -> shared)
			.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class,
					() -> ClientHttpRequestFactoryBuilder.of(() -> shared))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(TwilioClient.class).close();
				assertThat(this.closed).isEmpty();
			});
		assertThat(this.closed).containsExactly(shared);
	}

	@Test
	void requestFactoryBeanOfAParentContextStillSendsAfterTheClientIsClosed() {
		try (GenericApplicationContext parent = new GenericApplicationContext()) {
			parent.registerBean("sharedRequestFactory", HttpComponentsClientHttpRequestFactory.class,
					() -> new HttpComponentsClientHttpRequestFactory(HttpClients.createDefault()));
			parent.refresh();
			HttpComponentsClientHttpRequestFactory shared = parent
				.getBean(HttpComponentsClientHttpRequestFactory.class);
			this.server.enqueue(Response.json(200, ACCOUNT_JSON));
			this.contextRunner.withParent(parent)
				.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class,
						() -> ClientHttpRequestFactoryBuilder.of(() -> shared))
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
						.isEqualTo(Account.Status.ACTIVE);
				});
			assertParentStillSends(RestClient.builder().requestFactory(shared).build());
		}
	}

	@Test
	void apacheClientBeanOfAParentContextStillSendsAfterTheClientIsClosed() {
		try (GenericApplicationContext parent = new GenericApplicationContext()) {
			parent.registerBean("sharedHttpClient", CloseableHttpClient.class, HttpClients::createDefault);
			parent.refresh();
			CloseableHttpClient shared = parent.getBean(CloseableHttpClient.class);
			this.server.enqueue(Response.json(200, ACCOUNT_JSON));
			withBuilderOf(() -> new HttpComponentsClientHttpRequestFactory(shared)).withParent(parent)
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(TwilioClient.class).accounts().fetch().status())
						.isEqualTo(Account.Status.ACTIVE);
				});
			assertParentStillSends(
					RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(shared)).build());
		}
	}

	@Test
	void refusedRequestFactoryBeanOfAParentContextIsLeftToItsContext() {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		try (GenericApplicationContext parent = new GenericApplicationContext()) {
			parent.registerBean("sharedRequestFactory", ClosingJdkRequestFactory.class,
					() -> new ClosingJdkRequestFactory(following));
			parent.refresh();
			ClosingJdkRequestFactory shared = parent.getBean(ClosingJdkRequestFactory.class);
			this.contextRunner.withParent(parent)
				.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class,
						() -> ClientHttpRequestFactoryBuilder.of(() -> new BufferingClientHttpRequestFactory(shared)))
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("follows redirects (NORMAL)"));
			assertThat(this.closed).isEmpty();
		}
		assertThat(this.closed).hasSize(1);
	}

	@Test
	void beanThatTheClientIsCreatedForIsNotAskedForAnEarlyReference() {
		EarlyReferences earlyReferences = new EarlyReferences();
		// As with spring.main.allow-circular-references=true, which exposes a bean early
		withBuilderOf(ClosingSimpleRequestFactory::new).withAllowCircularReferences(true)
			.withBean("earlyReferences", EarlyReferences.class, () -> earlyReferences)
			.withBean("twilioUser", TwilioUser.class)
			// The client is created for the bean that uses it, not on its own before
			.withInitializer((context) -> context.addBeanFactoryPostProcessor(
					(beanFactory) -> beanFactory.getBeanDefinition("twilioClient").setLazyInit(true)))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TwilioUser.class).twilioClient).isNotNull();
				assertThat(earlyReferences.names).doesNotContain("twilioUser");
			});
	}

	private void assertParentStillSends(RestClient restClient) {
		this.server.enqueue(Response.json(200, ACCOUNT_JSON));
		String body = restClient.get()
			.uri(this.server.baseUrl() + "/2010-04-01/Accounts/" + StubTwilioServer.ACCOUNT_SID + ".json")
			.retrieve()
			.body(String.class);
		assertThat(body).contains("active");
	}

	/**
	 * A context with a request factory builder bean of the application's own, whose
	 * supplier records the request factories it creates.
	 */
	private ApplicationContextRunner withBuilderOf(Supplier<ClientHttpRequestFactory> requestFactory) {
		ClientHttpRequestFactoryBuilder<?> builder = ClientHttpRequestFactoryBuilder.of(() -> {
			ClientHttpRequestFactory created = requestFactory.get();
			this.supplied.add(created);
			return created;
		});
		return this.contextRunner.withBean("userRequestFactoryBuilder", ClientHttpRequestFactoryBuilder.class,
				() -> builder);
	}

	/**
	 * A bean that is given the client after it is instantiated, while it is still in
	 * creation.
	 */
	static final class TwilioUser {

		@Nullable TwilioClient twilioClient;

		@Autowired
		void setTwilioClient(TwilioClient twilioClient) {
			this.twilioClient = twilioClient;
		}

	}

	/**
	 * Records the beans that are asked for an early reference to themselves, as a
	 * circular reference asks them.
	 */
	static final class EarlyReferences implements SmartInstantiationAwareBeanPostProcessor {

		final List<String> names = new CopyOnWriteArrayList<>();

		@Override
		public Object getEarlyBeanReference(Object bean, String beanName) {
			this.names.add(beanName);
			return bean;
		}

	}

	/**
	 * A request factory of the JDK's HTTP client that records when it is closed, as one
	 * that owns its client may close it.
	 */
	private final class ClosingJdkRequestFactory extends JdkClientHttpRequestFactory implements DisposableBean {

		ClosingJdkRequestFactory(HttpClient httpClient) {
			super(httpClient);
		}

		@Override
		public void destroy() {
			TwilioClientUserRequestFactoryLifecycleTests.this.closed.add(this);
		}

	}

	/**
	 * A buffering request factory whose closing fails, as one whose own resources
	 * cannot be released may.
	 */
	private static final class FailingToCloseBufferingRequestFactory extends BufferingClientHttpRequestFactory
			implements DisposableBean {

		FailingToCloseBufferingRequestFactory(ClientHttpRequestFactory requestFactory) {
			super(requestFactory);
		}

		@Override
		public void destroy() {
			throw new IllegalStateException("Cannot close");
		}

	}

	/**
	 * A request factory of {@code HttpURLConnection} that records when it is closed.
	 */
	private final class ClosingSimpleRequestFactory extends SimpleClientHttpRequestFactory
			implements AutoCloseable {

		@Override
		public void close() {
			TwilioClientUserRequestFactoryLifecycleTests.this.closed.add(this);
		}

	}

}
