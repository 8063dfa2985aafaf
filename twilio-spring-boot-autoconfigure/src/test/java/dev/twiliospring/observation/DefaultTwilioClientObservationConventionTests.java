package dev.twiliospring.observation;

import java.util.ArrayList;
import java.util.List;

import dev.twiliospring.client.TwilioDomain;
import dev.twiliospring.client.TwilioException;
import dev.twiliospring.client.TwilioRequest;
import dev.twiliospring.client.TwilioRequestContext;
import dev.twiliospring.client.TwilioRequestContext.Outcome;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DefaultTwilioClientObservationConvention}.
 */
class DefaultTwilioClientObservationConventionTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

	private final DefaultTwilioClientObservationConvention convention = new DefaultTwilioClientObservationConvention();

	@Test
	void keyValuesAndContextualNameOfCallsWithTheSameValuesAreMadeOnce() {
		TwilioClientObservationContext first = context(HttpMethod.POST, MESSAGES, 201, null, "RQ1");
		TwilioClientObservationContext second = context(HttpMethod.POST, MESSAGES, 201, null, "RQ2");
		assertThat(this.convention.getContextualName(second)).isEqualTo("twilio POST " + MESSAGES)
			.isSameAs(this.convention.getContextualName(first));
		List<KeyValue> firstKeyValues = list(this.convention.getLowCardinalityKeyValues(first));
		List<KeyValue> secondKeyValues = list(this.convention.getLowCardinalityKeyValues(second));
		assertThat(secondKeyValues).hasSize(7);
		for (int i = 0; i < secondKeyValues.size(); i++) {
			assertThat(secondKeyValues.get(i)).isSameAs(firstKeyValues.get(i));
		}
		assertThat(this.convention.getHighCardinalityKeyValues(second))
			.containsExactly(KeyValue.of("request.id", "RQ2"), KeyValue.of("retries", "0"));
	}

	@Test
	void keyValuesAreThoseOfEachCall() {
		TwilioClientObservationContext created = context(HttpMethod.POST, MESSAGES, 201, null, "RQ1");
		TwilioClientObservationContext refused = context(HttpMethod.GET, "/v1/Services.json", 404, 20404, null);
		assertThat(this.convention.getLowCardinalityKeyValues(created)).containsExactly(KeyValue.of("domain", "api"),
				KeyValue.of("error.code", "none"), KeyValue.of("exception", "none"), KeyValue.of("method", "POST"),
				KeyValue.of("outcome", "SUCCESS"), KeyValue.of("status", "201"), KeyValue.of("uri", MESSAGES));
		assertThat(this.convention.getLowCardinalityKeyValues(refused)).containsExactly(KeyValue.of("domain", "api"),
				KeyValue.of("error.code", "20404"), KeyValue.of("exception", "none"), KeyValue.of("method", "GET"),
				KeyValue.of("outcome", "CLIENT_ERROR"), KeyValue.of("status", "404"),
				KeyValue.of("uri", "/v1/Services.json"));
		assertThat(this.convention.getContextualName(refused)).isEqualTo("twilio GET /v1/Services.json");
		assertThat(this.convention.getHighCardinalityKeyValues(refused)).containsExactly(KeyValue.of("retries", "0"));
	}

	@Test
	void everyStatusErrorCodeAndNumberOfRetriesHasItsOwnValue() {
		for (int status = 100; status < 600; status++) {
			TwilioClientObservationContext context = context(HttpMethod.GET, MESSAGES, status, 20000 + status, null);
			assertThat(this.convention.status(context).getValue()).isEqualTo(String.valueOf(status));
			assertThat(this.convention.errorCode(context).getValue()).isEqualTo(String.valueOf(20000 + status));
		}
		for (int retries = 0; retries < 40; retries++) {
			TwilioClientObservationContext context = context(HttpMethod.GET, MESSAGES, 503, null, null);
			for (int retry = 0; retry < retries; retry++) {
				context.getRequestContext().recordAttempt();
			}
			assertThat(this.convention.retries(context)).isEqualTo(KeyValue.of("retries", String.valueOf(retries)));
		}
	}

	@Test
	void valuesBeyondThoseKeptAreStillThoseOfTheCall() {
		for (int i = 0; i < 3000; i++) {
			String template = "/v1/Things" + i;
			TwilioClientObservationContext context = context(HttpMethod.GET, template, 200, null, null);
			assertThat(this.convention.uri(context)).isEqualTo(KeyValue.of("uri", template));
			assertThat(this.convention.getContextualName(context)).isEqualTo("twilio GET " + template);
		}
		for (int i = 0; i < 1500; i++) {
			HttpMethod method = HttpMethod.valueOf("M" + i);
			TwilioClientObservationContext context = context(method, MESSAGES, 200, null, null);
			assertThat(this.convention.method(context)).isEqualTo(KeyValue.of("method", "M" + i));
			assertThat(this.convention.getContextualName(context)).isEqualTo("twilio M" + i + " " + MESSAGES);
		}
	}

	@Test
	void exceptionIsNamedByItsClassOrByItsFullNameWhenAnonymous() {
		TwilioClientObservationContext named = context(HttpMethod.GET, MESSAGES, null, null, null);
		named.setError(new TwilioException("failed"));
		assertThat(this.convention.exception(named)).isEqualTo(KeyValue.of("exception", "TwilioException"));
		TwilioClientObservationContext anonymous = context(HttpMethod.GET, MESSAGES, null, null, null);
		RuntimeException error = new RuntimeException() {
		};
		anonymous.setError(error);
		assertThat(this.convention.exception(anonymous))
			.isEqualTo(KeyValue.of("exception", error.getClass().getName()));
		TwilioClientObservationContext recorded = context(HttpMethod.GET, MESSAGES, null, null, null);
		recorded.getRequestContext()
			.recordResult(Outcome.CONNECTION_ERROR, null, null, null, new IllegalStateException("lost"));
		assertThat(this.convention.exception(recorded)).isEqualTo(KeyValue.of("exception", "IllegalStateException"));
		assertThat(this.convention.status(recorded)).isEqualTo(KeyValue.of("status", "NONE"));
	}

	private static TwilioClientObservationContext context(HttpMethod method, String pathTemplate,
			@Nullable Integer status, @Nullable Integer errorCode, @Nullable String requestId) {
		TwilioRequestContext context = new TwilioRequestContext(
				TwilioRequest.method(method, TwilioDomain.API, pathTemplate).build(), "AC123");
		context.recordAttempt();
		if (status != null) {
			Outcome outcome = (status < 400) ? Outcome.SUCCESS : (status < 500) ? Outcome.CLIENT_ERROR
					: Outcome.SERVER_ERROR;
			context.recordResult(outcome, status, errorCode, requestId, null);
		}
		return new TwilioClientObservationContext(context);
	}

	private static List<KeyValue> list(KeyValues keyValues) {
		List<KeyValue> list = new ArrayList<>();
		keyValues.forEach(list::add);
		return list;
	}

}
