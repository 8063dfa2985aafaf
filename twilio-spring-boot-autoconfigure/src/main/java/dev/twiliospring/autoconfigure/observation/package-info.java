/**
 * Auto-configuration for Micrometer observations and metrics of Twilio calls.
 */
@NullMarked
package dev.twiliospring.autoconfigure.observation;

import org.jspecify.annotations.NullMarked;
