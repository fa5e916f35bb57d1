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
import java.math.BigDecimal;

/**
 * A form's money amount that the columns hold ({@link Amounts}); no amount passes (pair with {@code @NotNull} when
 * required) and so does a negative one (pair with {@code @PositiveOrZero} where it makes no sense).
 */
@Documented
@Constraint(validatedBy = Amount.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "{validation.money}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean validation's check behind the annotation. */
    final class Check implements ConstraintValidator<Amount, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return Amounts.fits(value);
        }
    }
}
