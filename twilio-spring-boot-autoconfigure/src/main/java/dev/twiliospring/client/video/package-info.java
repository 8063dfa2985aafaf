/**
 * Typed resources of Twilio Video ({@code video.twilio.com/v1}): rooms and their
 * participants.
 */
@NullMarked
package dev.twiliospring.client.video;

import org.jspecify.annotations.NullMarked;
