package dev.twiliospring.webhook;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working state of a {@link TwilioSignatureValidator} (keyed HMAC state derived from
 * the auth tokens, buffers, classes of the application) belongs to the validator: a
 * pooled thread that served a validation does not keep it once the validator is gone,
 * as it would after a token rotation, a context refresh or an undeploy.
 */
class TwilioSignatureValidatorLifecycleTests {

	private static final String URL = "https://example.com/twilio/sms";

	private static final String TOKEN = "old-auth-token-0123456789abcdef";

	@Test
	void workingStateIsReleasedWithTheValidator() throws Exception {
		ExecutorService worker = Executors.newSingleThreadExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "pooled-worker");
			thread.setDaemon(true);
			return thread;
		});
		try {
			WeakReference<?>[] references = validateOnPooledThread(worker);
			for (int i = 0; i < 20 && (references[0].get() != null || references[1].get() != null); i++) {
				System.gc();
				Thread.sleep(50);
			}
			assertThat(references[0].get()).as("the validator").isNull();
			assertThat(references[1].get()).as("its working state, after the pooled thread served it").isNull();
		}
		finally {
			worker.shutdownNow();
		}
	}

	@Test
	void validationsOnOneThreadReuseTheWorkingState() throws Exception {
		TwilioSignatureValidator validator = TwilioSignatureValidator.of(TOKEN);
		Map<String, List<String>> form = Map.of("Body", List.of("hello"));
		String signature = TwilioSignatureValidator.computeSignature(TOKEN, URL, form);
		assertThat(validator.validate(URL, form, signature).isValid()).isTrue();
		Object first = idleSigner(validator);
		assertThat(validator.validate(URL, form, signature).isValid()).isTrue();
		assertThat(idleSigner(validator)).isNotNull().isSameAs(first);
	}

	private static WeakReference<?>[] validateOnPooledThread(ExecutorService worker) throws Exception {
		TwilioSignatureValidator validator = TwilioSignatureValidator.of(TOKEN);
		Map<String, List<String>> form = Map.of("Body", List.of("hello"), "From", List.of("+15005550006"));
		String signature = TwilioSignatureValidator.computeSignature(TOKEN, URL, form);
		boolean valid = worker.submit(() -> validator.validate(URL, form, signature).isValid()).get();
		assertThat(valid).isTrue();
		Object signer = idleSigner(validator);
		assertThat(signer).as("the signer the validation put back").isNotNull();
		return new WeakReference<?>[] { new WeakReference<>(validator), new WeakReference<>(signer) };
	}

	private static Object idleSigner(TwilioSignatureValidator validator) throws ReflectiveOperationException {
		Field field = TwilioSignatureValidator.class.getDeclaredField("idleSigners");
		field.setAccessible(true);
		AtomicReferenceArray<?> idle = (AtomicReferenceArray<?>) field.get(validator);
		Object found = null;
		for (int i = 0; i < idle.length(); i++) {
			if (idle.get(i) != null) {
				assertThat(found).as("one idle signer").isNull();
				found = idle.get(i);
			}
		}
		return found;
	}

}
