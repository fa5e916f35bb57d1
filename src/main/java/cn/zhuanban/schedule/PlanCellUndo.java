package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProjectPlan;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undo of the last change a user made to a cell of the plan table. Before an edit the cell's value is read
 * ({@link #before}); once the edit is saved the page keeps it for that user with the version the edit left
 * ({@link Change#madeOn}), and an undo puts the value back through the cell's own edit, so it is validated,
 * rescheduled and audited as any change (its summary marked 撤销). It is made on that version: if the plan changed since, by anyone or by the
 * user's next edit, the undo is refused as an edit on a stale version is, and changes nothing. A plan has one version
 * for all its rows (it is saved as one), so a change to another row ends the undo too: it would reschedule on a plan
 * the user did not see.
 */
@Service
@Transactional
public class PlanCellUndo {

    /** The cells of a row that an undo can take back (named in messages as {@code plan.undo.cell.NAME} and so on). */
    public enum Cell {
        NAME,
        DEPARTMENT,
        STAGE,
        DURATION,
        PREDECESSORS,
        CONSTRAINT,
        TARGET
    }

    /**
     * What a cell of a row held, read on {@code version} of the plan of project {@code projectId} for user
     * {@code userId}: {@code value} is the text (a duration in digits, a constraint's type), {@code date} a
     * constraint's or target's date; {@code place} the row's index in the plan for a stage (a row given another stage
     * moves to the end of that stage's rows, so its undo must know where it stood), null for other cells and in a
     * change kept before places were (an undo then puts it at the end of its old stage). Serializable, as it is kept in
     * the user's session.
     */
    public record Change(
            long projectId,
            long userId,
            String key,
            Cell cell,
            String value,
            LocalDate date,
            int version,
            Integer place)
            implements Serializable {

        /** The same value, now as the one an edit replaced and that edit's resulting {@code version}. */
        public Change madeOn(int after) {
            return new Change(projectId, userId, key, cell, value, date, after, place);
        }
    }

    private final PlanManagement plans;
    private final PlanTableEditing table;
    private final PlanRowEditing rows;

    PlanCellUndo(PlanManagement plans, PlanTableEditing table, PlanRowEditing rows) {
        this.plans = plans;
        this.table = table;
        this.rows = rows;
    }

    /**
     * The value of a cell as stored now, in the plan of a project the user may see; null without a stored plan or
     * such a row (nothing to take back: the edit itself says what is wrong).
     */
    @Transactional(readOnly = true)
    public Change before(long projectId, CurrentUser user, String key, Cell cell) {
        ProjectPlan plan = plans.stored(projectId, user);
        PlanRow row = plan.getVersion() == null ? null : plan.find(key);
        if (row == null) {
            return null;
        }
        String value = switch (cell) {
            case NAME -> row.name();
            case DEPARTMENT -> row.department();
            case STAGE -> row.parentKey();
            case DURATION -> Integer.toString(row.duration());
            case PREDECESSORS -> predecessors(plan, key);
            case CONSTRAINT -> row.constraintType();
            case TARGET -> null;
        };
        LocalDate date = cell == Cell.CONSTRAINT || cell == Cell.TARGET ? row.constraintDate() : null;
        Integer place = cell == Cell.STAGE ? plan.getRows().indexOf(row) : null;
        return new Change(projectId, user.id(), key, cell, value, date, plan.getVersion(), place);
    }

    /**
     * Puts back the value a change replaced, through the cell's own edit made on the version that change left: a plan
     * changed since is refused ({@link org.springframework.dao.OptimisticLockingFailureException}), as is a change
     * another user made or one of another plan, which no page of this user's offers. The audit log marks it as an undo
     * ({@link UndoMark}: {@code 撤销：A duration: 5 → 3}). A stage taken back puts the row where it stood, not at
     * the end of its old stage's rows: the undo is made on the version the change left, so that place is the same.
     */
    public PlanSheet undo(long projectId, CurrentUser user, Change change) {
        if (change.projectId() != projectId || change.userId() != user.id()) {
            throw new IllegalArgumentException("not this user's change to this plan");
        }
        long id = projectId;
        int on = change.version();
        String key = change.key();
        String value = change.value();
        return UndoMark.undoing(() -> switch (change.cell()) {
            case NAME -> rows.rename(id, user, on, key, value);
            case DEPARTMENT -> rows.setDepartment(id, user, on, key, value, value);
            case STAGE ->
                change.place() == null
                        ? table.indent(id, user, on, key, value)
                        : table.indentAt(id, user, on, key, value, change.place());
            case DURATION -> table.changeDuration(id, user, on, key, Integer.parseInt(value));
            case PREDECESSORS -> table.link(id, user, on, key, value == null ? "" : value);
            case CONSTRAINT -> rows.setConstraint(id, user, on, key, value, change.date());
            case TARGET -> table.setTarget(id, user, on, key, change.date());
        });
    }

    /** A row's predecessors as its cell shows and takes them ({@code A01FS+2}), null when it has none. */
    private static String predecessors(ProjectPlan plan, String key) {
        List<PlanLink> incoming = plan.getLinks().stream()
                .filter(link -> link.toKey().equals(key))
                .toList();
        return incoming.isEmpty() ? null : PredecessorSpec.format(incoming);
    }
}
