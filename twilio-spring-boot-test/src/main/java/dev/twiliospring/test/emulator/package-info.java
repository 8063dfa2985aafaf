/**
 * A local stand-in for Twilio's REST API that runs in the test's JVM and calls the
 * application's webhooks as Twilio does.
 */
@NullMarked
package dev.twiliospring.test.emulator;

import org.jspecify.annotations.NullMarked;
