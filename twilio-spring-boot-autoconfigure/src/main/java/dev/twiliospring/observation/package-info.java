/**
 * Micrometer observations and metrics for Twilio REST calls.
 */
@NullMarked
package dev.twiliospring.observation;

import org.jspecify.annotations.NullMarked;
