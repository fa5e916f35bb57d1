-- Department heads (负责人): told of red cards and supervision notices (issue 4, notifications).
alter table department add column head_user_id bigint references app_user (id);
