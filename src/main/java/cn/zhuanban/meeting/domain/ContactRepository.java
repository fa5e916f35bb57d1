package cn.zhuanban.meeting.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ContactRepository extends ListCrudRepository<ContactEntry, Long> {}
