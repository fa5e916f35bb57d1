package cn.zhuanban.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A meeting moved up one number for one planned before it (会议期数顺延) reads in the auditor's words: its day, its
 * number before and after, and the day its agenda's period begins, moved with it; the stored English summary stays.
 */
class MeetingRenumberedSummaryTests {

    static final SummaryReading reading = new SummaryReading(SummaryReadingTests.bundles(), RoleNames.NONE);

    @Test
    void aRenumberedMeetingReadsInChinese() {
        assertThat(reading.read("2026-12-07, number 2 → 3, since 2026-11-23 → 2026-12-02", "meeting", Locale.CHINA))
                .isEqualTo("2026-12-07 会议，期数 2 → 3，议程起算 2026-11-23 → 2026-12-02");
        assertThat(reading.read("2026-12-07, number 12 → 13", "meeting", Locale.CHINA))
                .isEqualTo("2026-12-07 会议，期数 12 → 13");
        assertThat(reading.read("2026-12-07, number 1 → 2, since null → 2026-12-02", "meeting", Locale.CHINA))
                .isEqualTo("2026-12-07 会议，期数 1 → 2，议程起算 — → 2026-12-02");
    }

    @Test
    void andInEnglishOnTheEnglishPage() {
        assertThat(reading.read("2026-12-07, number 2 → 3, since 2026-11-23 → 2026-12-02", "meeting", Locale.ENGLISH))
                .isEqualTo("meeting of 2026-12-07, number 2 → 3, agenda period from 2026-11-23 → 2026-12-02");
    }
}
