package dev.twiliospring.test.autoconfigure;

import dev.twiliospring.test.emulator.TwilioEmulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.test.context.TestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Tests for {@link TwilioEmulatorResetTestExecutionListener}.
 */
class TwilioEmulatorResetTestExecutionListenerTests {

	private static final String NUMBER = "+14155550199";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TwilioEmulatorAutoConfiguration.class))
		.withPropertyValues("twilio.emulator.enabled=true");

	private final TwilioEmulatorResetTestExecutionListener listener = new TwilioEmulatorResetTestExecutionListener();

	@Test
	void resetsTheEmulatorAfterEachTestMethod() {
		this.contextRunner.run((context) -> {
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			emulator.addIncomingNumber(NUMBER, null, null);
			this.listener.afterTestMethod(testContext(context));
			assertThat(emulator.incomingNumbers()).isEmpty();
		});
	}

	@Test
	void resetsTheEmulatorWhenTheLastOfTheTestsRunningAtTheSameTimeOnItsContextIsDone() {
		this.contextRunner.run((context) -> {
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			TestContext first = testContext(context);
			TestContext second = testContext(context);
			// Tests of two classes, each with its listener, run in parallel on one cached context
			TwilioEmulatorResetTestExecutionListener otherClass = new TwilioEmulatorResetTestExecutionListener();
			this.listener.beforeTestMethod(first);
			otherClass.beforeTestMethod(second);
			emulator.addIncomingNumber(NUMBER, null, null);
			this.listener.afterTestMethod(first);
			assertThat(emulator.incomingNumbers()).hasSize(1);
			otherClass.afterTestMethod(second);
			assertThat(emulator.incomingNumbers()).isEmpty();
			this.listener.beforeTestMethod(first);
			emulator.addIncomingNumber(NUMBER, null, null);
			this.listener.afterTestMethod(first);
			assertThat(emulator.incomingNumbers()).isEmpty();
		});
	}

	@Test
	void leavesTheEmulatorAloneWhenResetAfterEachTestIsFalse() {
		this.contextRunner.withPropertyValues("twilio.emulator.reset-after-each-test=false").run((context) -> {
			TwilioEmulator emulator = context.getBean(TwilioEmulator.class);
			emulator.addIncomingNumber(NUMBER, null, null);
			this.listener.afterTestMethod(testContext(context));
			assertThat(emulator.incomingNumbers()).hasSize(1);
		});
	}

	@Test
	void resetsTheEmulatorOfAParentContext() {
		this.contextRunner.run((parent) -> new ApplicationContextRunner().withParent(parent).run((child) -> {
			TwilioEmulator emulator = parent.getBean(TwilioEmulator.class);
			emulator.addIncomingNumber(NUMBER, null, null);
			this.listener.afterTestMethod(testContext(child));
			assertThat(emulator.incomingNumbers()).isEmpty();
		}));
	}

	@Test
	void neverLoadsAnApplicationContextThatIsNotLoaded() {
		TestContext testContext = mock(TestContext.class);
		given(testContext.hasApplicationContext()).willReturn(false);
		this.listener.afterTestMethod(testContext);
		then(testContext).should(never()).getApplicationContext();
	}

	@Test
	void neverStartsAnEmulatorThatIsNotCreatedYet() {
		new ApplicationContextRunner().withUserConfiguration(LazyEmulatorConfiguration.class).run((context) -> {
			this.listener.afterTestMethod(testContext(context));
			assertThat(context.getBeanFactory().containsSingleton("twilioEmulator")).isFalse();
		});
	}

	private static TestContext testContext(ApplicationContext context) {
		TestContext testContext = mock(TestContext.class);
		given(testContext.hasApplicationContext()).willReturn(true);
		given(testContext.getApplicationContext()).willReturn(context);
		return testContext;
	}

	@Configuration(proxyBeanMethods = false)
	static class LazyEmulatorConfiguration {

		@Bean(destroyMethod = "close")
		@Lazy
		TwilioEmulator twilioEmulator() {
			return TwilioEmulator.start();
		}

	}

}
