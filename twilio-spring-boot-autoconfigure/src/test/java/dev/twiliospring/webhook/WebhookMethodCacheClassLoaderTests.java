package dev.twiliospring.webhook;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;

import dev.twiliospring.RestartClassLoader;
import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook support's caches of handler methods and a restarted application's class
 * loader (Spring DevTools keeps library jars in its base class
 * loader and loads the application's classes in a restart class loader it drops on
 * every restart, after clearing Spring's own caches).
 */
class WebhookMethodCacheClassLoaderTests {

	@Test
	void controlWithoutTheStarterCachesTheRestartedLoaderIsCollected() throws Exception {
		WeakReference<ClassLoader> loader = useControllerOfARestartedApplication(false);
		clearSpringCachesAsDevToolsDoesAndCollect();
		assertThat(loader.get()).as("restart class loader").isNull();
	}

	@Test
	void staticCachesDoNotKeepTheRestartedLoader() throws Exception {
		WeakReference<ClassLoader> loader = useControllerOfARestartedApplication(true);
		clearSpringCachesAsDevToolsDoesAndCollect();
		assertThat(loader.get()).as("restart class loader, after the webhook support looked at its handler")
			.isNull();
	}

	private static WeakReference<ClassLoader> useControllerOfARestartedApplication(boolean starter)
			throws Exception {
		RestartClassLoader loader = new RestartClassLoader(WebhookMethodCacheClassLoaderTests.class.getClassLoader(),
				RestartedController.class);
		Class<?> type = loader.loadClass(RestartedController.class.getName());
		assertThat(type.getClassLoader()).isSameAs(loader);
		Object controller = type.getDeclaredConstructor().newInstance();
		Method method = type.getDeclaredMethod("sms", InboundMessage.class);
		HandlerMethod handler = new HandlerMethod(controller, method);
		handler.getMethodParameters();
		AnnotationUtils.findAnnotation(method, PostMapping.class);
		if (starter) {
			assertThat(TwilioWebhookRequestMatcher.isWebhookHandler(handler)).isTrue();
			assertThat(TwilioWebhookArgumentResolver.takesPayload(handler)).isTrue();
		}
		return new WeakReference<>(loader);
	}

	private static void clearSpringCachesAsDevToolsDoesAndCollect() throws InterruptedException {
		ReflectionUtils.clearCache();
		AnnotationUtils.clearCache();
		ResolvableType.clearCache();
		for (int i = 0; i < 10; i++) {
			System.gc();
			Thread.sleep(50);
		}
	}

	@TwilioWebhook
	public static class RestartedController {

		@PostMapping("/twilio/sms")
		public String sms(InboundMessage message) {
			return "ok";
		}

	}

}
