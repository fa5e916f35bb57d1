package cn.zhuanban.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    boolean existsByParentId(Long parentId);

    /** The departments whose name or code matches a {@link cn.zhuanban.shared.LikeText#containing} pattern. */
    @Query("select id from department where lower(name) like :like escape '!' or lower(code) like :like escape '!'")
    List<Long> idsMatching(@Param("like") String like);
}
