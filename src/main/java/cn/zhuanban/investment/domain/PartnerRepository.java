package cn.zhuanban.investment.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface PartnerRepository extends ListCrudRepository<Partner, Long> {}
