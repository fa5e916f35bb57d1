package cn.zhuanban.servicechecklist.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ServiceItemRepository extends ListCrudRepository<ServiceItem, Long> {

    List<ServiceItem> findByProjectIdAndPlanTaskKey(long projectId, String planTaskKey);

    List<ServiceItem> findByProjectIdAndWorkStartTaskKey(long projectId, String workStartTaskKey);
}
