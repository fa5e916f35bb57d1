package cn.zhuanban.project;

/** How many of the projects a user sees carry each status light. */
public record LightCounts(long green, long yellow, long red) {

    public long total() {
        return green + yellow + red;
    }
}
