/**
 * MockMvc request post-processors that sign requests as Twilio does.
 */
@NullMarked
package dev.twiliospring.test.web.servlet.request;

import org.jspecify.annotations.NullMarked;
