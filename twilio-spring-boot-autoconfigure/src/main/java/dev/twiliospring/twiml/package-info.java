/**
 * Builders for TwiML voice, messaging and fax responses, encoded as UTF-8 once, when
 * they are built.
 */
@NullMarked
package dev.twiliospring.twiml;

import org.jspecify.annotations.NullMarked;
