package cn.zhuanban.industry.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface IndustryChainRepository extends ListCrudRepository<IndustryChain, Long> {}
