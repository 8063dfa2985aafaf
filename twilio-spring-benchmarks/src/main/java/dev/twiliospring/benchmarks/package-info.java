/**
 * JMH benchmarks and measurements that compare twilio-spring-boot with the official
 * Twilio Java SDK.
 */
@NullMarked
package dev.twiliospring.benchmarks;

import org.jspecify.annotations.NullMarked;
