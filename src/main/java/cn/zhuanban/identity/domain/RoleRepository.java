package cn.zhuanban.identity.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface RoleRepository extends ListCrudRepository<Role, Long> {

    Optional<Role> findByCode(String code);

    /** The roles whose code or name matches a {@link cn.zhuanban.shared.LikeText#containing} pattern. */
    @Query("select id from app_role where lower(code) like :like escape '!' or lower(name) like :like escape '!'")
    List<Long> idsMatching(@Param("like") String like);

    /** A page of {@link #idsMatching} by id, the order of the roles page. */
    @Query("select id from app_role where lower(code) like :like escape '!' or lower(name) like :like escape '!'"
            + " order by id limit :limit offset :offset")
    List<Long> idsMatching(@Param("like") String like, @Param("limit") int limit, @Param("offset") long offset);

    @Query("select count(*) from app_role where lower(code) like :like escape '!' or lower(name) like :like escape '!'")
    long countMatching(@Param("like") String like);
}
