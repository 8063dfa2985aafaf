package dev.twiliospring.client;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.twiliospring.client.lookups.PhoneNumberLookup;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the nullness that the client declares for the free-form JSON objects it reads,
 * such as a lookup's {@code pre_fill} or an error's {@code details}: Twilio writes
 * {@code null} members into them, so their values must be declared nullable, or a Kotlin
 * caller, which takes JSpecify at its word, gets a {@link NullPointerException} from code
 * the compiler accepted.
 */
class TwilioJsonObjectNullnessTests {

	@Test
	void twilioAnswersWithNullMembersInFreeFormObjects() {
		// Twilio's documented answer of a pre_fill and phone_number_quality_score lookup
		PhoneNumberLookup lookup = TwilioJson.createMapper()
			.readValue("{\"phone_number\":\"+14159929960\",\"valid\":true,"
					+ "\"phone_number_quality_score\":{\"quality_score\":0,\"error_code\":null},"
					+ "\"pre_fill\":{\"first_name\":\"John\",\"error_code\":null}}", PhoneNumberLookup.class);
		assertThat(lookup.preFill()).containsEntry("error_code", null);
		assertThat(lookup.phoneNumberQualityScore()).containsEntry("error_code", null);
	}

	@Test
	void everyObjectValueOfAResponseRecordIsDeclaredNullable() {
		List<String> undeclared = new ArrayList<>();
		for (Class<?> type : TwilioClientRuntimeHints.responseTypes()) {
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					collectNonNullObjects(component.getAnnotatedType(), type.getName() + "." + component.getName(),
							undeclared);
				}
			}
		}
		assertThat(undeclared).isEmpty();
	}

	@Test
	void errorDetailsValuesAreDeclaredNullable() throws NoSuchMethodException {
		List<String> undeclared = new ArrayList<>();
		collectNonNullObjects(TwilioApiException.class.getMethod("getDetails").getAnnotatedReturnType(),
				"TwilioApiException.getDetails()", undeclared);
		assertThat(undeclared).isEmpty();
	}

	@Test
	void errorDetailsKeepTheNullMembersOfTwilioAnswer() {
		TwilioErrors errors = new TwilioErrors(TwilioJson.createMapper(), "Basic secret");
		TwilioApiException ex = errors.toException(new RawResponse(400, new HttpHeaders(),
				"{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\",\"details\":{\"field\":\"To\",\"hint\":null}}"
					.getBytes(StandardCharsets.UTF_8)),
				TwilioRequest.post(TwilioDomain.API, "/2010-04-01/Accounts/{AccountSid}/Messages.json").build(), null,
				null);
		assertThat(ex.getDetails()).containsEntry("field", "To").containsEntry("hint", null);
	}

	private static void collectNonNullObjects(AnnotatedType type, String where, List<String> undeclared) {
		if (type instanceof AnnotatedParameterizedType parameterized) {
			for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
				if (argument.getType() == Object.class && !argument.isAnnotationPresent(Nullable.class)) {
					undeclared.add(where + ": " + parameterized.getType().getTypeName());
				}
				collectNonNullObjects(argument, where, undeclared);
			}
		}
		else if (type instanceof AnnotatedArrayType array) {
			collectNonNullObjects(array.getAnnotatedGenericComponentType(), where, undeclared);
		}
	}

}
