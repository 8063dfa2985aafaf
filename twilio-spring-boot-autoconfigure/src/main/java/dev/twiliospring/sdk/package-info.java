/**
 * Bridge for applications that use Twilio's own Java SDK: its HTTP requests go through a
 * {@code TwilioClient}, with that client's retries, timeouts and observation.
 */
@NullMarked
package dev.twiliospring.sdk;

import org.jspecify.annotations.NullMarked;
