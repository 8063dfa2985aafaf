/**
 * Spring-native Twilio REST client: a thread-safe {@code TwilioClient}, typed resources, paging, errors and retries.
 */
@NullMarked
package dev.twiliospring.client;

import org.jspecify.annotations.NullMarked;
