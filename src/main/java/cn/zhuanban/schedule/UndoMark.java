package cn.zhuanban.schedule;

import java.util.function.Supplier;

/**
 * Marks the audit summary of an edit that undoes a user's last change to a cell ({@link PlanCellUndo}) as 撤销, so that
 * the audit log tells an undo from an ordinary change ({@code 撤销：A duration: 5 → 3}). The undo goes through the
 * cell's own edit, which writes the summary; the mark is held for the thread while that edit runs and taken by the
 * first summary written, so that a plan edit a listener makes in turn (in the same thread) is not marked with it.
 */
final class UndoMark {

    static final String PREFIX = "撤销：";

    private static final ThreadLocal<Boolean> UNDOING = new ThreadLocal<>();

    private UndoMark() {}

    /** Runs an undo's edit with its summary marked. */
    static <T> T undoing(Supplier<T> edit) {
        UNDOING.set(Boolean.TRUE);
        try {
            return edit.get();
        } finally {
            UNDOING.remove();
        }
    }

    /** The summary of the edit being saved: marked when it is an undo's, which uses the mark up. */
    static String summary(String text) {
        if (UNDOING.get() == null) {
            return text;
        }
        UNDOING.remove();
        return PREFIX + text;
    }
}
