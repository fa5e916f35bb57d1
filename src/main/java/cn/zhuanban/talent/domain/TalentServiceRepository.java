package cn.zhuanban.talent.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface TalentServiceRepository extends ListCrudRepository<TalentService, Long> {}
