package cn.zhuanban.ticket;

/** A photo or document attached when reporting, as uploaded (its type is judged by content). */
public record TicketFile(String originalName, byte[] content) {}
