/**
 * Typed resources of Twilio Lookup ({@code lookups.twilio.com/v2}): phone number
 * validation and data packages such as line type intelligence, caller name and SIM swap.
 */
@NullMarked
package dev.twiliospring.client.lookups;

import org.jspecify.annotations.NullMarked;
