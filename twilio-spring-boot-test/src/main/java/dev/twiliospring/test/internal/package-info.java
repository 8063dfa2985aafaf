/**
 * Helpers that the test support's packages share; internal to twilio-spring-boot-test
 * and not for use by applications.
 */
@NullMarked
package dev.twiliospring.test.internal;

import org.jspecify.annotations.NullMarked;
