package cn.zhuanban.investment;

import cn.zhuanban.project.ProjectStage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note of a stage move the lead made with its key project ({@link LeadStageSync}). It is stored in this fixed,
 * language-free form ("project 18 PRE_CONSTRUCTION", as rows have been written since the sync exists) and read out
 * as a sentence in the reader's language when the lead is shown, with the project's current name. A move dated by the
 * day work on the project started rather than by the day of the change ({@code byStart}, a stage passed on the way,
 * 前期 → 投产) ends in " started" and says so when read.
 */
record ProjectStageNote(long projectId, ProjectStage stage, boolean byStart) {

    private static final Pattern STORED = Pattern.compile("project (\\d+) ([A-Z_]+)( started)?");

    String stored() {
        return "project " + projectId + " " + stage + (byStart ? " started" : "");
    }

    static Optional<ProjectStageNote> parse(String note) {
        if (note == null) {
            return Optional.empty();
        }
        Matcher m = STORED.matcher(note);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProjectStageNote(
                    Long.parseLong(m.group(1)), ProjectStage.valueOf(m.group(2)), m.group(3) != null));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
