package dev.twiliospring.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring MVC handler, or every handler of a controller, as a Twilio webhook:
 * requests are only passed to it with a valid {@code X-Twilio-Signature}.
 * <p>
 * The check runs in {@link TwilioWebhookFilter}, before the handler or any argument
 * resolver reads the request, so the request body is read only once and within the
 * configured size limit. A functional endpoint is covered when the class of its
 * {@code HandlerFunction} is annotated, as {@link TwilioStatusCallbackHandler} is, or
 * its {@code handle} method, or when it is a method reference or lambda that captures an
 * object whose class, or one of whose methods, is annotated (every route to that object
 * is then a webhook); also behind a router's filters. A lambda that captures no such object is covered by path
 * patterns instead (the {@code twilio.webhook.paths} property).
 * <p>
 * Only Spring MVC (servlet) applications check signatures: a reactive (WebFlux)
 * application with an annotated handler fails to start.
 *
 * @since 1.0.0
 * @see TwilioWebhookFilter
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TwilioWebhook {

}
