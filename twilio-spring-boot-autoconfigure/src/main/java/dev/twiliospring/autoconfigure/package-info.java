/**
 * Auto-configuration for Twilio.
 */
@NullMarked
package dev.twiliospring.autoconfigure;

import org.jspecify.annotations.NullMarked;
