package cn.zhuanban.servicechecklist;

/** An attachment of a service item (an approval document, a photo), with the type its content was judged to be. */
public record ServiceItemFile(long id, long itemId, String name, String contentType, long size) {}
