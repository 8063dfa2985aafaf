package dev.twiliospring.test.autoconfigure;

import java.util.Map;
import java.util.WeakHashMap;

import dev.twiliospring.test.emulator.TwilioEmulator;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * {@link TestExecutionListener} that {@linkplain TwilioEmulator#reset() resets} the
 * {@link TwilioEmulator} beans of a test's application context after each test method,
 * so that a context cached across test methods and classes does not hand one test the
 * messages, calls and callbacks of another. Numbers and subaccounts are forgotten as
 * well, so a test adds the numbers it needs before it runs, in a {@code @BeforeEach}
 * method.
 * <p>
 * Test methods that run at the same time on one context, as JUnit's parallel execution
 * runs them, share its emulator: it is reset when the last of them is done, never under
 * a test that is still running.
 * <p>
 * A context that the test framework has not loaded is not loaded for this, and an
 * emulator bean that has not been created yet is not created. Set
 * {@code twilio.emulator.reset-after-each-test=false} to keep the emulator's state from
 * one test to the next.
 *
 * @since 1.0.0
 */
public class TwilioEmulatorResetTestExecutionListener extends AbstractTestExecutionListener {

	static final String RESET_AFTER_EACH_TEST_PROPERTY = "twilio.emulator.reset-after-each-test";

	/**
	 * The number of test methods running on each context, shared by the listeners of
	 * every test class, as a cached context is; guarded by itself.
	 */
	private static final Map<ApplicationContext, Integer> running = new WeakHashMap<>();

	/**
	 * Late, as Spring Boot orders its listener that resets mocks: after-test methods run
	 * in reverse order, so the emulator is reset before Spring closes a context that a
	 * test has dirtied.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			synchronized (running) {
				running.merge(testContext.getApplicationContext(), 1, Integer::sum);
			}
		}
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		// Held while resetting, so that a test that starts meanwhile waits for the reset
		// instead of losing the numbers it adds before it runs
		synchronized (running) {
			Integer others = running.computeIfPresent(context, (key, count) -> (count > 1) ? count - 1 : null);
			if (others == null
					&& context.getEnvironment().getProperty(RESET_AFTER_EACH_TEST_PROPERTY, Boolean.class, true)) {
				reset(context);
			}
		}
	}

	private static void reset(ApplicationContext context) {
		if (context instanceof ConfigurableApplicationContext configurable && configurable.isActive()) {
			ConfigurableListableBeanFactory beanFactory = configurable.getBeanFactory();
			for (String name : beanFactory.getBeanNamesForType(TwilioEmulator.class, false, false)) {
				// An emulator that nothing has asked for yet has nothing to forget
				if (beanFactory.getSingleton(name) instanceof TwilioEmulator emulator) {
					emulator.reset();
				}
			}
		}
		ApplicationContext parent = context.getParent();
		if (parent != null) {
			reset(parent);
		}
	}

}
