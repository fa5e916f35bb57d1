package cn.zhuanban.project.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface TaskForceRepository extends ListCrudRepository<TaskForce, Long> {}
