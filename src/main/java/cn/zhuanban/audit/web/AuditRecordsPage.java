package cn.zhuanban.audit.web;

import cn.zhuanban.audit.AuditRecordView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the API's audit records: the contract's list shape ({@code content}, {@code page}, {@code size},
 * {@code totalElements}, the exact number the filter finds) and {@code nextCursor}, the opaque cursor of the next
 * page, null on the last.
 */
record AuditRecordsPage(
        List<AuditRecordView> content,
        int page,
        int size,
        long totalElements,
        @Nullable String nextCursor) {}
