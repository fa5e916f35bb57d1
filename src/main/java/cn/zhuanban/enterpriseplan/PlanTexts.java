package cn.zhuanban.enterpriseplan;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a plan's texts may hold, in one place for the two forms that take them: {@link PlanForm} (an edit) and the new
 * plan's form, which adds the enterprise. Each is a composition of the standard constraints, so a refusal carries
 * their own codes and messages (必填项, 长度超出限制) as before; the forms had each repeated them.
 */
public final class PlanTexts {

    private PlanTexts() {}

    /** 企业现状: required, at most 4000 characters. */
    @Documented
    @Constraint(validatedBy = {})
    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.max-length}")
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Situation {
        String message() default "{validation.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** One of the other parts (诉求, 政策, 期待的成效): may stay empty, at most 4000 characters. */
    @Documented
    @Constraint(validatedBy = {})
    @Size(max = 4000, message = "{validation.max-length}")
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Part {
        String message() default "{validation.max-length}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** 修改说明: may stay empty, at most 500 characters. */
    @Documented
    @Constraint(validatedBy = {})
    @Size(max = 500, message = "{validation.max-length}")
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface ChangeNote {
        String message() default "{validation.max-length}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
