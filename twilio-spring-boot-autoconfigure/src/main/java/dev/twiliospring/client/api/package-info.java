/**
 * Typed resources of Twilio's 2010-04-01 REST API: records, request builders and
 * operations, built on the generic {@code TwilioClient} request API.
 */
@NullMarked
package dev.twiliospring.client.api;

import org.jspecify.annotations.NullMarked;
