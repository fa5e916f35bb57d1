package cn.zhuanban.ticket.web;

import cn.zhuanban.ticket.MetricsRow;
import java.util.List;

/**
 * The red and black lists (红黑榜) of the ranked departments, best first: the top {@value #PLACES} on the red list
 * and the bottom {@value #PLACES} on the black one. With fewer than twice that many departments ranked each list
 * takes half of them (rounded down), so that no department is on both; with fewer than two there are no lists at
 * all, and the page says why instead of showing two empty cards.
 */
public record RankingLists(List<MetricsRow> red, List<MetricsRow> black, int ranked) {

    static final int PLACES = 3;

    static RankingLists of(List<MetricsRow> ranked) {
        int k = Math.min(PLACES, ranked.size() / 2);
        return new RankingLists(
                List.copyOf(ranked.subList(0, k)),
                List.copyOf(ranked.subList(ranked.size() - k, ranked.size())),
                ranked.size());
    }

    /** Too few departments ranked to put one on the red list without it being the bottom one as well. */
    public boolean tooFew() {
        return red.isEmpty();
    }
}
