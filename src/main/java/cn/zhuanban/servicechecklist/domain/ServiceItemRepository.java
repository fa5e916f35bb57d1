package cn.zhuanban.servicechecklist.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ServiceItemRepository extends ListCrudRepository<ServiceItem, Long> {

    List<ServiceItem> findByProjectIdAndPlanTaskKey(long projectId, String planTaskKey);

    /** The items of a project whose target the plan gave (open or done: the caller leaves done ones alone). */
    List<ServiceItem> findByProjectIdAndTargetFromPlanTrue(long projectId);

    @Query("select distinct project_id from service_item where target_from_plan = true and status <> 'DONE'"
            + " and plan_task_key is not null order by project_id")
    List<Long> projectsFollowingThePlan();

    List<ServiceItem> findByProjectIdAndWorkStartTaskKey(long projectId, String workStartTaskKey);
}
