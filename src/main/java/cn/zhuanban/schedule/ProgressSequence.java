package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Progress reported out of sequence: a row started or finished before a predecessor allowed it (FS: started before
 * the predecessor finished; SS: started before it started; FF: finished before it finished). Sites do report out of
 * sequence (work overlaps, a report comes in late), so such a report is saved; the page then warns, naming both rows,
 * so that someone checks the dates or the links. Start-to-finish links, rare and loose, are not checked.
 */
public final class ProgressSequence {

    private ProgressSequence() {}

    /** The warnings about the links into and out of {@code key}, as the saved plan has them; empty when in order. */
    public static List<MessageSourceResolvable> warnings(PlanSheet sheet, String key) {
        Set<String> keys = sheet.rows().stream()
                .filter(r -> !r.stage())
                .map(PlanSheet.Row::key)
                .collect(Collectors.toSet());
        List<MessageSourceResolvable> warnings = new ArrayList<>();
        for (PlanSheet.Row successor : sheet.rows()) {
            if (successor.stage()
                    || successor.predecessors() == null
                    || successor.predecessors().isBlank()) {
                continue;
            }
            for (PlanLink link : PredecessorSpec.parse(successor.predecessors(), successor.key(), keys)) {
                if (!link.fromKey().equals(key) && !link.toKey().equals(key)) {
                    continue;
                }
                PlanSheet.Row predecessor = sheet.row(link.fromKey());
                MessageSourceResolvable warning = predecessor == null ? null : check(link, predecessor, successor);
                if (warning != null) {
                    warnings.add(warning);
                }
            }
        }
        return warnings;
    }

    private static MessageSourceResolvable check(PlanLink link, PlanSheet.Row before, PlanSheet.Row after) {
        return switch (link.linkType()) {
            case "FS" ->
                early(after.actualStart(), before.actualFinish()) ? warning("start-finish", before, after) : null;
            case "SS" ->
                early(after.actualStart(), before.actualStart()) ? warning("start-start", before, after) : null;
            case "FF" ->
                early(after.actualFinish(), before.actualFinish()) ? warning("finish-finish", before, after) : null;
            default -> null;
        };
    }

    /** Whether the successor's date is reported while the predecessor's is not, or falls before it. */
    private static boolean early(LocalDate successor, LocalDate predecessor) {
        return successor != null && (predecessor == null || successor.isBefore(predecessor));
    }

    private static MessageSourceResolvable warning(String kind, PlanSheet.Row before, PlanSheet.Row after) {
        LocalDate date = kind.equals("finish-finish") ? after.actualFinish() : after.actualStart();
        LocalDate other = kind.equals("start-finish")
                ? before.actualFinish()
                : kind.equals("start-start") ? before.actualStart() : before.actualFinish();
        String code = "plan.progress.warning." + kind + (other == null ? "-open" : "");
        return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {
            after.key(),
            after.name(),
            date.toString(),
            before.key(),
            before.name(),
            other == null ? "" : other.toString()
        });
    }
}
