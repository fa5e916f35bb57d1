package cn.zhuanban.talent.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface RecruitmentEventRepository extends ListCrudRepository<RecruitmentEvent, Long> {}
