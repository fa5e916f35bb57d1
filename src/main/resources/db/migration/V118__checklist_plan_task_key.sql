-- A checklist item names the plan row that stands for the same approval (domain.md §5 is both the plan template
-- and the checklist template): applying the checklist reads that row's "must finish by" as the item's target, and
-- one completion updates both. The key is data beside the template, so an administrator who renames an item or a
-- row keeps the link, and a custom item or a plan without that row simply has none.
alter table service_item_template add column plan_task_key varchar(40);
alter table service_item add column plan_task_key varchar(40);
-- The plan row whose finish is the start of work that a permit's validity waits for (施工许可证: 开工).
alter table service_item_template add column work_start_task_key varchar(40);
alter table service_item add column work_start_task_key varchar(40);

update service_item_template set plan_task_key = 'A01' where name = '项目备案';
update service_item_template set plan_task_key = 'A02' where name = '用地预审与选址意见书';
update service_item_template set plan_task_key = 'A03' where name = '土地供应（招拍挂）';
update service_item_template set plan_task_key = 'A04' where name = '建设用地规划许可证';
update service_item_template set plan_task_key = 'A05' where name = '不动产权证（土地）';
update service_item_template set plan_task_key = 'A06' where name = '设计方案审查';
update service_item_template set plan_task_key = 'A07' where name = '建设工程规划许可证';
update service_item_template set plan_task_key = 'A08' where name = '环评批复（报告表）';
update service_item_template set plan_task_key = 'A09' where name = '节能审查';
update service_item_template set plan_task_key = 'A10' where name = '施工图及消防设计审查';
update service_item_template set plan_task_key = 'A11', work_start_task_key = 'M1' where name = '施工许可证';
update service_item_template set plan_task_key = 'B02' where name = '供电接入';
update service_item_template set plan_task_key = 'B03' where name = '供水接入';
update service_item_template set plan_task_key = 'B04' where name = '燃气接入';
update service_item_template set plan_task_key = 'B06' where name = '竣工验收备案';

-- Items already made from the template get their template line's key.
update service_item set
    plan_task_key = (select t.plan_task_key from service_item_template t where t.id = service_item.template_id),
    work_start_task_key = (select t.work_start_task_key from service_item_template t where t.id = service_item.template_id)
where template_id is not null;
