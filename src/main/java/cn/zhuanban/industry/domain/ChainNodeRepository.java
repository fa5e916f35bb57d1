package cn.zhuanban.industry.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ChainNodeRepository extends ListCrudRepository<ChainNode, Long> {

    boolean existsByParentId(Long parentId);
}
