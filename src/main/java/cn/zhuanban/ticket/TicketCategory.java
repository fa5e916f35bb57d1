package cn.zhuanban.ticket;

/** What a problem is about (api-contract.md, Tickets). */
public enum TicketCategory {
    WATER,
    POWER,
    GAS_HEAT,
    LABOUR,
    MATERIALS,
    TRANSPORT,
    MUNICIPAL,
    APPROVAL,
    LAND,
    FINANCING,
    POLICY,
    OTHER
}
