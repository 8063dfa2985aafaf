/**
 * Endpoints that exist only for load tests, active under the {@code bench} profile.
 */
@NullMarked
package dev.twiliospring.sample.bench;

import org.jspecify.annotations.NullMarked;
