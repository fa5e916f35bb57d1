package cn.zhuanban.talent.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface CandidateRepository extends ListCrudRepository<Candidate, Long> {}
