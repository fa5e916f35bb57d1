/**
 * Ledger imports as background jobs (批量导入): an upload is checked at once, stored and queued as an
 * {@code import_job} row of its kind; every node polls, one claims a job by a conditional update and runs the kind's
 * all-or-nothing import in the requester's scope and name, committing its progress now and then, and the import and the
 * job's DONE mark commit together. A job whose node stopped is queued again, at most three times. Each importing module
 * implements {@link cn.zhuanban.imports.ImportKind} and shows its jobs with {@link cn.zhuanban.imports.ImportJobPages};
 * this module knows none of them. Publishes nothing and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package cn.zhuanban.imports;
