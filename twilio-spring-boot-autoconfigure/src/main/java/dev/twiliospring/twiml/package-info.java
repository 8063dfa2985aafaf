/**
 * Builders for TwiML voice, messaging and fax responses, encoded as UTF-8 once, when
 * they are built.
 * <p>
 * A character that XML 1.0 cannot carry (a C0 control character other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF or an unpaired surrogate) is rejected with a
 * {@link dev.twiliospring.twiml.TwimlException} when the text or attribute value is
 * given, so that no builder writes a document that is not well-formed. Text from outside
 * the application, such as an incoming message that the application echoes, goes through
 * {@link dev.twiliospring.twiml.TwimlText#replaceInvalidCharacters(String)} first, which
 * replaces each such character with U+FFFD.
 */
@NullMarked
package dev.twiliospring.twiml;

import org.jspecify.annotations.NullMarked;
