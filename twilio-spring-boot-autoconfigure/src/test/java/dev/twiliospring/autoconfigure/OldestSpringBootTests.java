package dev.twiliospring.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import dev.twiliospring.client.JsonAnswers;
import dev.twiliospring.client.Page;
import dev.twiliospring.client.TwilioClient;
import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the starter on Spring Boot 4.0.0, the oldest Boot it supports: its classes
 * run with the Spring Framework (7.0.1), Boot HTTP client support and Jackson (3.0.2)
 * jars of that release in place of the build's, which have API that those lack.
 */
class OldestSpringBootTests {

	private static final Path OLDEST_BOOT_JARS = Path.of("target", "oldest-boot");

	private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

	private HttpServer server;

	private URLClassLoader oldestBoot;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			String path = exchange.getRequestURI().getPath();
			// A newer API's list, whose items field meta.key names
			String json = path.endsWith("/v2/Services") ? "{\"services\":[{\"sid\":\"VA1\"}],\"meta\":{\"page\":0,"
					+ "\"page_size\":50,\"next_page_url\":null,\"key\":\"services\"}}"
					: "{\"sid\":\"" + ACCOUNT_SID + "\",\"status\":\"active\"}";
			JsonAnswers.ok(exchange, json);
		});
		this.server.start();
		this.oldestBoot = OldestBootClassLoader.create(getClass().getClassLoader());
	}

	@AfterEach
	void stop() throws IOException {
		this.server.stop(0);
		this.oldestBoot.close();
	}

	@Test
	void runsOnTheJarsOfSpringBoot400() throws Exception {
		Class<?> webClass = this.oldestBoot.loadClass("org.springframework.http.client.ClientHttpRequest");
		assertThat(webClass.getClassLoader()).isSameAs(this.oldestBoot);
		assertThat(webClass.getPackage().getImplementationVersion()).isEqualTo("7.0.1");
		assertThat(this.oldestBoot.loadClass(TwilioClient.class.getName()).getClassLoader()).isSameAs(this.oldestBoot);
	}

	@Test
	void callsThroughAProxySendWithTheJdkClient() {
		ProxySelector previous = ProxySelector.getDefault();
		ProxySelector.setDefault(ProxySelector.of(this.server.getAddress()));
		try {
			assertThat(probe(ProxiedAccountFetch.class, "http://twilio.test:8080")).isEqualTo(ACCOUNT_SID);
		}
		finally {
			ProxySelector.setDefault(previous);
		}
	}

	@Test
	void readsAListPageWhoseItemsFieldMetaKeyNames() {
		assertThat(probe(MetaKeyPage.class, baseUrl())).isEqualTo("[VA1]");
	}

	@Test
	void decidesOnBootsTransportWithBootsHttpClientSettings() {
		assertThat(probe(BootTransportChoice.class, "")).isEqualTo("false");
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@SuppressWarnings("unchecked")
	private String probe(Class<? extends Function<String, String>> probe, String argument) {
		try {
			// Another runtime package than this class's, being another class loader's
			Constructor<?> constructor = this.oldestBoot.loadClass(probe.getName()).getDeclaredConstructor();
			constructor.setAccessible(true);
			return ((Function<String, String>) constructor.newInstance()).apply(argument);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static TwilioClient client(String baseUrl) {
		return TwilioClient.builder()
			.accountSid(ACCOUNT_SID)
			.authToken("twilio-auth-token")
			.baseUrl(URI.create(baseUrl))
			.maxRetries(0)
			.build();
	}

	/**
	 * Fetches the account through the JVM's proxy, which the JDK client transport sends to.
	 */
	static final class ProxiedAccountFetch implements Function<String, String> {

		@Override
		public String apply(String baseUrl) {
			try (TwilioClient client = client(baseUrl)) {
				return client.accounts().fetch().sid();
			}
		}

	}

	/**
	 * Reads a page whose items are not where the caller said, but where its
	 * {@code meta.key} says.
	 */
	static final class MetaKeyPage implements Function<String, String> {

		@Override
		@SuppressWarnings("rawtypes")
		public String apply(String baseUrl) {
			try (TwilioClient client = client(baseUrl)) {
				Page<Map> page = client.page(TwilioRequest.get(TwilioDomain.VERIFY, "/v2/Services").build(), "items",
						Map.class);
				return page.items().stream().map((item) -> item.get("sid")).toList().toString();
			}
		}

	}

	/**
	 * Asks whether Boot's transport is wanted with Boot's default HTTP client settings.
	 */
	static final class BootTransportChoice implements Function<String, String> {

		@Override
		public String apply(String ignored) {
			return String.valueOf(TwilioAutoConfiguration.TwilioHttpClientConfiguration.useBootTransport(
					TwilioProperties.Transport.AUTO, ClientHttpRequestFactoryBuilder.jdk(), false,
					HttpClientSettings.defaults(), new StandardEnvironment()));
		}

	}

	/**
	 * Loads the starter's classes, and these tests' probes, with the jars of Spring Boot
	 * 4.0.0 before anything else: a package that those jars have is never looked for in
	 * the build's newer versions of them.
	 */
	static final class OldestBootClassLoader extends URLClassLoader {

		private final Set<String> oldestBootPackages;

		private OldestBootClassLoader(URL[] urls, Set<String> oldestBootPackages, ClassLoader parent) {
			super(urls, parent);
			this.oldestBootPackages = oldestBootPackages;
		}

		static OldestBootClassLoader create(ClassLoader parent) throws IOException {
			List<URL> urls = new ArrayList<>();
			urls.add(Path.of("target", "classes").toUri().toURL());
			urls.add(Path.of("target", "test-classes").toUri().toURL());
			Set<String> packages = new HashSet<>();
			List<Path> jars;
			try (Stream<Path> files = Files.list(OLDEST_BOOT_JARS)) {
				jars = files.filter((file) -> file.toString().endsWith(".jar")).toList();
			}
			assertThat(jars).as("jars of Spring Boot 4.0.0 in " + OLDEST_BOOT_JARS).hasSize(4);
			for (Path jar : jars) {
				urls.add(jar.toUri().toURL());
				try (JarFile file = new JarFile(jar.toFile())) {
					file.stream()
						.map(JarEntry::getName)
						.filter((name) -> name.endsWith(".class") && name.indexOf('/') > 0)
						.forEach((name) -> packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.')));
				}
			}
			return new OldestBootClassLoader(urls.toArray(URL[]::new), packages, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			int dot = name.lastIndexOf('.');
			String packageName = (dot > 0) ? name.substring(0, dot) : "";
			if (!name.startsWith("dev.twiliospring.") && !this.oldestBootPackages.contains(packageName)) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					loaded = findClass(name);
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}

	}

}
