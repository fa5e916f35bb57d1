package cn.zhuanban.ticket;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two titles are: the Dice coefficient of their character bigrams, which suits Chinese
 * titles (no spaces between words): "工地临时用电接入慢" and "临时用电接入迟迟未办" share most bigrams.
 */
final class TitleSimilarity {

    static final double THRESHOLD = 0.3;

    private TitleSimilarity() {}

    static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.strip().equalsIgnoreCase(b.strip()) ? 1 : 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        String t = s.toLowerCase().replaceAll("[\\s\\p{Punct}，。、！？：；（）“”]", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }
}
