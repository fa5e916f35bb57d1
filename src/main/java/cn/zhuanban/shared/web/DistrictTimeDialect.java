package cn.zhuanban.shared.web;

import cn.zhuanban.shared.ClockConfiguration;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Pages show moments on the district's clock. Thymeleaf's own {@code #temporals} formats an {@code Instant} in the
 * server's zone, which is UTC on most servers: a step taken at 10:00 in the district read 02:00. This dialect's
 * {@code #temporals} takes its place (Thymeleaf asks the dialects added last first; Spring Boot adds dialect beans
 * after the standard one), the same object with the district's zone, so every template keeps writing
 * {@code #temporals.format(at, 'yyyy-MM-dd HH:mm')}. Dates ({@code LocalDate}) are unaffected.
 */
@Component
class DistrictTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "temporals";

    DistrictTimeDialect() {
        super("district-time");
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
                return NAME.equals(expressionObjectName)
                        ? new Temporals(context.getLocale(), ClockConfiguration.DISTRICT_ZONE)
                        : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
