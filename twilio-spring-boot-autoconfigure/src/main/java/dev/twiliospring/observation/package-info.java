/**
 * Micrometer observation support for Twilio REST calls and webhooks.
 */
@NullMarked
package dev.twiliospring.observation;

import org.jspecify.annotations.NullMarked;
