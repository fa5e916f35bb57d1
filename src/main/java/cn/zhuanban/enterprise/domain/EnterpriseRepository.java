package cn.zhuanban.enterprise.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface EnterpriseRepository extends ListCrudRepository<Enterprise, Long> {

    Optional<Enterprise> findByCreditCode(String creditCode);
}
