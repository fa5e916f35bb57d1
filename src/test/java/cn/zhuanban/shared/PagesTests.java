package cn.zhuanban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTests {

    @Test
    void aListAsksForAtMostTwoHundredRowsWhateverTheAddressSays() {
        assertThat(PageQuery.of(3, 1_000_000).size()).isEqualTo(PageQuery.MAX_SIZE);
        assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
        assertThat(PageQuery.of(-2, 0).page()).isZero();
    }

    @Test
    void walkingALedgerTakesLargePagesSoAHundredThousandRowsAreFiftyQueries() {
        List<Integer> ledger = IntStream.range(0, 100_000).boxed().toList();
        List<PageQuery> asked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        Pages.each(
                q -> {
                    asked.add(q);
                    int from = (int) Math.min(q.offset(), ledger.size());
                    int to = Math.min(from + q.size(), ledger.size());
                    return new PageResult<>(ledger.subList(from, to), q.page(), q.size(), ledger.size());
                },
                seen::add);
        assertThat(seen).isEqualTo(ledger);
        assertThat(asked).hasSize(50).allMatch(q -> q.size() == PageQuery.WALK_SIZE);
    }

    @Test
    void noCallerGetsMoreThanAWalkingPage() {
        assertThat(new PageQuery(0, 1_000_000).size()).isEqualTo(PageQuery.WALK_SIZE);
    }
}
