package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.talent.MatchStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A candidate worked on for a demand: contacted, interviewed, hired or declined, each dated. */
@Table("talent_match")
public class TalentMatch {

    @Id
    private Long id;

    private long demandId;
    private long candidateId;
    private MatchStep status;
    private int score;
    private LocalDate contactedOn;
    private LocalDate interviewedOn;
    private LocalDate hiredOn;
    private LocalDate declinedOn;
    private String note;
    private Instant updatedAt;

    @Version
    private int version;

    public static TalentMatch start(long demandId, long candidateId, int score) {
        TalentMatch match = new TalentMatch();
        match.demandId = demandId;
        match.candidateId = candidateId;
        match.score = score;
        return match;
    }

    /**
     * The next step, dated {@code on}: it follows the step recorded last and is not dated before it. The refusal names
     * both steps in the reader's words ("已录用" rather than HIRED).
     */
    public void record(MatchStep step, LocalDate on, String note, Instant now) {
        if (!step.follows(status)) {
            throw new BusinessException(ErrorCode.TALENT_MATCH_STEP, "step", named(status), named(step));
        }
        LocalDate last = Stream.of(contactedOn, interviewedOn, hiredOn, declinedOn)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (on != null && last != null && on.isBefore(last)) {
            throw BusinessException.invalid("on", "talent.error.step-before", on, last);
        }
        switch (step) {
            case CONTACTED -> contactedOn = on;
            case INTERVIEWED -> interviewedOn = on;
            case HIRED -> hiredOn = on;
            case DECLINED -> declinedOn = on;
        }
        this.status = step;
        this.note = note;
        this.updatedAt = now;
    }

    private static DefaultMessageSourceResolvable named(MatchStep step) {
        return new DefaultMessageSourceResolvable(step == null ? "talent.step.none" : "talent.step." + step.name());
    }

    public Long getId() {
        return id;
    }

    public MatchStep getStatus() {
        return status;
    }
}
