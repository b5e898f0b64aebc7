package io.tempora.provider.appointmenttype;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ServiceSnapshot;

/** A price: an amount with at most two decimals and an ISO 4217 currency code. */
@Schema(name = "Money")
public record MoneyAmount(
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(examples = "35.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {

    static MoneyAmount of(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyAmount(amount, currency);
    }

    ServiceSnapshot.Money toContract() {
        return new ServiceSnapshot.Money(amount, currency);
    }
}
