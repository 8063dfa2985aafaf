/**
 * Auto-configuration that runs the Twilio emulator in tests and during development.
 */
@NullMarked
package dev.twiliospring.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
