package cn.zhuanban.talent.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface TalentMatchRepository extends ListCrudRepository<TalentMatch, Long> {

    Optional<TalentMatch> findByDemandIdAndCandidateId(long demandId, long candidateId);
}
