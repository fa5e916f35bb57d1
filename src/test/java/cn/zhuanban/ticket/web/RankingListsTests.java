package cn.zhuanban.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.ticket.MetricsRow;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The red and black lists take the top and bottom three, half each when fewer are ranked, none below two. */
class RankingListsTests {

    @Test
    void sevenRankedPutTheTopThreeOnTheRedListAndTheBottomThreeOnTheBlackList() {
        RankingLists lists = RankingLists.of(departments(7));
        assertThat(labels(lists.red())).containsExactly("d1", "d2", "d3");
        assertThat(labels(lists.black())).containsExactly("d5", "d6", "d7");
        assertThat(lists.tooFew()).isFalse();
    }

    @Test
    void fewerThanSixRankedShareThemOutHalfEachSoThatNoneIsOnBoth() {
        RankingLists five = RankingLists.of(departments(5));
        assertThat(labels(five.red())).containsExactly("d1", "d2");
        assertThat(labels(five.black())).containsExactly("d4", "d5");
        RankingLists two = RankingLists.of(departments(2));
        assertThat(labels(two.red())).containsExactly("d1");
        assertThat(labels(two.black())).containsExactly("d2");
    }

    @Test
    void oneRankedDepartmentMakesNoListsAndSaysSo() {
        RankingLists one = RankingLists.of(departments(1));
        assertThat(one.red()).isEmpty();
        assertThat(one.black()).isEmpty();
        assertThat(one.tooFew()).isTrue();
        assertThat(one.ranked()).isEqualTo(1);
        assertThat(RankingLists.of(List.of()).tooFew()).isTrue();
    }

    private static List<MetricsRow> departments(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new MetricsRow("" + i, "d" + i, 10, 5, 5 - i % 5, 5, 0, 0, 0, 0, 10, 0, null))
                .toList();
    }

    private static List<String> labels(List<MetricsRow> rows) {
        return rows.stream().map(MetricsRow::label).toList();
    }
}
