package cn.zhuanban.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every form binds to a record. When one input is no number or no date the record cannot take it, and Spring then
 * checks each other input on its own ({@code DataBinder} calls {@link SmartValidator#validateValue}), so that the form
 * comes back with all its mistakes at once. Spring Boot's own MVC validator does not pass that call on (its
 * {@code ValidatorAdapter} keeps the default, which refuses, and the binder takes the refusal for "no such field"): the
 * user saw the wrong number only, fixed it, and learnt of the empty name on the next save. This validator is the same
 * Bean Validation one and passes every call on; Boot uses it as is because it is no {@code jakarta.validation.Validator}
 * itself.
 */
@Configuration
class FormValidationConfiguration implements WebMvcConfigurer {

    private final SpringValidatorAdapter beanValidation;

    FormValidationConfiguration(jakarta.validation.Validator beanValidation) {
        this.beanValidation = beanValidation instanceof SpringValidatorAdapter adapter
                ? adapter
                : new SpringValidatorAdapter(beanValidation);
    }

    @Override
    public Validator getValidator() {
        return new EachValueValidator(beanValidation);
    }

    /** Passes every call on, {@code validateValue} too. */
    static final class EachValueValidator implements SmartValidator {

        private final SpringValidatorAdapter target;

        EachValueValidator(SpringValidatorAdapter target) {
            this.target = target;
        }

        @Override
        public boolean supports(Class<?> type) {
            return target.supports(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            this.target.validate(target, errors);
        }

        @Override
        public void validate(Object target, Errors errors, Object... validationHints) {
            this.target.validate(target, errors, validationHints);
        }

        @Override
        public void validateValue(
                Class<?> type, @Nullable String field, @Nullable Object value, Errors errors, Object... hints) {
            target.validateValue(type, field, value, errors, hints);
        }

        @Override
        public <T> @Nullable T unwrap(@Nullable Class<T> type) {
            return target.unwrap(type);
        }
    }
}
