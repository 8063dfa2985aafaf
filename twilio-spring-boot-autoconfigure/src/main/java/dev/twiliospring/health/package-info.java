/**
 * Health indicator that reports Twilio API reachability and account status.
 */
@NullMarked
package dev.twiliospring.health;

import org.jspecify.annotations.NullMarked;
