package cn.zhuanban.identity.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    boolean existsByParentId(Long parentId);
}
