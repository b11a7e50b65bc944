package org.outsourcingdesk.assessment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;

/** One exchange rate of a currency, valid from a date. */
@Entity
@Table(name = "assessment_exchange_rate")
@IdClass(ExchangeRateEntity.Key.class)
public class ExchangeRateEntity {

    @Id
    @Column(name = "currency")
    String currency;
    @Id
    @Column(name = "as_of")
    LocalDate asOf;
    @Column(name = "units_per_usd", nullable = false)
    BigDecimal unitsPerUsd;
    @Column(name = "set_by", nullable = false)
    String setBy;
    @Column(name = "set_at", nullable = false)
    OffsetDateTime setAt;

    protected ExchangeRateEntity() {
    }

    ExchangeRateEntity(String currency, LocalDate asOf) {
        this.currency = currency;
        this.asOf = asOf;
    }

    ExchangeRateView toView() {
        return new ExchangeRateView(currency, asOf, unitsPerUsd.stripTrailingZeros(), setBy, setAt.toInstant());
    }

    /** The key: currency and date. */
    public static class Key implements Serializable {
        private String currency;
        private LocalDate asOf;

        public Key() {
        }

        public Key(String currency, LocalDate asOf) {
            this.currency = currency;
            this.asOf = asOf;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(currency, key.currency) && Objects.equals(asOf, key.asOf);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, asOf);
        }
    }
}
