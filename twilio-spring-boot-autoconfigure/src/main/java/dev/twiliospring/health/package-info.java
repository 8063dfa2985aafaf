/**
 * Actuator support for Twilio: a health indicator that reports API reachability and
 * account status, and an info contributor.
 */
@NullMarked
package dev.twiliospring.health;

import org.jspecify.annotations.NullMarked;
