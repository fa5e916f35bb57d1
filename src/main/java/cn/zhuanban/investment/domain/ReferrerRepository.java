package cn.zhuanban.investment.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ReferrerRepository extends ListCrudRepository<Referrer, Long> {}
