package cn.zhuanban.schedule.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectPlanRepository extends ListCrudRepository<ProjectPlan, Long> {

    Optional<ProjectPlan> findByProjectId(long projectId);
}
