/**
 * Uploaded photos and documents of every module: one storage port (files kept in the database, which every node of a
 * cluster shares), one
 * allow-list of types judged by content, one size limit. Also the reading of uploaded XLSX ledgers for import
 * ({@link cn.zhuanban.shared.files.XlsxSheet}, {@link cn.zhuanban.shared.files.LedgerSheets}) and the outcome of an
 * import row by row ({@link cn.zhuanban.shared.files.ImportOutcome}).
 */
package cn.zhuanban.shared.files;
