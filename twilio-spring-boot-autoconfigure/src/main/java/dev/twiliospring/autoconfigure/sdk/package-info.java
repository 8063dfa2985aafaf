/**
 * Auto-configuration of Twilio's Java SDK on top of the Spring Twilio client.
 */
@NullMarked
package dev.twiliospring.autoconfigure.sdk;

import org.jspecify.annotations.NullMarked;
