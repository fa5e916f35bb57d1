package cn.zhuanban.servicechecklist.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ServiceItemRepository extends ListCrudRepository<ServiceItem, Long> {

    List<ServiceItem> findByProjectIdAndPlanTaskKey(long projectId, String planTaskKey);

    /** The items of a project whose target the plan gave (open or done: the caller leaves done ones alone). */
    List<ServiceItem> findByProjectIdAndTargetFromPlanTrue(long projectId);

    List<ServiceItem> findByProjectIdAndWorkStartTaskKey(long projectId, String workStartTaskKey);
}
