-- 竣工验收备案 is filed once the project is built (domain.md §5; plan task B06), not a 前期手续 before construction,
-- yet the template made it an APPROVAL, so every checklist listed it among the pre-construction approvals. Of the
-- three kinds (APPROVAL 前期手续, UTILITY 要素接入, OTHER) it is OTHER. Items already made from the template move with it.
update service_item_template set kind = 'OTHER' where name = '竣工验收备案' and kind = 'APPROVAL';
update service_item set kind = 'OTHER'
where kind = 'APPROVAL'
  and template_id in (select id from service_item_template where name = '竣工验收备案');
