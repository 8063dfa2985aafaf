package dev.twiliospring.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.api.IncomingPhoneNumber;
import dev.twiliospring.client.api.Message;
import dev.twiliospring.client.lookups.PhoneNumberLookup;
import dev.twiliospring.client.token.AccessToken;
import dev.twiliospring.client.verify.Verification;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.http.HttpMethod;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioClientRuntimeHints}.
 */
class TwilioClientRuntimeHintsTests {

	/**
	 * Records of the client that describe what to send or how to route it, not what
	 * Twilio answers.
	 */
	private static final Set<Class<?>> NOT_READ_FROM_RESPONSES = Set.of(TwilioDomain.class);

	private final RuntimeHints hints = registeredHints();

	@Test
	void isRegisteredForAheadOfTimeProcessing() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(TwilioClientRuntimeHints.class);
	}

	@Test
	void registersTheMethodJacksonWritesAnAccessTokenWith() throws Exception {
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AccessToken.class.getMethod("toJwt")))
			.accepts(this.hints);
	}

	@Test
	void findsResponseTypesOfEveryApiThroughTheClient() {
		assertThat(TwilioClientRuntimeHints.responseTypes()).contains(Message.class, Message.Status.class,
				IncomingPhoneNumber.class, PhoneNumberLookup.class, PhoneNumberLookup.CallerName.class,
				Verification.class);
	}

	@Test
	void registersEveryResponseRecordForBindingByItsConstructorAndAccessors() {
		List<Class<?>> records = responseModelTypes().stream().filter(Class::isRecord).toList();
		assertThat(records).hasSizeGreaterThan(20);
		List<String> missing = new ArrayList<>();
		for (Class<?> record : records) {
			Constructor<?> constructor = canonicalConstructor(record);
			if (!RuntimeHintsPredicates.reflection().onConstructorInvocation(constructor).test(this.hints)) {
				missing.add("constructor of " + record.getName());
			}
			for (RecordComponent component : record.getRecordComponents()) {
				if (!RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()).test(this.hints)) {
					missing.add(record.getName() + "." + component.getName() + "()");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void registersEveryResponseEnumWithItsJsonCreator() throws NoSuchMethodException {
		List<Class<?>> enums = responseModelTypes().stream().filter(Class::isEnum).toList();
		assertThat(enums).hasSizeGreaterThan(20);
		assertThat(enums).filteredOn((type) -> !RuntimeHintsPredicates.reflection().onType(type).test(this.hints))
			.isEmpty();
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(Message.Status.class.getMethod("from", String.class))).accepts(this.hints);
	}

	@Test
	void registersTheJsonCreatorOfEveryResponseEnumThatTheClientLooksForByReflection() {
		List<Method> creators = new ArrayList<>();
		for (Class<?> type : responseModelTypes()) {
			if (type.isEnum()) {
				for (Method method : type.getDeclaredMethods()) {
					if (Modifier.isStatic(method.getModifiers()) && method.isAnnotationPresent(JsonCreator.class)) {
						creators.add(method);
					}
				}
			}
		}
		assertThat(creators).hasSizeGreaterThan(20);
		assertThat(creators)
			.filteredOn((creator) -> !RuntimeHintsPredicates.reflection().onMethodInvocation(creator).test(this.hints))
			.isEmpty();
	}

	@Test
	void registersTheStringFactoryOfValueTypesOutsideTheLibrary() throws NoSuchMethodException {
		assertThat(RuntimeHintsPredicates.reflection()
			.onMethodInvocation(HttpMethod.class.getMethod("valueOf", String.class))).accepts(this.hints);
	}

	@Test
	void registersTheVersionResource() {
		assertThat(RuntimeHintsPredicates.resource().forResource("dev/twiliospring/client/version.properties"))
			.accepts(this.hints);
		assertThat(TwilioClient.class.getResource("version.properties")).isNotNull();
	}

	@Test
	void registersTheShutdownOfTheJdkHttpClient() {
		assertThat(RuntimeHintsPredicates.reflection().onType(HttpClient.class)).accepts(this.hints);
		assertThat(this.hints.reflection().getTypeHint(HttpClient.class).methods())
			.anySatisfy((method) -> assertThat(method.getName()).isEqualTo("shutdownNow"));
	}

	/**
	 * Every public record, and every {@link TwilioEnum}, of the client's packages that
	 * is not a request: found by scanning the classes, independently of how the
	 * registrar finds them, so that a response type the client's API does not lead to
	 * fails here.
	 */
	private static List<Class<?>> responseModelTypes() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
				return true;
			}

		};
		scanner.addIncludeFilter((reader, factory) -> true);
		List<Class<?>> types = new ArrayList<>();
		URL mainClasses = TwilioClient.class.getProtectionDomain().getCodeSource().getLocation();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.twiliospring.client")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (mainClasses.equals(type.getProtectionDomain().getCodeSource().getLocation()) && isResponseModel(type)) {
				types.add(type);
			}
		}
		return types;
	}

	private static boolean isResponseModel(Class<?> type) {
		boolean model = (type.isRecord() && Modifier.isPublic(type.getModifiers()))
				|| (type.isEnum() && TwilioEnum.class.isAssignableFrom(type));
		Class<?> outermost = type;
		while (outermost.getEnclosingClass() != null) {
			outermost = outermost.getEnclosingClass();
		}
		return model && !NOT_READ_FROM_RESPONSES.contains(outermost) && !outermost.getSimpleName().endsWith("Request")
				&& !outermost.getPackageName().endsWith(".token");
	}

	private static Constructor<?> canonicalConstructor(Class<?> record) {
		Class<?>[] parameterTypes = Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return record.getDeclaredConstructor(parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RuntimeHints registeredHints() {
		RuntimeHints hints = new RuntimeHints();
		new TwilioClientRuntimeHints().registerHints(hints, TwilioClientRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
