package cn.zhuanban.investment.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface LeadRepository extends ListCrudRepository<Lead, Long> {

    Optional<Lead> findByProjectId(Long projectId);
}
