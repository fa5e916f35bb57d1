/**
 * Uploaded photos and documents of every module: one storage port outside the database, one
 * allow-list of types judged by content, one size limit.
 */
package cn.zhuanban.shared.files;
