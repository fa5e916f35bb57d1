package cn.zhuanban.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A form's date within {@link SupportedDates}; an empty date passes (pair with {@code @NotNull} when required). */
@Documented
@Constraint(validatedBy = SupportedDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface SupportedDate {

    String message() default "{validation.supported-date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean validation's check behind the annotation. */
    final class Check implements ConstraintValidator<SupportedDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return SupportedDates.allows(value);
        }
    }
}
