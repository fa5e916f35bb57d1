package cn.zhuanban.schedule.web;

import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.schedule.BattleMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The wall chart's filters and first month, as the page and its Excel download take them from the address; {@code q}
 * is part of a project's name.
 *
 * @param ignored the filters of the address that named nothing (level=BOGUS, from=2027-13), as {@code name=value}:
 *     the chart is drawn without them and says so, rather than answering the general 400 page
 */
record WallQuery(
        ProjectLevel level,
        ProjectStage stage,
        Long leadOfficialId,
        Long chainId,
        Long chainNodeId,
        YearMonth from,
        String name,
        List<String> ignored) {

    private static final int VALUE_SHOWN = 40;

    /** The filters of an address; one that cannot be read is left out and listed in {@link #ignored()}. */
    static WallQuery of(Map<String, String> params) {
        List<String> ignored = new ArrayList<>();
        Reader read = new Reader(params, ignored);
        return new WallQuery(
                read.value("level", v -> ProjectLevel.valueOf(v.toUpperCase(Locale.ROOT))),
                read.value("stage", v -> ProjectStage.valueOf(v.toUpperCase(Locale.ROOT))),
                read.value("leadOfficialId", Long::valueOf),
                read.value("chainId", Long::valueOf),
                read.value("chainNodeId", Long::valueOf),
                read.value("from", WallQuery::month),
                read.value("q", v -> v),
                List.copyOf(ignored));
    }

    BattleMap.WallFilter filter() {
        return new BattleMap.WallFilter(level, stage, leadOfficialId, chainId, chainNodeId, name);
    }

    /** The month the chart starts with: the one asked for, else the current one. */
    YearMonth first(LocalDate today) {
        return from != null ? from : YearMonth.from(today);
    }

    /** A month the calendars can hold (the years the plan's dates may take), as the month field sends it. */
    private static YearMonth month(String value) {
        YearMonth month = YearMonth.parse(value);
        if (!cn.zhuanban.shared.SupportedDates.allows(month.atDay(1))) {
            throw new DateTimeParseException("month out of range", value, 0);
        }
        return month;
    }

    private record Reader(Map<String, String> params, List<String> ignored) {

        <T> T value(String name, Function<String, T> parse) {
            String raw = params.get(name);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parse.apply(raw.strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                String shown = raw.length() > VALUE_SHOWN ? raw.substring(0, VALUE_SHOWN) + "…" : raw;
                ignored.add(name + "=" + shown);
                return null;
            }
        }
    }
}
