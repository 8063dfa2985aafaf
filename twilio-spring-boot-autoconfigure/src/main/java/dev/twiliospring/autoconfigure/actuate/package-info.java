/**
 * Auto-configuration for Twilio's actuator endpoint support: the info contributor and the
 * masking of credentials in the {@code env} and {@code configprops} endpoints.
 */
@NullMarked
package dev.twiliospring.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
