package cn.zhuanban.audit.web;

/**
 * The current name of a thing an audit record names by id; null when unknown (deleted, or not looked up). A page asks
 * for the names of all its records at once (see {@link RecordNames}), so that reading a summary never queries.
 */
@FunctionalInterface
interface NameLookup {

    NameLookup NONE = (kind, id) -> null;

    String name(NamedKind kind, long id);
}
