package org.outsourcingdesk.platform.web.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.outsourcingdesk.kernel.CurrencyCode;

/** The annotated text is an ISO 4217 code of a real currency (null passes: combine with NotBlank). */
@Documented
@Constraint(validatedBy = CurrencyCodeConstraint.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CurrencyCodeConstraint {

    String message() default "must be an ISO 4217 currency code such as USD or EUR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CurrencyCodeConstraint, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CurrencyCode.isValid(value);
        }
    }
}
