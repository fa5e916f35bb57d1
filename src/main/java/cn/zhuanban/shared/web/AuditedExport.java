package cn.zhuanban.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A download that takes a ledger or document out of the system: {@link ExportTrail} records each one in the audit
 * log (who, which ledger, with which filters, how many rows), as MLPS level 3 asks for data leaving the system.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedExport {}
