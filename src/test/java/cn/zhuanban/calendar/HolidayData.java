package cn.zhuanban.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The holiday-cn files of 2007–2027 shipped as test resources (MIT licence, see holiday-cn/LICENSE). */
public final class HolidayData {

    private static final List<DayException> ALL_DAYS = load();

    private HolidayData() {}

    public static List<DayException> allDays() {
        return ALL_DAYS;
    }

    public static HolidayCnJson.Year year(int year) {
        try (InputStream in = HolidayData.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no holiday file for " + year);
            }
            return HolidayCnJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DayException> load() {
        List<DayException> days = new ArrayList<>();
        for (int year = 2007; year <= 2027; year++) {
            days.addAll(year(year).days());
        }
        return List.copyOf(days);
    }
}
