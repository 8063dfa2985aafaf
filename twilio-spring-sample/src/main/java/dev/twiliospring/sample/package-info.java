/**
 * Sample application: an SMS bot, a voice menu and an outbound message API on Twilio.
 */
@NullMarked
package dev.twiliospring.sample;

import org.jspecify.annotations.NullMarked;
