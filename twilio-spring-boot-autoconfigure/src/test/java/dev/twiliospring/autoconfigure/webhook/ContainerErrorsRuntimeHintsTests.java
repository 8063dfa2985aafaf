package dev.twiliospring.autoconfigure.webhook;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the hints that the container error configurations contribute when processed
 * ahead of time for a native image.
 */
class ContainerErrorsRuntimeHintsTests {

	@Test
	void tomcatCanCreateTheErrorReportValveFromItsClassName() throws Exception {
		RuntimeHints hints = processAheadOfTime(TwilioWebhookAutoConfiguration.TomcatContainerErrorsConfiguration.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onConstructorInvocation(ProblemDetailErrorReportValve.class.getConstructor())).accepts(hints);
	}

	private static RuntimeHints processAheadOfTime(Class<?> configuration) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.register(configuration);
			TestGenerationContext generationContext = new TestGenerationContext();
			new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
			return generationContext.getRuntimeHints();
		}
	}

}
