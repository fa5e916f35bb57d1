package cn.zhuanban.schedule.engine;

/**
 * Resolved links as the request lists them, one entry per link in parallel arrays: predecessor and successor task
 * numbers (input order), {@link LinkType} ordinal and lag. {@link CpmPasses} groups them into a {@link LinkGraph}
 * once it knows the order the passes visit the tasks in, so the links are grouped only once.
 */
record LinkList(int[] from, int[] to, byte[] type, int[] lag) {

    int size() {
        return from.length;
    }
}
