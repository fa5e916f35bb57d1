package cn.zhuanban.project.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRepository extends ListCrudRepository<Project, Long> {

    Optional<Project> findByProjectCode(String projectCode);
}
