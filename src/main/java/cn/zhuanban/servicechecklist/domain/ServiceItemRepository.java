package cn.zhuanban.servicechecklist.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ServiceItemRepository extends ListCrudRepository<ServiceItem, Long> {}
