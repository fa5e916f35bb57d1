package cn.zhuanban.talent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Read models of the talent module. */
public final class TalentViews {

    public record DemandView(
            long id,
            long enterpriseId,
            Long projectId,
            String position,
            int headcount,
            int hired,
            Education education,
            String discipline,
            int minYears,
            Integer salaryMin,
            Integer salaryMax,
            Urgency urgency,
            LocalDate neededBy,
            String location,
            DemandStatus status,
            String note,
            int version) {

        public BigDecimal fillRate() {
            return FillRate.percent(hired, headcount);
        }
    }

    /**
     * A pool candidate. {@code name}, {@code phone} and {@code email} are null unless the viewer holds
     * the talent permission (contactVisible); a removed candidate has nothing personal left at all.
     */
    public record CandidateView(
            long id,
            String name,
            String phone,
            String email,
            boolean contactVisible,
            Education education,
            String discipline,
            String skills,
            Integer yearsExperience,
            String location,
            boolean willingToRelocate,
            boolean consentToContact,
            LocalDate consentOn,
            String consentNote,
            CandidateSource source,
            boolean removed,
            LocalDate removedOn,
            int version) {}

    /**
     * One part of a match score with the message key of its verdict; {@code verdictArg} fills the verdict's {0} (the
     * professional class of a related discipline) and is null for the other verdicts.
     */
    public record ScorePart(String part, int points, int max, String verdictKey, String verdictArg) {}

    public record MatchView(
            CandidateView candidate, int score, List<ScorePart> parts, MatchStep step, LocalDate stepOn) {}

    /** Demanded and hired headcount of one enterprise, project or chain. */
    public record FillRate(Long key, int demanded, int hired) {

        public BigDecimal rate() {
            return percent(hired, demanded);
        }

        public int open() {
            return Math.max(demanded - hired, 0);
        }

        static BigDecimal percent(int hired, int demanded) {
            return demanded == 0
                    ? null
                    : BigDecimal.valueOf(100L * hired).divide(BigDecimal.valueOf(demanded), 1, RoundingMode.HALF_UP);
        }
    }

    /** The pool in numbers; removed candidates count here and nowhere else. */
    public record PoolCounts(long active, long removed, long hired) {}

    public record EventView(
            long id,
            String name,
            EventKind kind,
            LocalDate heldOn,
            String place,
            Integer attendees,
            Integer offers,
            String note,
            List<Long> demandIds,
            int version) {}

    public record ServiceView(
            long id,
            ServiceKind kind,
            Long enterpriseId,
            Long candidateId,
            long ownerId,
            LocalDate deadline,
            boolean done,
            LocalDate doneOn,
            String description,
            boolean overdue,
            int version) {}

    public record DemandFilter(String q, Long enterpriseId, Long projectId, DemandStatus status, Urgency urgency) {}

    public record PoolFilter(String q, Education education, CandidateSource source) {}

    /** {@code q}: words of the description or of the enterprise's name, wildcards taken as typed. */
    public record ServiceFilter(Boolean open, Boolean overdue, Long ownerId, Long enterpriseId, String q) {}

    private TalentViews() {}
}
