package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.talent.MatchStep;
import java.time.Instant;
import java.time.LocalDate;
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

    public void record(MatchStep step, LocalDate on, String note, Instant now) {
        if (!step.follows(status)) {
            throw new BusinessException(ErrorCode.TALENT_MATCH_STEP, "step", status, step);
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

    public Long getId() {
        return id;
    }

    public MatchStep getStatus() {
        return status;
    }
}
