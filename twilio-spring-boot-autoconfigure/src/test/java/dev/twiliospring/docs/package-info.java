/**
 * Tests that keep the README's examples true.
 */
@NullMarked
package dev.twiliospring.docs;

import org.jspecify.annotations.NullMarked;
