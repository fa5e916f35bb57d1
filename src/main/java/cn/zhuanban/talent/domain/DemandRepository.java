package cn.zhuanban.talent.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface DemandRepository extends ListCrudRepository<Demand, Long> {}
