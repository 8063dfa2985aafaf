/**
 * Test support for Twilio applications: SIDs, and the entry points of the
 * sub-packages.
 */
@NullMarked
package dev.twiliospring.test;

import org.jspecify.annotations.NullMarked;
