package cn.zhuanban.dashboard.search;

import java.util.List;

/**
 * What one ledger found for a search: its title (message key), how many match in the user's scope, the ledger's own
 * list filtered by the same words, and the first few matches.
 */
public record SearchSection(String titleKey, long count, String more, List<Hit> hits) {

    /** A match: what it is called, where it opens, and a line of context. */
    public record Hit(String label, String link, String note) {}
}
