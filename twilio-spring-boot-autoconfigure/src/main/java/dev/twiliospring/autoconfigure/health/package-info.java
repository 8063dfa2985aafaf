/**
 * Auto-configuration for the Twilio health indicator.
 */
@NullMarked
package dev.twiliospring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
