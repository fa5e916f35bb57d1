package cn.zhuanban.schedule.engine;

/**
 * A dependency between two tasks.
 *
 * @param from predecessor key
 * @param to successor key
 * @param type FS, SS, FF or SF
 * @param lag working days, may be negative (a lead)
 */
public record Link(String from, String to, LinkType type, int lag) {

    public static Link fs(String from, String to) {
        return new Link(from, to, LinkType.FS, 0);
    }
}
