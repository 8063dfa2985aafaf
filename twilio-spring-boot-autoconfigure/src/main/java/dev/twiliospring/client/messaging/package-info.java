/**
 * Typed resources of Twilio's Messaging API ({@code messaging.twilio.com/v1}): messaging
 * services and their senders, US A2P 10DLC registrations, toll-free verifications and
 * deactivation reports.
 */
@NullMarked
package dev.twiliospring.client.messaging;

import org.jspecify.annotations.NullMarked;
