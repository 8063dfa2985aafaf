package dev.twiliospring.client.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The balance of an account.
 *
 * @param accountSid the SID of the account
 * @param balance the balance, in {@code currency}
 * @param currency the currency of the balance, such as {@code USD}
 * @since 1.0.0
 */
public record Balance(@JsonProperty("account_sid") @Nullable String accountSid,
		@JsonProperty("balance") @Nullable BigDecimal balance, @JsonProperty("currency") @Nullable String currency) {

}
