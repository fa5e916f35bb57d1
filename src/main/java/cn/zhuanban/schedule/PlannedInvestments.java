package cn.zhuanban.schedule;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * The planned investment of a project's months (万元) as its annual investment plan gives it: what a monthly target
 * shows where nobody typed a figure of its own (domain §4: a month's target includes that month's planned
 * investment). Implemented by the module that keeps the investment plan, which already depends on this one, so that
 * the figure is entered once and read here rather than copied.
 */
public interface PlannedInvestments {

    /** The planned amounts of the projects' months from {@code first} to {@code last}; months without one are absent. */
    Map<Long, Map<YearMonth, BigDecimal>> of(Collection<Long> projectIds, YearMonth first, YearMonth last);
}
