package cn.zhuanban.identity.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface RoleRepository extends ListCrudRepository<Role, Long> {

    Optional<Role> findByCode(String code);
}
