package cn.zhuanban.enterpriseplan;

/** What a measure can point to: a ticket, a service item of a checklist, a talent demand. */
public enum LinkKind {
    TICKET,
    SERVICE_ITEM,
    TALENT_DEMAND
}
