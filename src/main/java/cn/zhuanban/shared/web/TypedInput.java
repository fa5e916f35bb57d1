package cn.zhuanban.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@code #input} in templates: what an input of a refused form shows. A value that is no number or no date has no
 * place in the form's record (the record holds {@code null} there), so an input that read the record came back empty,
 * or with the value the page puts in an empty one, beside the message naming what was typed: the user typed it again.
 * Such an input reads {@code th:value="${#input.value('amount', form.amount())}"}: the text the user typed when the
 * field was refused (the binding keeps it), else the value the template gives. {@code th:value} and {@code th:text}
 * escape it as they do any value.
 *
 * <p>The binding is the one {@link FormErrors#of(BindingResult)} turned into the messages, so it does not matter
 * under which name the controller bound the form. A page with two forms whose inputs share a name names the form
 * as bound ({@code #input.value('dayForm', 'name', dayForm.name())}), so the other form's input keeps its own value.
 */
public final class TypedInput {

    static final String REFUSED_BINDING = TypedInput.class.getName() + ".REFUSED_BINDING";

    private final @Nullable BindingResult refused;

    TypedInput(@Nullable BindingResult refused) {
        this.refused = refused;
    }

    /** What the user typed into {@code field} when it was refused, else {@code shown}. */
    public @Nullable Object value(String field, @Nullable Object shown) {
        return refused == null ? shown : typedOr(refused, field, shown);
    }

    /** The same, for the form bound as {@code form} only. */
    public @Nullable Object value(String form, String field, @Nullable Object shown) {
        return refused == null || !refused.getObjectName().equals(form) ? shown : typedOr(refused, field, shown);
    }

    /** Keeps the binding of a refused form for the page that shows the form again. */
    static void remember(BindingResult binding) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && binding.hasFieldErrors()) {
            request.setAttribute(REFUSED_BINDING, binding, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * The rejected text of a field with an error. A form whose record could not be built is in the model as
     * {@code null} under the name it was bound as ({@code followUpForm?.summary()} was empty beside a mistyped date),
     * so its other fields come from the binding too, which keeps them; a field left empty keeps the page's value
     * ({@code ?: today}).
     */
    private static @Nullable Object typedOr(BindingResult binding, String field, @Nullable Object shown) {
        boolean unbuilt = binding.getTarget() == null && binding.getFieldType(field) != null;
        if (!binding.hasFieldErrors(field) && !unbuilt) {
            return shown;
        }
        Object typed = binding.getFieldValue(field);
        if (typed instanceof Object[] values && values.length == 1) {
            typed = values[0];
        }
        return typed == null && !binding.hasFieldErrors(field) ? shown : typed;
    }
}
