/**
 * Twilio access tokens: signed JWTs that let browser and mobile SDKs (Voice, Video,
 * Conversations, Sync) connect to Twilio as an identity of your application.
 */
@NullMarked
package dev.twiliospring.client.token;

import org.jspecify.annotations.NullMarked;
