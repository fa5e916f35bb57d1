package cn.zhuanban.shared.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #input} ({@link TypedInput}), which reads the binding of the refused form from the request.
 * Not {@code th:field}: it finds errors only under the name the template gives the form, and the controllers bind most
 * forms under another ({@code demandForm}) or show a record other than the bound one; a binding whose record could not
 * be built (a value that is no number) is even dropped from the model when the controller puts the form back in.
 */
@Component
class TypedInputDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "input";

    TypedInputDialect() {
        super("typed-input");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new TypedInput(
                        context.getVariable(TypedInput.REFUSED_BINDING) instanceof BindingResult binding
                                ? binding
                                : null);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
